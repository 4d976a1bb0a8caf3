// The bar's link that opens the page on top (its route and query) as another user, in a new tab.

/** The address of the preview showing `route` with `query` as user `userKey`. */
export function previewAddress(
  userKey: string,
  route: string,
  query: Record<string, string | undefined>,
): string {
  const search = new URLSearchParams({ as: userKey, page: route });
  for (const [name, value] of Object.entries(query)) if (value !== undefined) search.set(name, value);
  return `${location.pathname}?${search.toString()}`;
}

function topPageAddress(userKey: string): string {
  // The bar is drawn before the mini program's globals are installed.
  const pages = typeof getCurrentPages === 'function' ? getCurrentPages() : [];
  const top = pages[pages.length - 1];
  if (!top) return `${location.pathname}?as=${encodeURIComponent(userKey)}`;
  return previewAddress(userKey, top.route, top.options);
}

/** Draws the link; its address follows the page on top each time it is about to be followed. */
export function drawOtherUserLink(bar: HTMLElement, other: { key: string; label: string }): void {
  const link = document.createElement('a');
  link.id = 'preview-open-as';
  link.className = 'bar-link';
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = `以「${other.label}」打开此页 Open this page as them ↗`;
  const follow = () => (link.href = topPageAddress(other.key));
  follow();
  for (const event of ['pointerdown', 'focus', 'click'] as const) link.addEventListener(event, follow);
  bar.append(link);
}
