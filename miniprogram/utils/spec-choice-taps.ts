// The taps every view of the selection answers alike (the spec sheet and the product page): an option, an
// add-on's count, the quantity, each setting only what it changed; and the one controller per view behind them.
import { perInstance } from './per-instance';
import { ChoiceController } from './spec-choice-controller';

const controllers = perInstance(() => new ChoiceController());

/** The selection controller of a sheet or page, made on first use. */
export const choiceControllerOf = (view: object): ChoiceController => controllers.of(view);

/** Drops a sheet's or page's controller (when it is detached). */
export const forgetChoiceController = (view: object): void => controllers.forget(view);

/** The choice taps as a behavior: `behaviors: [choiceTaps]`. */
export const choiceTaps = Behavior({
  methods: {
    onChoose(event: WechatMiniprogram.TouchEvent) {
      const { group, value } = event.currentTarget.dataset as { group: string; value: string };
      this.setData(choiceControllerOf(this).choose(group, value));
    },
    onAddon(event: WechatMiniprogram.CustomEvent<{ value: number }>) {
      const { addon } = event.currentTarget.dataset as { addon: string };
      this.setData(choiceControllerOf(this).setAddon(addon, event.detail.value));
    },
    onQuantity(event: WechatMiniprogram.CustomEvent<{ value: number }>) {
      this.setData(choiceControllerOf(this).setQuantity(event.detail.value));
    },
  },
});
