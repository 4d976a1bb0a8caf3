/** The customers one can preview as; each is a distinct openid at the client gateway. */
export const PREVIEW_USERS = [
  { key: 'customer-a', label: '顾客 A Customer A', openid: 'o-preview-customer-a' },
  { key: 'customer-b', label: '顾客 B Customer B', openid: 'o-preview-customer-b' },
] as const;

/** One previewable user. */
export type PreviewUser = (typeof PREVIEW_USERS)[number];

/** The user named by `?as=` in the address (customer A when absent or unknown). */
export function currentUser(search: URLSearchParams): PreviewUser {
  return PREVIEW_USERS.find((user) => user.key === search.get('as')) ?? PREVIEW_USERS[0];
}

/** Draws the bar outside the frame: choosing a user reloads the same page as them. */
export function drawUserBar(bar: HTMLElement, user: PreviewUser): void {
  const label = document.createElement('label');
  label.textContent = '预览身份 Previewing as ';
  const select = document.createElement('select');
  select.id = 'preview-user';
  for (const option of PREVIEW_USERS) {
    const item = document.createElement('option');
    item.value = option.key;
    item.textContent = `${option.label} (${option.openid})`;
    item.selected = option.key === user.key;
    select.append(item);
  }
  select.addEventListener('change', () => {
    const search = new URLSearchParams(location.search);
    search.set('as', select.value);
    location.search = search.toString();
  });
  label.append(select);
  bar.append(label);
}
