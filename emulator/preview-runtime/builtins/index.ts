import { registerButton } from './button';
import { registerIcon } from './icon';
import { registerImage } from './image';
import { registerRichText } from './rich-text';
import { registerScrollView } from './scroll-view';
import { registerShells } from './shells';
import { registerSwiper } from './swiper';
import { registerSwiperItem } from './swiper-item';
import { registerText } from './text';

/** Registers every built-in component the preview draws, one file per component under `builtins/`. */
export function registerBuiltIns(): void {
  registerShells();
  registerButton();
  registerImage();
  registerScrollView();
  registerSwiper();
  registerSwiperItem();
  registerIcon();
  registerRichText();
  registerText();
}
