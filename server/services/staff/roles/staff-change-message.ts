// The "staff changed" subscribe message the store's owners get: which store, what changed, when.
import { chinaWallClockAt } from '../../../domain/china-time';
import type { SubscribeMessage } from '../../../gateways/subscribe-message-gateway';

/**
 * The template's keywords (公众平台 → 订阅消息 → 人员变动通知): 门店名称 thing1, 变动内容 thing2 (≤ 20
 * characters each), 变动时间 time3. A real template must define these same keywords.
 */
export const STAFF_CHANGE_FIELDS = { storeName: 'thing1', change: 'thing2', changedAt: 'time3' } as const;

const THING_MAX_CHARACTERS = 20;

/** The change in a few words, e.g. `新成员 clerk 加入` (zh-CN, the role's English name). */
export function describeChange(kind: 'joined' | 'role' | 'removed', role: string): string {
  if (kind === 'joined') return `新成员加入 ${role}`;
  if (kind === 'role') return `角色改为 ${role}`;
  return `成员已移除 ${role}`;
}

/** The message to one owner, opening the me page (where the staff console starts). */
export function staffChangeMessage(
  ownerOpenid: string,
  templateId: string,
  storeName: string,
  change: string,
  atMs: number,
): SubscribeMessage {
  const cut = (text: string) => [...text].slice(0, THING_MAX_CHARACTERS).join('');
  return {
    touser: ownerOpenid,
    templateId,
    page: 'pages/me/index',
    data: {
      [STAFF_CHANGE_FIELDS.storeName]: { value: cut(storeName) },
      [STAFF_CHANGE_FIELDS.change]: { value: cut(change) },
      [STAFF_CHANGE_FIELDS.changedAt]: { value: chinaMinute(atMs) },
    },
  };
}

/** `YYYY-MM-DD HH:mm` in China time. */
function chinaMinute(atMs: number): string {
  const local = chinaWallClockAt(atMs);
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
  );
}
