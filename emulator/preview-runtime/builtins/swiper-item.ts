import { registerComponent } from '../engine';
import { dataOf, hostOf } from './host';

/** Registers `swiper-item`: a page of a swiper; its `item-id` is kept on the host for the swiper's events. */
export function registerSwiperItem(): void {
  registerComponent({
    id: 'swiper-item',
    tagName: 'wx-swiper-item',
    template: '<slot/>',
    properties: { itemId: String },
    observers: {
      itemId(this: object, itemId: string) {
        const host = hostOf(this);
        if (host) host.dataset.itemId = itemId;
      },
    },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (host) host.dataset.itemId = dataOf<{ itemId: string }>(this).itemId ?? '';
      },
    },
  });
}
