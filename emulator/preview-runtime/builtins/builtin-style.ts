import { addRuntimeStyle } from '../runtime-style';

/**
 * Adds a built-in's default look in a cascade layer, below every page rule: as on the platform, a page's
 * WXSS (even a bare `button { }`) overrides a built-in's defaults whatever their specificity.
 */
export function addBuiltInStyle(css: string): void {
  addRuntimeStyle(`@layer wx-built-ins {\n${css}\n}`);
}
