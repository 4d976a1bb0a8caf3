import { registerComponent } from '../engine';

/** Registers `button`, its attributes kept for styling. */
export function registerButton(): void {
  registerComponent({
    id: 'button',
    tagName: 'wx-button',
    template: '<slot/>',
    properties: { type: String, size: String, disabled: Boolean, openType: String },
  });
}
