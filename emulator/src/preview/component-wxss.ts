/** The attribute the runtime sets on a custom component's host, naming its class prefix (`:host` selects it). */
export const HOST_ATTRIBUTE = 'wx-host';

/** Keyframe steps (`from`, `to`, `40%`) are not selectors and keep their words. */
const KEYFRAME_STEP = /^\s*(from|to|[\d.]+%)(\s*,\s*(from|to|[\d.]+%))*\s*$/;

function scopeSelector(selector: string, prefix: string): string {
  return selector
    .replace(
      /:host\b(\(([^)]*)\))?/g,
      (_, __, inner: string | undefined) => `[${HOST_ATTRIBUTE}="${prefix}"]${inner ? inner : ''}`,
    )
    .replace(/\.(-?[_a-zA-Z][\w-]*)/g, (_, name: string) => `.${prefix}--${name}`);
}

/**
 * A custom component's CSS (already browser CSS) made its own, as the platform isolates component WXSS: each
 * class selector `.name` becomes `.prefix--name` — the class the engine gives the component's elements with
 * `classPrefix` — and `:host` selects the component's host element. Tag and id selectors stay as written.
 */
export function scopeComponentCss(css: string, prefix: string): string {
  return rewriteSelectors(css, (selector) => scopeSelector(selector, prefix));
}

/** A shared component's CSS: only `:host` needs rewriting, its classes apply everywhere. */
export function hostOnlyCss(css: string, prefix: string): string {
  return rewriteSelectors(css, (selector) => selector.replace(/:host\b/g, `[${HOST_ATTRIBUTE}="${prefix}"]`));
}

/**
 * A page's CSS kept to that page, as the platform keeps page WXSS: each selector applies only inside the
 * frame the page is drawn in (`.page-frame[data-route="…"]`), so one page's `.title` never styles another's.
 */
export function scopePageCss(css: string, route: string): string {
  const frame = `.page-frame[data-route="${route}"]`;
  return rewriteSelectors(css, (selector) =>
    selector
      .split(',')
      .map((part) => {
        const leading = /^\s*/.exec(part)?.[0] ?? '';
        return `${leading}${frame} ${part.slice(leading.length)}`;
      })
      .join(','),
  );
}

/** Rewrites each rule's selector (the text before a `{`), leaving at-rules and keyframe steps as written. */
function rewriteSelectors(css: string, rewrite: (selector: string) => string): string {
  return css.replace(/(?<=^|[{}])([^{}]*)\{/g, (_, selector: string) =>
    selector.trim().startsWith('@') || KEYFRAME_STEP.test(selector)
      ? `${selector}{`
      : `${rewrite(selector)}{`,
  );
}
