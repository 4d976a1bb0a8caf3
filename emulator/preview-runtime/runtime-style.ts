/** Adds CSS the runtime itself needs (a built-in's look, a sheet's layout) to the preview's document. */
export function addRuntimeStyle(css: string): void {
  const style = document.createElement('style');
  style.dataset.previewRuntime = '';
  style.textContent = css;
  document.head.append(style);
}
