import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { dataOf, hostOf } from './host';
import { backgroundFor, fixedSide, type ImageMode } from './image-mode';
import { whenNearScreen } from './image-lazy';
import { triggerEvent } from './events';

interface ImageData {
  src: string;
  mode: ImageMode;
  lazyLoad: boolean;
}

/** The image's natural size once loaded, in CSS px, kept on the host for widthFix/heightFix. */
const NATURAL = new WeakMap<HTMLElement, { width: number; height: number }>();

// The platform draws an image as a 320x240 box by default, its picture a background that the mode sizes.
addBuiltInStyle(`
  wx-image { display: inline-block; position: relative; overflow: hidden; width: 320px; height: 240px; }
  wx-image > .wx-image-picture { position: absolute; inset: 0; background-repeat: no-repeat; }
`);

/** Sizes the picture for the mode and, for widthFix/heightFix, the host's free side from the natural ratio. */
function draw(host: HTMLElement, picture: HTMLElement, mode: ImageMode): void {
  Object.assign(picture.style, backgroundFor(mode));
  const natural = NATURAL.get(host);
  const fixed = fixedSide(mode);
  host.style.removeProperty('height');
  host.style.removeProperty('width');
  if (!natural || !fixed || !natural.width || !natural.height) return;
  if (fixed === 'width') host.style.height = `${(host.clientWidth * natural.height) / natural.width}px`;
  else host.style.width = `${(host.clientHeight * natural.width) / natural.height}px`;
}

/** Loads `src`: on success the picture shows and `load` fires with its size; on failure `error` fires. */
function load(component: object, host: HTMLElement, picture: HTMLElement): void {
  const { src = '', mode = 'scaleToFill' } = dataOf<ImageData>(component);
  picture.style.backgroundImage = '';
  NATURAL.delete(host);
  delete host.dataset.loaded;
  delete host.dataset.failed;
  if (!src) return draw(host, picture, mode);
  const probe = new Image();
  probe.onload = () => {
    if (dataOf<ImageData>(component).src !== src) return;
    const size = { width: probe.naturalWidth, height: probe.naturalHeight };
    NATURAL.set(host, size);
    picture.style.backgroundImage = `url(${JSON.stringify(src)})`;
    host.dataset.loaded = src;
    draw(host, picture, dataOf<ImageData>(component).mode ?? 'scaleToFill');
    triggerEvent(component, 'load', size);
  };
  probe.onerror = () => {
    if (dataOf<ImageData>(component).src !== src) return;
    host.dataset.failed = src;
    triggerEvent(component, 'error', { errMsg: `GET ${src} failed: the image could not be loaded` });
  };
  probe.src = src;
}

/**
 * Registers `image`: `src` drawn in the `mode` (scaleToFill, aspectFit, aspectFill, widthFix, heightFix and the
 * crop modes), 320x240 unless styled, `bindload` with `{ width, height }`, `binderror` with `{ errMsg }`, and
 * `lazy-load` waiting until the image is within three screens of its scroller.
 */
export function registerImage(): void {
  registerComponent({
    id: 'image',
    tagName: 'wx-image',
    template: '<slot/>',
    properties: {
      src: String,
      mode: { type: String, value: 'scaleToFill' },
      lazyLoad: Boolean,
      showMenuByLongpress: Boolean,
      webp: Boolean,
    },
    observers: {
      src(this: object) {
        const host = hostOf(this);
        const picture = host?.querySelector<HTMLElement>(':scope > .wx-image-picture');
        if (!host || !picture || host.dataset.waiting) return;
        load(this, host, picture);
      },
      mode(this: object) {
        const host = hostOf(this);
        const picture = host?.querySelector<HTMLElement>(':scope > .wx-image-picture');
        if (host && picture) draw(host, picture, dataOf<ImageData>(this).mode ?? 'scaleToFill');
      },
    },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        const picture = document.createElement('div');
        picture.className = 'wx-image-picture';
        host.prepend(picture);
        if (!dataOf<ImageData>(this).lazyLoad) return load(this, host, picture);
        host.dataset.waiting = 'lazy';
        whenNearScreen(host, () => {
          delete host.dataset.waiting;
          load(this, host, picture);
        });
      },
    },
  });
}
