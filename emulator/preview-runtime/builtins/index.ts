import { registerButton } from './button';
import { registerImage } from './image';
import { registerScrollView } from './scroll-view';
import { registerShells } from './shells';

/** Registers every built-in component the preview draws, one file per component under `builtins/`. */
export function registerBuiltIns(): void {
  registerShells();
  registerButton();
  registerImage();
  registerScrollView();
}
