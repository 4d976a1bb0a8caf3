import { registerComponent } from '../engine';
import { formControlAt } from './form-controls';
import { dataOf, hostOf } from './host';

/** The element the engine drew for the WXML element with `id` on the label's page (ids live in the engine). */
function elementWithId(label: HTMLElement, id: string): Element | undefined {
  const page = label.closest('.page-frame') ?? label.ownerDocument;
  return [...page.querySelectorAll('*')].find((element) => {
    const engineElement: unknown = Reflect.get(element, '__wxElement');
    return engineElement && typeof engineElement === 'object' && Reflect.get(engineElement, 'id') === id;
  });
}

/** The control a label works: the one whose id is `for`, else the first control inside the label. */
function controlFor(label: HTMLElement, target: string | undefined) {
  const byId = target ? elementWithId(label, target) : undefined;
  if (byId) return formControlAt(byId);
  for (const element of label.querySelectorAll('*')) {
    const control = formControlAt(element);
    if (control?.labelTap) return control;
  }
  return undefined;
}

/** Registers `label`: a tap on it works its control (toggles a switch/radio/checkbox, focuses an input). */
export function registerLabel(): void {
  registerComponent({
    id: 'label',
    tagName: 'wx-label',
    template: '<slot/>',
    properties: { for: String },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        host?.addEventListener('click', (event) => {
          // A tap on the control itself is the control's own.
          let node = event.target instanceof Element ? event.target : null;
          for (; node && node !== host; node = node.parentElement) if (formControlAt(node)) return;
          controlFor(host, dataOf<{ for: string }>(this).for)?.labelTap?.(event.target);
        });
      },
    },
  });
}
