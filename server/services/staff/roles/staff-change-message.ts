// The "staff changed" subscribe message the store's owners get: which store, what changed, when.
import { chinaMinuteText } from '../../../domain/china-time';
import { thingValue, type SubscribeMessage } from '../../../gateways/subscribe-message-gateway';

/**
 * The template's keywords (公众平台 → 订阅消息 → 人员变动通知): 门店名称 thing1, 变动内容 thing2 (≤ 20
 * characters each), 变动时间 time3. A real template must define these same keywords.
 */
export const STAFF_CHANGE_FIELDS = { storeName: 'thing1', change: 'thing2', changedAt: 'time3' } as const;

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
  return {
    touser: ownerOpenid,
    templateId,
    page: 'pages/me/index',
    data: {
      [STAFF_CHANGE_FIELDS.storeName]: { value: thingValue(storeName) },
      [STAFF_CHANGE_FIELDS.change]: { value: thingValue(change) },
      [STAFF_CHANGE_FIELDS.changedAt]: { value: chinaMinuteText(atMs) },
    },
  };
}
