import { registerComponent } from '../engine';
import { dataOf, hostOf } from './host';

/** Registers `image`, drawing an `<img>` of its `src`. */
export function registerImage(): void {
  registerComponent({
    id: 'image',
    tagName: 'wx-image',
    template: '<slot/>',
    properties: { src: String, mode: String },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        const image = document.createElement('img');
        image.style.cssText = 'width:100%;height:100%;object-fit:cover;display:block';
        const src = dataOf<{ src: string }>(this).src;
        if (src) image.src = src;
        host.append(image);
      },
    },
  });
}
