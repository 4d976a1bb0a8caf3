import { addBuiltInStyle } from './builtin-style';
import type { PickerModel } from './picker-models';

/** Pixels per row of a picker column (the platform's 34 px rows). */
const ROW_HEIGHT = 34;

const SHEET_CSS = `
  .wx-picker-mask { position: absolute; inset: 0; background: rgba(0,0,0,.6); z-index: 20; }
  .wx-picker { position: absolute; left: 0; right: 0; bottom: 0; z-index: 21; background: #fff;
    border-radius: 12px 12px 0 0; font-family: -apple-system, 'PingFang SC', 'Helvetica Neue', sans-serif; }
  .wx-picker__header { display: flex; align-items: center; justify-content: space-between; height: 56px;
    padding: 0 16px; }
  .wx-picker__title { flex: 1; text-align: center; font-size: 17px; font-weight: 500; color: rgba(0,0,0,.9); }
  .wx-picker__action { border: 0; background: none; font-size: 17px; padding: 8px 4px; cursor: pointer;
    color: rgba(0,0,0,.9); }
  .wx-picker__action--confirm { color: #fff; background: #07c160; border-radius: 4px; padding: 6px 16px;
    font-size: 15px; font-weight: 500; }
  .wx-picker__columns { position: relative; display: flex; height: ${ROW_HEIGHT * 7}px; margin-bottom: 24px; }
  .wx-picker__band { position: absolute; left: 16px; right: 16px; top: ${ROW_HEIGHT * 3}px; height: ${ROW_HEIGHT}px;
    background: rgba(0,0,0,.05); border-radius: 8px; pointer-events: none; }
  .wx-picker__column { flex: 1; overflow: hidden;
    padding: ${ROW_HEIGHT * 3}px 0; box-sizing: border-box; }
  .wx-picker__item { height: ${ROW_HEIGHT}px; line-height: ${ROW_HEIGHT}px; text-align: center; font-size: 17px;
    color: rgba(0,0,0,.5); cursor: pointer; white-space: nowrap; overflow: hidden;
    text-overflow: ellipsis; padding: 0 4px; }
  .wx-picker__item--selected { color: rgba(0,0,0,.9); font-weight: 500; }
`;

let styled = false;

/** What an open sheet reports back to its picker. */
export interface PickerSheetEvents {
  /** A column moved to a row (multiSelector's bindcolumnchange). */
  columnChange(column: number, row: number): void;
  confirm(): void;
  cancel(): void;
}

/** An open picker sheet: redraw it when the model's columns change, close it when done. */
export interface PickerSheet {
  redraw(): void;
  close(): void;
}

function drawColumns(
  columns: HTMLElement,
  current: () => PickerModel,
  events: PickerSheetEvents,
  redraw: () => void,
): void {
  const model = current();
  const scrolls = [...columns.querySelectorAll<HTMLElement>('.wx-picker__column')].map(
    (column) => column.scrollTop,
  );
  columns.replaceChildren();
  const band = document.createElement('div');
  band.className = 'wx-picker__band';
  columns.append(band);
  const selected = model.selected();
  model.columns().forEach((labels, columnIndex) => {
    const column = document.createElement('div');
    column.className = 'wx-picker__column';
    column.dataset.column = String(columnIndex);
    labels.forEach((label, row) => {
      const item = document.createElement('div');
      item.className = 'wx-picker__item';
      if (row === selected[columnIndex]) item.classList.add('wx-picker__item--selected');
      item.textContent = label;
      item.addEventListener('click', () => {
        if (current().selected()[columnIndex] === row) return;
        current().select(columnIndex, row);
        events.columnChange(columnIndex, row);
        redraw();
      });
      column.append(item);
    });
    // A turn of the mouse wheel moves the column one row, as a flick of the wheel does on a phone.
    column.addEventListener('wheel', (event) => {
      event.preventDefault();
      const row = (current().selected()[columnIndex] ?? 0) + Math.sign(event.deltaY);
      if (row < 0 || row >= labels.length) return;
      current().select(columnIndex, row);
      events.columnChange(columnIndex, row);
      redraw();
    });
    columns.append(column);
    column.scrollTop = scrolls[columnIndex] ?? 0;
    const target = (selected[columnIndex] ?? 0) * ROW_HEIGHT;
    if (Math.abs(column.scrollTop - target) > 1) column.scrollTo({ top: target, behavior: 'smooth' });
  });
}

/**
 * Opens the bottom sheet of a picker in the phone frame: a header with 取消/确定 and the columns of the model
 * `current()` answers (a multiSelector's model is replaced when the page changes its range).
 */
export function openPickerSheet(
  current: () => PickerModel,
  title: string,
  events: PickerSheetEvents,
): PickerSheet {
  if (!styled) addBuiltInStyle(SHEET_CSS);
  styled = true;
  const frame = document.getElementById('phone') ?? document.body;
  const mask = document.createElement('div');
  mask.className = 'wx-picker-mask';
  const sheet = document.createElement('div');
  sheet.className = 'wx-picker';
  sheet.setAttribute('role', 'dialog');
  const header = document.createElement('div');
  header.className = 'wx-picker__header';
  const action = (label: string, modifier: string, run: () => void) => {
    const button = document.createElement('button');
    button.className = `wx-picker__action wx-picker__action--${modifier}`;
    button.textContent = label;
    button.addEventListener('click', run);
    return button;
  };
  const heading = document.createElement('div');
  heading.className = 'wx-picker__title';
  heading.textContent = title;
  const close = () => {
    mask.remove();
    sheet.remove();
  };
  header.append(
    action('取消', 'cancel', () => (close(), events.cancel())),
    heading,
    action('确定', 'confirm', () => (close(), events.confirm())),
  );
  const columns = document.createElement('div');
  columns.className = 'wx-picker__columns';
  sheet.append(header, columns);
  mask.addEventListener('click', () => (close(), events.cancel()));
  frame.append(mask, sheet);
  const redraw = () => drawColumns(columns, current, events, redraw);
  redraw();
  return { redraw, close };
}
