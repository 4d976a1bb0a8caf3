import { accountTexts } from '../../i18n';
import { offerPrivacyGuide } from '../../utils/privacy-gate';

// The privacy guide as a bottom popup: the guide's name, "view the guide", agree (the platform's button) and decline.
const TEXT_KEYS = {
  title: 'me.privacyGuide.title',
  intro: 'me.privacyGuide.intro',
  view: 'me.privacyGuide.view',
  agree: 'me.privacyGuide.agree',
  decline: 'me.privacyGuide.decline',
} as const;

Component({
  data: { show: false, contractName: '', text: accountTexts(TEXT_KEYS) },
  lifetimes: {
    attached() {
      const owner = this.selectOwnerComponent ? this.selectOwnerComponent() : undefined;
      const withdraw = offerPrivacyGuide({ owner, ask: (name) => this.ask(name) });
      Object.assign(this, { withdraw });
    },
    detached() {
      (this as unknown as { withdraw?: () => void }).withdraw?.();
      this.answer(false);
    },
  },
  methods: {
    /** Shows the guide in the current language; resolves with the customer's answer. */
    ask(contractName: string): Promise<boolean> {
      this.answer(false); // a question still open is declined by the new one
      this.setData({ show: true, contractName, text: accountTexts(TEXT_KEYS) });
      return new Promise((resolve) => Object.assign(this, { pending: resolve }));
    },
    answer(agreed: boolean) {
      const self = this as unknown as { pending?: (agreed: boolean) => void };
      const pending = self.pending;
      self.pending = undefined;
      pending?.(agreed);
    },
    onViewGuide() {
      wx.openPrivacyContract({});
    },
    /** The platform recorded the agreement (bindagreeprivacyauthorization). */
    onAgree() {
      this.setData({ show: false });
      this.answer(true);
    },
    onDecline() {
      this.setData({ show: false });
      this.answer(false);
    },
  },
});
