import { registerComponent } from '../engine';
import { dataOf, hostOf } from './host';

/** Registers `scroll-view`, scrolling on the axes it allows. */
export function registerScrollView(): void {
  registerComponent({
    id: 'scroll-view',
    tagName: 'wx-scroll-view',
    template: '<slot/>',
    properties: { scrollX: Boolean, scrollY: Boolean },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        const data = dataOf<{ scrollX: boolean; scrollY: boolean }>(this);
        if (host)
          host.style.overflow = `${data.scrollX ? 'auto' : 'hidden'} ${data.scrollY ? 'auto' : 'hidden'}`;
      },
    },
  });
}
