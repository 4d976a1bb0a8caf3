import { registerComponent } from '../engine';
import { formControlAt } from './form-controls';
import { findById } from './events';
import { dataOf, hostOf } from './host';

/** The page frame a label sits in (ids are unique per page). */
function pageOf(label: HTMLElement): HTMLElement {
  const frame = label.closest('.page-frame');
  return frame instanceof HTMLElement ? frame : label.ownerDocument.body;
}

/** The control a label works: the one whose id is `for`, else the first control inside the label. */
function controlFor(label: HTMLElement, target: string | undefined) {
  const byId = target ? findById(pageOf(label), target) : undefined;
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
