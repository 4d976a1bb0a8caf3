import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { attachHover, HOVER_PROPERTIES } from './hover';

/** Built-ins that only lay out their children; the page's WXSS and the frame's rules style them. */
const SLOT_SHELLS = ['block'];

/** Registers the layout-only built-ins, and `view` with its `hover-class`. */
export function registerShells(): void {
  // The platform's display of the built-ins whose own files draw no look (the rest set theirs beside them).
  addBuiltInStyle('wx-view, wx-form, wx-swiper-item { display: block; }\nwx-label { display: inline; }');
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
