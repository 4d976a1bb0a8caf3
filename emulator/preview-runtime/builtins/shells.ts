import { registerComponent } from '../engine';

/** Built-ins that only lay out their children; the page's WXSS and the frame's rules style them. */
const SLOT_SHELLS = ['view', 'text', 'label', 'navigator', 'icon', 'swiper', 'swiper-item', 'form', 'block'];

/** Registers the layout-only built-ins. */
export function registerShells(): void {
  for (const name of SLOT_SHELLS) registerComponent({ id: name, tagName: `wx-${name}`, template: '<slot/>' });
}
