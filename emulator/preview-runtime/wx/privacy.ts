import { answer, type Callbacks } from './callbacks';
import { isPrivacyAgreed, PRIVACY_CONTRACT_NAME } from './privacy-consent';
import { requirePrivacy, setNeedPrivacyListener, type NeedPrivacyListener } from './privacy-gate';
import { element, openBottomSheet, styleOnce } from './sheet-layer';

/** What the privacy guide says, as the contract page shows it. */
const CONTRACT_SECTIONS = [
  ['我们收集的信息', '下单时你选择的位置、收货地址与联系电话，仅用于配送与联系你。'],
  ['信息的使用', '订单信息只用于完成订单与售后，不会用于其他用途，也不会提供给第三方。'],
  ['你的权利', '你可以在“设置”中随时关闭位置权限，或联系店铺删除你的地址。'],
];

styleOnce(
  'privacy-contract',
  `.wx-layer[data-sheet='privacy-contract'] { z-index: 45; }
  .wx-layer[data-sheet='privacy-contract'] .wx-bottom-sheet { max-height: 100%; height: 100%; border-radius: 0; }
  .wx-contract { padding: 16px 20px; font-size: 15px; line-height: 1.7; color: rgba(0, 0, 0, .7); }
  .wx-contract h3 { font-size: 16px; color: rgba(0, 0, 0, .9); margin: 16px 0 4px; }`,
);

/** Opens the privacy guide over the frame; its close button returns to what was beneath. */
export function openPrivacyContractSheet(frame: HTMLElement): void {
  const sheet = openBottomSheet(frame, 'privacy-contract', PRIVACY_CONTRACT_NAME);
  sheet.cancel.textContent = '关闭';
  sheet.cancel.addEventListener('click', () => sheet.layer.close());
  const contract = element('div', 'wx-contract');
  for (const [heading, text] of CONTRACT_SECTIONS)
    contract.append(element('h3', '', heading), element('p', '', text));
  sheet.body.append(contract);
}

/** The privacy APIs: getPrivacySetting, requirePrivacyAuthorize, onNeedPrivacyAuthorization, openPrivacyContract. */
export function privacyApis(frame: HTMLElement) {
  const openContract = () => openPrivacyContractSheet(frame);
  return {
    getPrivacySetting: (options: Callbacks = {}) =>
      answer(
        options,
        Promise.resolve({
          needAuthorization: !isPrivacyAgreed(),
          privacyContractName: PRIVACY_CONTRACT_NAME,
          errMsg: 'getPrivacySetting:ok',
        }),
      ),
    requirePrivacyAuthorize: (options: Callbacks = {}) =>
      answer(
        options,
        requirePrivacy('requirePrivacyAuthorize', frame, openContract).then(() => ({
          errMsg: 'requirePrivacyAuthorize:ok',
        })),
      ),
    onNeedPrivacyAuthorization: (listener: NeedPrivacyListener) => setNeedPrivacyListener(listener),
    openPrivacyContract: (options: Callbacks = {}) => {
      openContract();
      return answer(options, Promise.resolve({ errMsg: 'openPrivacyContract:ok' }));
    },
  };
}

/** Waits for the privacy agreement before `api` runs (see requirePrivacy); the sheet links to the guide. */
export function privacyGuard(frame: HTMLElement): (api: string) => Promise<void> {
  return (api) => requirePrivacy(api, frame, () => openPrivacyContractSheet(frame));
}
