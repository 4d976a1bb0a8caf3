import { answer, type Callbacks } from './callbacks';
import { element, openBottomSheet, openLayer, styleOnce, wxFailure } from './sheet-layer';

/** The scopes `authorize` can ask for, with what the prompt says the mini program wants. */
export const SCOPE_PURPOSES: Record<string, string> = {
  'scope.userLocation': '获取你的位置信息',
  'scope.userFuzzyLocation': '获取你的模糊位置信息',
  'scope.camera': '使用你的摄像头',
  'scope.record': '使用你的麦克风',
  'scope.writePhotosAlbum': '保存图片或视频到你的相册',
  'scope.bluetooth': '使用你的蓝牙',
  'scope.werun': '获取你的微信运动步数',
};

/** The scopes whose prompt first needs the privacy agreement. */
const PRIVATE_SCOPES = new Set([
  'scope.userLocation',
  'scope.userFuzzyLocation',
  'scope.camera',
  'scope.record',
]);

styleOnce(
  'settings',
  `.wx-layer[data-sheet='authorize'] { z-index: 35; }
  .wx-authorize { margin-top: auto; background: #fff; border-radius: 12px 12px 0 0; padding: 24px; }
  .wx-authorize-app { font-size: 15px; color: rgba(0, 0, 0, .9); font-weight: 600; margin-bottom: 12px; }
  .wx-authorize-purpose { font-size: 17px; font-weight: 700; color: rgba(0, 0, 0, .9); }
  .wx-authorize-buttons { display: flex; gap: 12px; justify-content: center; margin-top: 32px; }
  .wx-authorize-buttons button { width: 128px; margin: 0; }
  .wx-setting-switch { appearance: none; width: 52px; height: 32px; border-radius: 16px; background: #e5e5e5;
    position: relative; cursor: pointer; margin: 0; transition: background .2s; }
  .wx-setting-switch::before { content: ''; position: absolute; top: 2px; left: 2px; width: 28px; height: 28px;
    border-radius: 50%; background: #fff; box-shadow: 0 1px 3px rgba(0, 0, 0, .4); transition: left .2s; }
  .wx-setting-switch:checked { background: #07c160; }
  .wx-setting-switch:checked::before { left: 22px; }
  .wx-settings-empty { padding: 32px 16px; text-align: center; color: rgba(0, 0, 0, .5); font-size: 14px; }`,
);

/** The prompt `authorize` shows for an undecided scope; resolves with the user's choice. */
function askForScope(frame: HTMLElement, scope: string): Promise<boolean> {
  const layer = openLayer(frame, 'authorize');
  const sheet = element('div', 'wx-authorize');
  const buttons = element('div', 'wx-authorize-buttons');
  const deny = element('button', 'wx-default-button wx-authorize-deny', '拒绝');
  const allow = element('button', 'wx-primary-button wx-authorize-allow', '允许');
  buttons.append(deny, allow);
  sheet.append(
    element('div', 'wx-authorize-app', '点单 申请'),
    element('div', 'wx-authorize-purpose', SCOPE_PURPOSES[scope] ?? scope),
    buttons,
  );
  layer.root.append(sheet);
  return new Promise((resolve) => {
    for (const [button, allowed] of [
      [deny, false],
      [allow, true],
    ] as const)
      button.addEventListener('click', () => {
        layer.close();
        resolve(allowed);
      });
  });
}

/** The user's authorization decisions (scope → allowed), and the APIs that ask for and show them. */
export class AuthSettings {
  private readonly decided = new Map<string, boolean>();

  constructor(
    private readonly frame: HTMLElement,
    private readonly privacy: (api: string) => Promise<void>,
  ) {}

  /** `authSetting` as getSetting answers it: only the scopes the user has decided. */
  snapshot(): Record<string, boolean> {
    return Object.fromEntries(this.decided);
  }

  /**
   * Resolves once `scope` is allowed for `api`: at once if allowed before, after the prompt if undecided;
   * rejects `api:fail auth deny` when denied now or before (the platform asks only once).
   */
  async require(api: string, scope: string): Promise<void> {
    if (!(scope in SCOPE_PURPOSES)) throw wxFailure(api, `invalid scope ${scope}`);
    if (PRIVATE_SCOPES.has(scope)) await this.privacy(api);
    let allowed = this.decided.get(scope);
    if (allowed === undefined) {
      allowed = await askForScope(this.frame, scope);
      this.decided.set(scope, allowed);
    }
    if (!allowed) throw wxFailure(api, 'auth deny');
  }

  /** The settings page `openSetting` opens: a switch per decided scope; closing it answers the new settings. */
  private openSettingsSheet(): Promise<Record<string, boolean>> {
    const sheet = openBottomSheet(this.frame, 'settings', '设置');
    sheet.cancel.textContent = '完成';
    if (this.decided.size === 0)
      sheet.body.append(element('div', 'wx-settings-empty', '小程序未使用你的任何信息'));
    for (const [scope, allowed] of this.decided) {
      const row = element('label', 'wx-sheet-row');
      row.dataset.scope = scope;
      const toggle = element('input', 'wx-setting-switch');
      toggle.type = 'checkbox';
      toggle.checked = allowed;
      toggle.addEventListener('change', () => this.decided.set(scope, toggle.checked));
      row.append(element('span', 'wx-sheet-main', SCOPE_PURPOSES[scope] ?? scope), toggle);
      sheet.body.append(row);
    }
    return new Promise((resolve) =>
      sheet.cancel.addEventListener('click', () => {
        sheet.layer.close();
        resolve(this.snapshot());
      }),
    );
  }

  /** getSetting, authorize and openSetting over these decisions. */
  apis() {
    return {
      getSetting: (options: Callbacks = {}) =>
        answer(options, Promise.resolve({ authSetting: this.snapshot(), errMsg: 'getSetting:ok' })),
      authorize: (options: Callbacks & { scope: string }) =>
        answer(
          options,
          this.require('authorize', options.scope).then(() => ({ errMsg: 'authorize:ok' })),
        ),
      openSetting: (options: Callbacks = {}) =>
        answer(
          options,
          this.openSettingsSheet().then((authSetting) => ({ authSetting, errMsg: 'openSetting:ok' })),
        ),
    };
  }
}
