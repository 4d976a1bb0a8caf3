import { drawPreviewBar } from './bar/draw-bar';

/**
 * Who one can preview as; each is a distinct openid at the client gateway. Data, not code: a staff role is one
 * more entry (its `role` says what the pages may show it).
 */
export const PREVIEW_USERS = [
  { key: 'customer-a', label: '顾客 A Customer A', role: 'customer', openid: 'o-preview-customer-a' },
  { key: 'customer-b', label: '顾客 B Customer B', role: 'customer', openid: 'o-preview-customer-b' },
  { key: 'owner', label: '店长 Owner', role: 'owner', openid: 'o-demo-owner' },
] as const;

/** One previewable user. */
export type PreviewUser = (typeof PREVIEW_USERS)[number];

/** The user named by `?as=` in the address (customer A when absent or unknown). */
export function currentUser(search: URLSearchParams): PreviewUser {
  return PREVIEW_USERS.find((user) => user.key === search.get('as')) ?? PREVIEW_USERS[0];
}

/** The user after `user` in the list (wrapping round): whom "open as another user" opens the page as. */
export function otherUser(user: PreviewUser): PreviewUser {
  const index = PREVIEW_USERS.findIndex((candidate) => candidate.key === user.key);
  return PREVIEW_USERS[(index + 1) % PREVIEW_USERS.length] ?? PREVIEW_USERS[0];
}

/** Draws the bar outside the frame: who you are, which store, the clock, and the page as another user. */
export function drawUserBar(bar: HTMLElement, user: PreviewUser): void {
  drawPreviewBar(bar, {
    users: PREVIEW_USERS.map(({ key, label, openid }) => ({ key, label: `${label} (${openid})` })),
    user: user.key,
    other: { key: otherUser(user).key, label: otherUser(user).label },
  });
}
