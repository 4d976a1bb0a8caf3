import { answer, type Callbacks } from './callbacks';
import { element, openLayer, styleOnce, wxFailure } from './sheet-layer';

/** What the device stand-ins need: the frame, the privacy guard (the clipboard is private) and a toast. */
export interface DeviceDeps {
  frame: HTMLElement;
  privacy: (api: string) => Promise<void>;
  showToast(options: { title: string; icon?: string }): unknown;
}

styleOnce(
  'device',
  `@keyframes wx-vibrate { 0%, 100% { transform: translateX(0); } 25% { transform: translateX(-3px); }
    75% { transform: translateX(3px); } }
  .wx-vibrating { animation: wx-vibrate 0.08s linear 3; }
  .wx-phone-call { margin-top: auto; background: #f7f7f7; border-radius: 12px 12px 0 0; overflow: hidden;
    text-align: center; }
  .wx-phone-call-number { padding: 16px; font-size: 13px; color: rgba(0, 0, 0, .5); background: #fff;
    border-bottom: 0.5px solid rgba(0, 0, 0, .1); }
  .wx-phone-call button { display: block; width: 100%; height: 56px; border: 0; background: #fff; font-size: 17px;
    cursor: pointer; font-family: inherit; }
  .wx-phone-call .wx-phone-call-dial { color: #576b95; font-weight: 600; }
  .wx-phone-call .wx-phone-call-cancel { margin-top: 8px; }`,
);

/** The sheet makePhoneCall opens; resolves when "call" is tapped, rejects `makePhoneCall:fail cancel`. */
function drawPhoneCall(frame: HTMLElement, phoneNumber: string): Promise<{ errMsg: string }> {
  const layer = openLayer(frame, 'phone-call');
  const sheet = element('div', 'wx-phone-call');
  const dial = element('button', 'wx-phone-call-dial', `呼叫 ${phoneNumber}`);
  const cancel = element('button', 'wx-phone-call-cancel', '取消');
  sheet.append(element('div', 'wx-phone-call-number', `拨打电话（预览不会真的拨出）`), dial, cancel);
  layer.root.append(sheet);
  return new Promise((resolve, reject) => {
    dial.addEventListener('click', () => {
      layer.close();
      resolve({ errMsg: 'makePhoneCall:ok' });
    });
    cancel.addEventListener('click', () => {
      layer.close();
      reject(wxFailure('makePhoneCall', 'cancel'));
    });
  });
}

/**
 * Cheap stand-ins for device APIs pages meet: makePhoneCall (a call sheet), the clipboard (kept in the tab,
 * after the privacy agreement; setting it shows the platform's "内容已复制" toast), vibration (the frame
 * shakes; `data-vibrations` on the frame counts them) and the share menu (remembered, nothing to draw).
 */
export function deviceApis(deps: DeviceDeps) {
  let clipboard = '';
  let vibrations = 0;
  const shareMenu = { shown: true, withShareTicket: false, menus: ['shareAppMessage'] };
  const vibrate =
    (api: string) =>
    (options: Callbacks & { type?: 'heavy' | 'medium' | 'light' } = {}) => {
      vibrations += 1;
      deps.frame.dataset.vibrations = String(vibrations);
      deps.frame.classList.remove('wx-vibrating');
      void deps.frame.offsetWidth;
      deps.frame.classList.add('wx-vibrating');
      return answer(options, Promise.resolve({ errMsg: `${api}:ok` }));
    };
  return {
    makePhoneCall: (options: Callbacks & { phoneNumber: string }) =>
      answer(
        options,
        options?.phoneNumber
          ? drawPhoneCall(deps.frame, options.phoneNumber)
          : Promise.reject(
              wxFailure('makePhoneCall', 'parameter error: parameter.phoneNumber should be String'),
            ),
      ),
    setClipboardData: (options: Callbacks & { data: string }) =>
      answer(
        options,
        deps.privacy('setClipboardData').then(() => {
          clipboard = String(options.data);
          deps.showToast({ title: '内容已复制', icon: 'none' });
          return { errMsg: 'setClipboardData:ok' };
        }),
      ),
    getClipboardData: (options: Callbacks = {}) =>
      answer(
        options,
        deps.privacy('getClipboardData').then(() => ({ data: clipboard, errMsg: 'getClipboardData:ok' })),
      ),
    vibrateShort: vibrate('vibrateShort'),
    vibrateLong: vibrate('vibrateLong'),
    showShareMenu: (options: Callbacks & { withShareTicket?: boolean; menus?: string[] } = {}) => {
      Object.assign(shareMenu, {
        shown: true,
        withShareTicket: options.withShareTicket ?? false,
        menus: options.menus ?? ['shareAppMessage'],
      });
      return answer(options, Promise.resolve({ errMsg: 'showShareMenu:ok' }));
    },
    hideShareMenu: (options: Callbacks = {}) => {
      shareMenu.shown = false;
      return answer(options, Promise.resolve({ errMsg: 'hideShareMenu:ok' }));
    },
  };
}
