// A bottom sheet drawn inside the phone frame over a mask, as the WeChat client draws its own sheets
// (payment, subscribe consent): the platform's look, the runtime's own CSS.
import { addRuntimeStyle } from '../runtime-style';

const SHEET_CSS = `
.wx-cloud-mask { position: absolute; inset: 0; z-index: 20; background: rgba(0,0,0,.6);
  display: flex; flex-direction: column; justify-content: flex-end; }
.wx-cloud-sheet { background: #fff; border-radius: 12px 12px 0 0; padding: 16px 20px 24px; color: rgba(0,0,0,.9);
  font: 15px -apple-system, 'PingFang SC', 'Helvetica Neue', sans-serif; }
.wx-cloud-sheet-head { position: relative; text-align: center; font-size: 16px; font-weight: 500; margin-bottom: 16px; }
.wx-cloud-sheet-close { position: absolute; left: -4px; top: -6px; width: 32px; height: 32px; border: 0;
  background: none; font-size: 24px; line-height: 32px; color: rgba(0,0,0,.5); cursor: pointer; }
.wx-cloud-sheet-button { display: block; box-sizing: border-box; width: 100%; height: 44px; margin: 12px 0 0; border: 0; border-radius: 5px;
  font-size: 16px; font-weight: 500; cursor: pointer; background: #f2f2f2; color: #07c160; }
.wx-cloud-sheet-button.wx-cloud-sheet-primary { background: #07c160; color: #fff; }
.wx-cloud-sheet-button.wx-cloud-sheet-link { height: 32px; background: none; color: #576b95; font-weight: 400; font-size: 14px; }
.wx-cloud-sheet-button:disabled { opacity: .6; cursor: default; }
.wx-cloud-sheet-row { display: flex; justify-content: space-between; align-items: center; padding: 10px 0;
  border-top: 1px solid rgba(0,0,0,.08); font-size: 14px; color: rgba(0,0,0,.55); }
.wx-cloud-sheet-row span:last-child { color: rgba(0,0,0,.9); }
`;
let styled = false;

/** An open sheet: its panel to fill, and how to take it away. */
export interface CloudSheet {
  panel: HTMLElement;
  /** Makes a button in the sheet; `variant` picks the platform's primary (green), default or link look. */
  button(label: string, className: string, variant: 'primary' | 'default' | 'link'): HTMLButtonElement;
  /** Disables every button while an answer is on its way. */
  busy(): void;
  close(): void;
}

/** Opens a sheet titled `title` in `frame`; `onClose` runs when the × is tapped. */
export function openCloudSheet(
  frame: HTMLElement,
  sheetClass: string,
  title: string,
  onClose: () => void,
): CloudSheet {
  if (!styled) {
    addRuntimeStyle(SHEET_CSS);
    styled = true;
  }
  const mask = document.createElement('div');
  mask.className = 'wx-cloud-mask';
  const panel = document.createElement('div');
  panel.className = `wx-cloud-sheet ${sheetClass}`;
  const head = document.createElement('div');
  head.className = 'wx-cloud-sheet-head';
  head.textContent = title;
  const buttons: HTMLButtonElement[] = [];
  const close = document.createElement('button');
  close.className = 'wx-cloud-sheet-close';
  close.setAttribute('aria-label', '关闭 Close');
  close.textContent = '×';
  close.addEventListener('click', onClose);
  buttons.push(close);
  head.prepend(close);
  panel.append(head);
  mask.append(panel);
  frame.append(mask);
  return {
    panel,
    button(label, className, variant) {
      const button = document.createElement('button');
      button.className = `wx-cloud-sheet-button wx-cloud-sheet-${variant} ${className}`;
      button.textContent = label;
      buttons.push(button);
      return button;
    },
    busy: () => buttons.forEach((button) => (button.disabled = true)),
    close: () => mask.remove(),
  };
}
