import { registerComponent } from '../engine';
import { emit } from './events';
import { formControlsIn } from './form-controls';
import { hostOf } from './host';

/** What a `button` with form-type asks of its form. */
export interface FormActions {
  submit(): void;
  reset(): void;
}

const forms = new WeakMap<Element, FormActions>();

/** The form around `element` (a button's host), if any. */
export function formAround(element: Element): FormActions | undefined {
  const host = element.parentElement?.closest('wx-form');
  return host ? forms.get(host) : undefined;
}

/** Registers `form`: submit answers bindsubmit `{ value: { name: value } }` of its named controls; reset clears them. */
export function registerForm(): void {
  registerComponent({
    id: 'form',
    tagName: 'wx-form',
    template: '<slot/>',
    properties: { reportSubmit: Boolean },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        forms.set(host, {
          submit: () => {
            const value: Record<string, unknown> = {};
            for (const control of formControlsIn(host))
              if (control.name()) value[control.name()] = control.value();
            emit(this, 'submit', { value });
          },
          reset: () => {
            for (const control of formControlsIn(host)) control.reset();
            emit(this, 'reset', {});
          },
        });
      },
    },
  });
}
