import { agreePrivacy, isPrivacyAgreed, onPrivacyAgreed, PRIVACY_CONTRACT_NAME } from './privacy-consent';
import { element, openLayer, styleOnce, wxFailure } from './sheet-layer';

/** What a page's `onNeedPrivacyAuthorization` listener resolves with. */
export interface PrivacyResolution {
  event: 'exposureAuthorization' | 'agree' | 'disagree';
  buttonId?: string;
}

/** A page's `wx.onNeedPrivacyAuthorization` listener: it shows its own prompt and answers through `resolve`. */
export type NeedPrivacyListener = (
  resolve: (resolution: PrivacyResolution) => void,
  eventInfo: { referrer: string },
) => void;

/** The errno the platform answers when a privacy API runs without the user's agreement. */
export const PRIVACY_NOT_AUTHORIZED_ERRNO = 104;

let needListener: NeedPrivacyListener | undefined;
/** The APIs waiting behind the platform's privacy sheet, each one's decline. */
const waitingForSheet = new Set<() => void>();
const declineAllWaiting = () => [...waitingForSheet].forEach((decline) => decline());

/** Sets (or, with undefined, clears) the page's listener; without one the platform's own sheet asks. */
export function setNeedPrivacyListener(listener: NeedPrivacyListener | undefined): void {
  needListener = listener;
}

styleOnce(
  'privacy',
  `.wx-layer[data-sheet='privacy'] { z-index: 40; }
  .wx-privacy { margin-top: auto; background: #fff; border-radius: 12px 12px 0 0; padding: 24px 24px 8px; }
  .wx-privacy-title { font-size: 17px; font-weight: 700; color: rgba(0, 0, 0, .9); margin-bottom: 16px; }
  .wx-privacy-text { font-size: 15px; line-height: 1.6; color: rgba(0, 0, 0, .6); }
  .wx-privacy-link { color: #576b95; cursor: pointer; }
  .wx-privacy-buttons { display: flex; gap: 12px; justify-content: center; margin: 24px 0 16px; }
  .wx-privacy-buttons button { width: 128px; margin: 0; }`,
);

/** The platform's own privacy sheet (one at a time): agree records the agreement; decline calls `onDecline`. */
function drawPrivacySheet(frame: HTMLElement, onDecline: () => void, openContract: () => void): void {
  if (frame.querySelector("[data-sheet='privacy']")) return;
  const layer = openLayer(frame, 'privacy');
  const sheet = element('div', 'wx-privacy');
  const text = element('div', 'wx-privacy-text', '在你使用【点单】服务之前，请仔细阅读');
  const link = element('span', 'wx-privacy-link', PRIVACY_CONTRACT_NAME);
  link.addEventListener('click', openContract);
  text.append(link, `。如你同意${PRIVACY_CONTRACT_NAME}，请点击“同意”开始使用。`);
  const buttons = element('div', 'wx-privacy-buttons');
  const decline = element('button', 'wx-default-button wx-privacy-decline', '拒绝');
  const agree = element('button', 'wx-primary-button wx-privacy-agree', '同意');
  decline.addEventListener('click', () => {
    layer.close();
    onDecline();
  });
  agree.addEventListener('click', () => {
    layer.close();
    agreePrivacy();
  });
  buttons.append(decline, agree);
  sheet.append(element('div', 'wx-privacy-title', '用户隐私保护提示'), text, buttons);
  layer.root.append(sheet);
}

/**
 * Waits until the user agrees to the privacy guide before the privacy API `api` runs: at once when they
 * already have; otherwise the page's `onNeedPrivacyAuthorization` listener (or the platform's sheet) asks.
 * Rejects with `api:fail privacy permission is not authorized` when they decline.
 */
export function requirePrivacy(api: string, frame: HTMLElement, openContract: () => void): Promise<void> {
  if (isPrivacyAgreed()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    let settled = false;
    const stop = onPrivacyAgreed(() => {
      if (settled) return;
      settled = true;
      stop();
      waitingForSheet.delete(decline);
      resolve();
    });
    const decline = () => {
      if (settled) return;
      settled = true;
      stop();
      waitingForSheet.delete(decline);
      reject(wxFailure(api, 'privacy permission is not authorized', PRIVACY_NOT_AUTHORIZED_ERRNO));
    };
    if (!needListener) {
      // Every API waiting behind the one sheet is declined with it.
      waitingForSheet.add(decline);
      return drawPrivacySheet(frame, declineAllWaiting, openContract);
    }
    needListener(
      (resolution) => {
        if (resolution.event === 'agree') agreePrivacy();
        else if (resolution.event === 'disagree') decline();
      },
      { referrer: api },
    );
  });
}
