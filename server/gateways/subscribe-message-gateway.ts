// Sends one subscribe message: `cloud.openapi.subscribeMessage.send`. The calling function must list
// "subscribeMessage.send" in its config.json `permissions.openapi`.
import { cloud } from '../runtime/cloud';

/** The most characters a template's `thing` keyword takes. */
const THING_MAX_CHARACTERS = 20;

/** `text` cut to what a `thing` keyword takes (characters, not bytes). */
export function thingValue(text: string): string {
  return [...text].slice(0, THING_MAX_CHARACTERS).join('');
}

/** One message: to whom, which template, the page its card opens, and the template's keyword values. */
export interface SubscribeMessage {
  touser: string;
  templateId: string;
  /** A mini program page with its query, e.g. `pages/order/index?id=…`. */
  page: string;
  data: Record<string, { value: string }>;
}

/** The platform's errcode for a user who holds no consent for the template (nothing was spent). */
export const NO_CONSENT_ERRCODE = 43101;

type Send = (request: Record<string, unknown>) => Promise<{ errCode?: number; errMsg?: string }>;

/** The errcode of a refused send (0 when it went), whether the SDK rejected or answered with it. */
export async function sendSubscribeMessage(message: SubscribeMessage): Promise<number> {
  // SDK boundary: the typings give the open API's parameters loosely.
  const openapi = cloud.openapi as unknown as { subscribeMessage: { send: Send } };
  try {
    const reply = await openapi.subscribeMessage.send({ ...message, lang: 'zh_CN' });
    return reply.errCode ?? 0;
  } catch (error) {
    const errCode = (error as { errCode?: unknown } | null)?.errCode;
    if (typeof errCode === 'number' && errCode !== 0) return errCode;
    throw error;
  }
}
