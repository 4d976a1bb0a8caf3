import { registerComponent } from '../engine';
import { attachHover, HOVER_PROPERTIES } from './hover';

/** Built-ins that only lay out their children; the page's WXSS and the frame's rules style them. */
const SLOT_SHELLS = ['block'];

/** Registers the layout-only built-ins, and `view` with its `hover-class`. */
export function registerShells(): void {
  for (const name of SLOT_SHELLS) registerComponent({ id: name, tagName: `wx-${name}`, template: '<slot/>' });
  registerComponent({
    id: 'view',
    tagName: 'wx-view',
    template: '<slot/>',
    properties: HOVER_PROPERTIES,
    lifetimes: {
      attached(this: object) {
        attachHover(this);
      },
    },
  });
}
