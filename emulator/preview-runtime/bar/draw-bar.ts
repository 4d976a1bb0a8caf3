// The bar outside the phone frame: who you are, which store, the local cloud's clock, the page as another user.
import { reportFailure } from '../failures';
import { barGroup, barSelect, reloadWith } from './bar-parts';
import { drawOtherUserLink } from './other-user-link';
import { drawStorePicker } from './store-picker';
import { drawTestClock } from './test-clock';

/** What the bar offers: the users (data), who is previewed now, and whom the link opens the page as. */
export interface PreviewBarSpec {
  users: Array<{ key: string; label: string }>;
  user: string;
  other: { key: string; label: string };
}

/** Draws the bar into `bar`; the parts read from the local cloud appear once read (a failure is reported). */
export function drawPreviewBar(bar: HTMLElement, spec: PreviewBarSpec): void {
  const users = spec.users.map((user) => ({ value: user.key, text: user.label }));
  const userSelect = barSelect('preview-user', users, spec.user, (key) => reloadWith('as', key));
  const storeSlot = document.createElement('span');
  const clockSlot = document.createElement('span');
  bar.append(barGroup('预览身份 Previewing as', userSelect), storeSlot, clockSlot);
  drawOtherUserLink(bar, spec.other);
  const report = (error: unknown) => reportFailure(error instanceof Error ? error.message : String(error));
  void Promise.all([drawStorePicker(storeSlot), drawTestClock(clockSlot)])
    .then(() => (bar.dataset.ready = 'true'))
    .catch(report);
}
