import { addRuntimeStyle } from '../runtime-style';

/** A platform failure as `fail` receives it: `errMsg` "api:fail reason", and the platform's errno when it has one. */
export interface WxFailure {
  errMsg: string;
  errno?: number;
}

/** The failure `api` answers for `reason` (e.g. `wxFailure('showActionSheet', 'cancel')`). */
export function wxFailure(api: string, reason: string, errno?: number): WxFailure {
  return { errMsg: `${api}:fail ${reason}`, ...(errno !== undefined && { errno }) };
}

/** True for a value a sheet API rejected with. */
export function isWxFailure(value: unknown): value is WxFailure {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'errMsg') === 'string';
}

const styled = new Set<string>();

/** Adds a sheet's CSS to the document the first time that sheet is drawn. */
export function styleOnce(key: string, css: string): void {
  if (styled.has(key)) return;
  styled.add(key);
  addRuntimeStyle(css);
}

/** Creates an element with a class and, optionally, its text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

/** A layer drawn over the whole phone frame (navigation bar included); `close()` removes it. */
export interface Layer {
  root: HTMLElement;
  close(): void;
}

/** How a layer covers the page: a dimmed mask that blocks taps, a clear one that blocks them, or none. */
export type MaskKind = 'dim' | 'clear' | 'none';

styleOnce(
  'layer',
  `.wx-layer { position: absolute; inset: 0; z-index: 30; display: flex; flex-direction: column;
    font-family: -apple-system, BlinkMacSystemFont, 'PingFang SC', 'Helvetica Neue', sans-serif; }
  .wx-layer[data-mask='dim'] { background: rgba(0, 0, 0, .6); }
  .wx-layer[data-mask='none'] { pointer-events: none; }
  .wx-layer[data-mask='none'] > * { pointer-events: auto; }
  .wx-bottom-sheet { margin-top: auto; background: #fff; border-radius: 12px 12px 0 0; max-height: 80%;
    display: flex; flex-direction: column; overflow: hidden; }
  .wx-sheet-header { flex: none; display: flex; align-items: center; height: 56px; padding: 0 16px;
    font-size: 17px; font-weight: 600; color: rgba(0, 0, 0, .9); border-bottom: 0.5px solid rgba(0, 0, 0, .1); }
  .wx-sheet-header .wx-sheet-title { flex: 1; text-align: center; }
  .wx-sheet-header button { border: 0; background: none; font-size: 16px; padding: 6px 4px; cursor: pointer;
    color: rgba(0, 0, 0, .9); font-family: inherit; }
  .wx-sheet-header button.wx-sheet-done { color: #fff; background: #07c160; border-radius: 5px; padding: 6px 12px; }
  .wx-sheet-header button.wx-sheet-done:disabled { background: rgba(0, 0, 0, .05); color: rgba(0, 0, 0, .3); }
  .wx-sheet-body { flex: 1; overflow-y: auto; }
  .wx-sheet-row { display: flex; align-items: center; gap: 12px; padding: 14px 16px; cursor: pointer;
    border-bottom: 0.5px solid rgba(0, 0, 0, .08); font-size: 16px; color: rgba(0, 0, 0, .9); }
  .wx-sheet-row:active { background: #ececec; }
  .wx-sheet-row small { display: block; font-size: 13px; color: rgba(0, 0, 0, .5); margin-top: 3px; }
  .wx-sheet-row .wx-sheet-main { flex: 1; }
  .wx-sheet-row[aria-selected='true']::after { content: '✓'; color: #07c160; font-weight: 700; }
  .wx-sheet-group { padding: 8px 16px; font-size: 13px; color: rgba(0, 0, 0, .5); background: #f7f7f7; }
  .wx-primary-button { display: block; width: 184px; margin: 16px auto; height: 40px; border: 0;
    border-radius: 5px; background: #07c160; color: #fff; font-size: 17px; font-weight: 600; cursor: pointer;
    font-family: inherit; }
  .wx-default-button { display: block; width: 184px; margin: 16px auto; height: 40px; border: 0;
    border-radius: 5px; background: #f2f2f2; color: #06ae56; font-size: 17px; font-weight: 600; cursor: pointer;
    font-family: inherit; }`,
);

/** Opens a layer of `kind` (its `data-sheet`, for tests and CSS) over the phone frame. */
export function openLayer(frame: HTMLElement, kind: string, mask: MaskKind = 'dim'): Layer {
  const root = element('div', 'wx-layer');
  root.dataset.sheet = kind;
  root.dataset.mask = mask;
  frame.append(root);
  return { root, close: () => root.remove() };
}

/** A bottom sheet with a header (cancel on the left, an optional done button on the right) and a body. */
export interface BottomSheet {
  layer: Layer;
  body: HTMLElement;
  cancel: HTMLButtonElement;
  done?: HTMLButtonElement;
}

/** Draws a bottom sheet titled `title`; `doneText` adds a green done button to the header. */
export function openBottomSheet(
  frame: HTMLElement,
  kind: string,
  title: string,
  doneText?: string,
): BottomSheet {
  const layer = openLayer(frame, kind);
  const sheet = element('div', 'wx-bottom-sheet');
  const header = element('div', 'wx-sheet-header');
  const cancel = element('button', 'wx-sheet-cancel', '取消');
  cancel.type = 'button';
  header.append(cancel, element('span', 'wx-sheet-title', title));
  let done: HTMLButtonElement | undefined;
  if (doneText !== undefined) {
    done = element('button', 'wx-sheet-done', doneText);
    done.type = 'button';
    header.append(done);
  } else {
    // Keeps the title centred when there is no done button.
    header.append(element('span', 'wx-sheet-spacer', '\u2003\u2003'));
  }
  const body = element('div', 'wx-sheet-body');
  sheet.append(header, body);
  layer.root.append(sheet);
  return { layer, body, cancel, ...(done && { done }) };
}
