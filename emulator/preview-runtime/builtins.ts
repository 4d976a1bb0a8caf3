import { registerComponent } from './engine';

/** Built-ins that only lay out their children; the page's WXSS and the frame's rules style them. */
const SLOT_SHELLS = ['view', 'text', 'label', 'navigator', 'icon', 'swiper', 'swiper-item', 'form', 'block'];

function hostOf(component: object): HTMLElement | undefined {
  const node: unknown = Reflect.get(component, '_exparserNode');
  const dom: unknown = node && typeof node === 'object' ? Reflect.get(node, '$$') : undefined;
  return dom instanceof HTMLElement ? dom : undefined;
}

/**
 * Registers the built-in components the preview draws: slot shells for layout, `button` (its attributes
 * kept for styling), `image` drawing an `<img>`, and `scroll-view` scrolling on its axis.
 */
export function registerBuiltIns(): void {
  for (const name of SLOT_SHELLS) registerComponent({ id: name, tagName: `wx-${name}`, template: '<slot/>' });
  registerComponent({
    id: 'button',
    tagName: 'wx-button',
    template: '<slot/>',
    properties: { type: String, size: String, disabled: Boolean, openType: String },
  });
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
        const src: unknown = Reflect.get(Reflect.get(this, 'data') as object, 'src');
        if (typeof src === 'string' && src) image.src = src;
        host.append(image);
      },
    },
  });
  registerComponent({
    id: 'scroll-view',
    tagName: 'wx-scroll-view',
    template: '<slot/>',
    properties: { scrollX: Boolean, scrollY: Boolean },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        const data = Reflect.get(this, 'data') as { scrollX?: boolean; scrollY?: boolean };
        if (host)
          host.style.overflow = `${data.scrollX ? 'auto' : 'hidden'} ${data.scrollY ? 'auto' : 'hidden'}`;
      },
    },
  });
}
