/**
 * Adds a built-in's own look to the document, ahead of the pages' WXSS: after the frame's rules (so it beats
 * their generic defaults) and before every sheet added later (so a page's `image { … }` beats the built-in's,
 * as on a phone, where the page's WXSS overrides a component's default style).
 */
export function addBuiltInStyle(css: string): void {
  const style = document.createElement('style');
  style.dataset.builtIn = '';
  style.textContent = css;
  const placed = document.head.querySelectorAll('style[data-built-in]');
  const after = placed[placed.length - 1] ?? document.head.querySelector('style');
  if (after) after.after(style);
  else document.head.prepend(style);
}
