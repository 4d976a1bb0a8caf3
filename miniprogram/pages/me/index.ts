import { isLocale, labelPair, texts, type Locale } from '../../i18n';
import { callCloud } from '../../services/cloud';
import { session } from '../../stores';

// The me tab: links to orders, addresses, stores and privacy, and the language switch (the page redraws in it).
// Staff (staff.me, asked on every show) also see the shop console's entry; it opens the staff subpackage, which
// only then downloads, so customers never fetch it.
const TEXT_KEYS = {
  title: 'me.title',
  orders: 'me.orders',
  addresses: 'me.addresses',
  stores: 'me.stores',
  language: 'me.language',
  privacy: 'me.privacy',
  zh: 'me.language.zh',
  en: 'me.language.en',
} as const;

/** Where each link goes: a tab by switchTab, any other page by navigateTo. */
const LINKS: Readonly<Record<string, { url: string; isTab: boolean }>> = {
  orders: { url: '/pages/orders/index', isTab: true },
  addresses: { url: '/account/pages/addresses/index', isTab: false },
  stores: { url: '/account/pages/stores/index', isTab: false },
  privacy: { url: '/account/pages/privacy/index', isTab: false },
  staff: { url: '/staff/pages/home/index', isTab: false },
};

Component({
  data: {
    locale: session.locale as Locale,
    text: texts(TEXT_KEYS),
    isStaff: false,
    staffLabel: labelPair('me.staffConsole'),
  },
  methods: {
    onShow() {
      if (this.data.locale !== session.locale || !this.data.text.title) this.redraw();
      else wx.setNavigationBarTitle({ title: this.data.text.title });
      return this.checkStaff();
    },
    /** Whether the caller works at a store; a failed call leaves the entry as it was. */
    async checkStaff() {
      const result = await callCloud('staff', 'me', {});
      if (!result.ok) return;
      const isStaff = result.data.memberships.length > 0;
      if (isStaff !== this.data.isStaff) this.setData({ isStaff });
    },
    /** Every text in the current language, and the title bar. */
    redraw() {
      const text = texts(TEXT_KEYS);
      this.setData({ locale: session.locale, text });
      wx.setNavigationBarTitle({ title: text.title });
    },
    onLink(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { link: string }>,
    ) {
      const link = LINKS[event.currentTarget.dataset.link];
      if (!link) return undefined;
      return link.isTab ? wx.switchTab({ url: link.url }) : wx.navigateTo({ url: link.url });
    },
    onLocale(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { locale: string }>,
    ) {
      const locale = event.currentTarget.dataset.locale;
      if (!isLocale(locale) || locale === session.locale) return;
      session.setLocale(locale);
      this.redraw();
      wx.showToast({ title: texts({ changed: 'me.languageChanged' }).changed, icon: 'none' });
    },
  },
});
