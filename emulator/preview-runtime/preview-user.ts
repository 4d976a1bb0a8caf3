import { drawPreviewBar } from './bar/draw-bar';

/**
 * Who one can preview as; each is a distinct openid at the client gateway. Data, not code: a staff role is one
 * more entry (its `role` says what the pages may show it).
 */
export const PREVIEW_USERS = [
  { key: 'customer-a', label: '顾客 A Customer A', role: 'customer', openid: 'o-preview-customer-a' },
  { key: 'customer-b', label: '顾客 B Customer B', role: 'customer', openid: 'o-preview-customer-b' },
  { key: 'owner', label: '店长 Owner', role: 'owner', openid: 'o-demo-owner' },
  { key: 'manager', label: '经理 Manager', role: 'manager', openid: 'o-preview-manager' },
  { key: 'clerk', label: '店员 Clerk', role: 'clerk', openid: 'o-preview-clerk' },
  { key: 'kitchen', label: '后厨 Kitchen', role: 'kitchen', openid: 'o-preview-kitchen' },
] as const;

/** One previewable user. */
export type PreviewUser = (typeof PREVIEW_USERS)[number];

/** The user named by `?as=` in the address (customer A when absent or unknown). */
export function currentUser(search: URLSearchParams): PreviewUser {
  return PREVIEW_USERS.find((user) => user.key === search.get('as')) ?? PREVIEW_USERS[0];
}

/**
 * Whom "open as another user" opens the page as: the next customer for a customer (wrapping round), customer A
 * for a staff member (the other side of the counter).
 */
export function otherUser(user: PreviewUser): PreviewUser {
  const customers = PREVIEW_USERS.filter((candidate) => candidate.role === 'customer');
  const index = customers.findIndex((candidate) => candidate.key === user.key);
  return customers[(index + 1) % customers.length] ?? PREVIEW_USERS[0];
}

/** Draws the bar outside the frame: who you are, which store, the clock, and the page as another user. */
export function drawUserBar(bar: HTMLElement, user: PreviewUser): void {
  drawPreviewBar(bar, {
    users: PREVIEW_USERS.map(({ key, label, openid }) => ({ key, label: `${label} (${openid})` })),
    user: user.key,
    other: { key: otherUser(user).key, label: otherUser(user).label },
  });
}
