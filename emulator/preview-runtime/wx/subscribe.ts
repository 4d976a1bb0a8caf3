// `wx.requestSubscribeMessage`: the consent sheet listing the templates, each accepted or not, and the answers
// recorded in the local cloud's consent ledger through its consent door, as the platform records them.
import { checkPromptTemplates, SUBSCRIBE_ROUTE } from '../../src/openapi/subscribe-prompt-rules';
import type { Callbacks } from './callbacks';
import { askDoor, deliverAnswer, type PlatformAnswer } from './cloud-answer';
import { openCloudSheet } from './cloud-sheet';
import { isAnsweringPayment } from './payment';

const API = 'requestSubscribeMessage';

/** Where the consent door is and whose consent it records. */
export interface SubscribeApiOptions {
  baseUrl: string;
  openid: string;
  frame: HTMLElement;
}

type Decision = 'accept' | 'reject';

/**
 * `requestSubscribeMessage({ tmplIds })` (callbacks and promise): success `{ errMsg, [id]: 'accept' | 'reject' }`
 * after the sheet (取消 rejects every template, as on the platform); a refused prompt fails with its errCode.
 * As on the platform it opens only right after a tap (the browser's user activation) or a successful payment.
 */
export function subscribeApis(options: SubscribeApiOptions) {
  return {
    requestSubscribeMessage: async (call: Callbacks & { tmplIds?: unknown } = {}) => {
      const templateIds = checkPromptTemplates(call.tmplIds);
      if (!Array.isArray(templateIds)) {
        return deliverAnswer(call, {
          errMsg: `${API}:fail ${templateIds.message}`,
          errCode: templateIds.errCode,
        });
      }
      if (!navigator.userActivation.isActive && !isAnsweringPayment()) {
        // The platform's words; it documents no errCode for this refusal.
        return deliverAnswer(call, { errMsg: `${API}:fail can only be invoked by user TAP gesture.` });
      }
      const decisions = await askOnSheet(options.frame, templateIds);
      const answer = await askDoor(
        `${options.baseUrl}${SUBSCRIBE_ROUTE}`,
        options.openid,
        { tmplIds: templateIds, decisions },
        API,
      );
      return deliverAnswer<PlatformAnswer>(call, answer);
    },
  };
}

/** Draws the consent sheet: one switch per template (on by default), 允许 records them, 取消 and × reject all. */
function askOnSheet(frame: HTMLElement, templateIds: string[]): Promise<Record<string, Decision>> {
  return new Promise((resolve) => {
    const switches = new Map<string, HTMLInputElement>();
    const finish = (allow: boolean) => {
      sheet.close();
      const decisions: Record<string, Decision> = {};
      for (const [id, toggle] of switches) decisions[id] = allow && toggle.checked ? 'accept' : 'reject';
      resolve(decisions);
    };
    const sheet = openCloudSheet(frame, 'wx-subscribe-sheet', '订阅消息 Subscribe', () => finish(false));
    const intro = document.createElement('div');
    intro.textContent =
      '小程序申请向你发送以下消息，每项仅发送一次 The mini program asks to send you, once each:';
    intro.style.cssText = 'font-size:14px;color:rgba(0,0,0,.55);margin-bottom:8px';
    sheet.panel.append(intro);
    for (const id of templateIds) {
      const line = document.createElement('label');
      line.className = 'wx-cloud-sheet-row wx-subscribe-template';
      line.dataset.templateId = id;
      const name = document.createElement('span');
      name.textContent = id;
      const toggle = document.createElement('input');
      toggle.type = 'checkbox';
      toggle.checked = true;
      toggle.style.cssText = 'width:18px;height:18px;accent-color:#07c160';
      switches.set(id, toggle);
      line.append(name, toggle);
      sheet.panel.append(line);
    }
    const allow = sheet.button('允许 Allow', 'wx-subscribe-allow', 'primary');
    allow.addEventListener('click', () => finish(true));
    const cancel = sheet.button('取消 Cancel', 'wx-subscribe-cancel', 'default');
    cancel.addEventListener('click', () => finish(false));
    sheet.panel.append(allow, cancel);
  });
}
