import { addBuiltInStyle } from './builtin-style';

/** One button of a stand-in sheet. */
export interface StandInAction {
  label: string;
  primary?: boolean;
  run(): void;
}

/** What a stand-in sheet says: what the platform would do here, and the choices it would offer. */
export interface StandInSheet {
  title: string;
  text: string;
  actions: StandInAction[];
}

const SHEET_CSS = `
  .wx-stand-in-mask { position: absolute; inset: 0; background: rgba(0,0,0,.6); z-index: 30; }
  .wx-stand-in { position: absolute; left: 0; right: 0; bottom: 0; z-index: 31; background: #fff;
    border-radius: 12px 12px 0 0; padding: 24px 24px 32px; text-align: center;
    font-family: -apple-system, 'PingFang SC', 'Helvetica Neue', sans-serif; }
  .wx-stand-in__title { font-size: 17px; font-weight: 600; color: rgba(0,0,0,.9); margin-bottom: 12px; }
  .wx-stand-in__text { font-size: 14px; color: rgba(0,0,0,.55); line-height: 1.5; margin-bottom: 24px; }
  .wx-stand-in__actions { display: flex; gap: 12px; justify-content: center; }
  .wx-stand-in__action { min-width: 120px; padding: 10px 16px; border: 0; border-radius: 5px; font-size: 16px;
    font-weight: 600; background: #f2f2f2; color: #06ae56; cursor: pointer; }
  .wx-stand-in__action--primary { background: #07c160; color: #fff; }
`;

let styled = false;

/** Shows a bottom sheet in the phone frame standing in for a platform screen; any action closes it. */
export function showStandInSheet(content: StandInSheet): void {
  if (!styled) addBuiltInStyle(SHEET_CSS);
  styled = true;
  const frame = document.getElementById('phone') ?? document.body;
  const mask = document.createElement('div');
  mask.className = 'wx-stand-in-mask';
  const sheet = document.createElement('div');
  sheet.className = 'wx-stand-in';
  sheet.setAttribute('role', 'dialog');
  const title = document.createElement('div');
  title.className = 'wx-stand-in__title';
  title.textContent = content.title;
  const text = document.createElement('div');
  text.className = 'wx-stand-in__text';
  text.textContent = content.text;
  const actions = document.createElement('div');
  actions.className = 'wx-stand-in__actions';
  for (const action of content.actions) {
    const button = document.createElement('button');
    button.className = `wx-stand-in__action${action.primary ? ' wx-stand-in__action--primary' : ''}`;
    button.textContent = action.label;
    button.addEventListener('click', () => {
      mask.remove();
      sheet.remove();
      action.run();
    });
    actions.append(button);
  }
  sheet.append(title, text, actions);
  frame.append(mask, sheet);
}
