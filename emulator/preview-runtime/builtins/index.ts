import { registerButton } from './button';
import { registerCheckbox } from './checkbox';
import { registerForm } from './form';
import { registerIcon } from './icon';
import { registerImage } from './image';
import { registerInput } from './input';
import { registerLabel } from './label';
import { registerNavigator } from './navigator';
import { registerPicker } from './picker';
import { registerRadio } from './radio';
import { registerRichText } from './rich-text';
import { registerScrollView } from './scroll-view';
import { registerShells } from './shells';
import { registerSlider } from './slider';
import { registerSwiper } from './swiper';
import { registerSwiperItem } from './swiper-item';
import { registerSwitch } from './switch';
import { registerText } from './text';
import { registerTextarea } from './textarea';

/** Registers every built-in component the preview draws, one file per component under `builtins/`. */
export function registerBuiltIns(): void {
  registerShells();
  registerButton();
  registerImage();
  registerScrollView();
  registerInput();
  registerTextarea();
  registerPicker();
  registerSwitch();
  registerRadio();
  registerCheckbox();
  registerLabel();
  registerForm();
  registerNavigator();
  registerSlider();
  registerSwiper();
  registerSwiperItem();
  registerIcon();
  registerRichText();
  registerText();
}
