import { answer, type Callbacks } from './callbacks';
import { element, openLayer, styleOnce, wxFailure } from './sheet-layer';

/** What `wx.showModal` takes. */
export interface ShowModalOptions extends Callbacks {
  title?: string;
  content?: string;
  showCancel?: boolean;
  cancelText?: string;
  cancelColor?: string;
  confirmText?: string;
  confirmColor?: string;
  editable?: boolean;
  placeholderText?: string;
}

/** What it answers: which button, and the text typed when `editable`. */
export interface ShowModalResult {
  confirm: boolean;
  cancel: boolean;
  content?: string;
  errMsg: 'showModal:ok';
}

/** The platform refuses button texts longer than four characters. */
const MAX_BUTTON_TEXT = 4;

styleOnce(
  'modal',
  `.wx-modal { margin: auto; width: 320px; max-width: 85%; background: #fff; border-radius: 12px;
    overflow: hidden; text-align: center; }
  .wx-modal-title { padding: 32px 24px 0; font-size: 17px; font-weight: 700; color: rgba(0, 0, 0, .9); }
  .wx-modal-content { padding: 16px 24px 32px; font-size: 17px; line-height: 1.4; color: rgba(0, 0, 0, .5);
    white-space: pre-wrap; word-break: break-word; max-height: 360px; overflow-y: auto; }
  .wx-modal-title + .wx-modal-content { padding-top: 16px; }
  .wx-modal-content:first-child { padding-top: 32px; color: rgba(0, 0, 0, .9); }
  .wx-modal-input { display: block; box-sizing: border-box; width: calc(100% - 48px); margin: 16px 24px 32px;
    padding: 10px 12px; font-size: 17px; border: 0; border-radius: 5px; background: #f7f7f7; outline: none;
    font-family: inherit; }
  .wx-modal-footer { display: flex; border-top: 0.5px solid rgba(0, 0, 0, .1); }
  .wx-modal-footer button { flex: 1; height: 56px; border: 0; background: none; font-size: 17px;
    font-weight: 700; cursor: pointer; font-family: inherit; }
  .wx-modal-footer button + button { border-left: 0.5px solid rgba(0, 0, 0, .1); }
  .wx-modal-footer button:active { background: #ececec; }`,
);

/** Draws the dialog and resolves with the tapped button. */
function drawModal(frame: HTMLElement, options: ShowModalOptions): Promise<ShowModalResult> {
  const layer = openLayer(frame, 'modal');
  const dialog = element('div', 'wx-modal');
  dialog.setAttribute('role', 'dialog');
  if (options.title) dialog.append(element('div', 'wx-modal-title', options.title));
  let input: HTMLInputElement | undefined;
  if (options.editable) {
    input = element('input', 'wx-modal-input');
    input.value = options.content ?? '';
    input.placeholder = options.placeholderText ?? '';
    dialog.append(input);
  } else if (options.content) {
    dialog.append(element('div', 'wx-modal-content', options.content));
  }
  const footer = element('div', 'wx-modal-footer');
  dialog.append(footer);
  layer.root.append(dialog);
  return new Promise((resolve) => {
    const button = (kind: 'cancel' | 'confirm', text: string, color: string) => {
      const tapped = element('button', `wx-modal-${kind}`, text);
      tapped.type = 'button';
      tapped.style.color = color;
      tapped.addEventListener('click', () => {
        layer.close();
        resolve({
          confirm: kind === 'confirm',
          cancel: kind === 'cancel',
          ...(input && { content: input.value }),
          errMsg: 'showModal:ok',
        });
      });
      footer.append(tapped);
    };
    if (options.showCancel !== false)
      button('cancel', options.cancelText ?? '取消', options.cancelColor ?? '#000000');
    button('confirm', options.confirmText ?? '确定', options.confirmColor ?? '#576B95');
    input?.focus();
  });
}

/** `wx.showModal`: a WeUI dialog in the phone frame; `editable` adds a text field whose text is answered as `content`. */
export function modalApis(frame: HTMLElement) {
  return {
    showModal: (options: ShowModalOptions = {}) => {
      const tooLong = (['cancelText', 'confirmText'] as const).find(
        (key) => (options[key] ?? '').length > MAX_BUTTON_TEXT,
      );
      const outcome = tooLong
        ? Promise.reject(
            wxFailure('showModal', `${tooLong} length should not larger than 4 Chinese characters`),
          )
        : drawModal(frame, options);
      return answer(options, outcome);
    },
  };
}
