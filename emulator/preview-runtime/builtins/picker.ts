import { registerComponent } from '../engine';
import { emit, onHostTap } from './events';
import { registerFormControl } from './form-controls';
import { dataOf, hostOf } from './host';
import { pickerModel, type PickerAttributes, type PickerModel } from './picker-models';
import { openPickerSheet, type PickerSheet } from './picker-sheet';

interface PickerData extends PickerAttributes {
  disabled: boolean;
  headerText: string;
  name: string;
}

interface OpenPicker {
  state: { model: PickerModel };
  sheet: PickerSheet;
}

const open = new WeakMap<object, OpenPicker>();

function attributesOf(component: object): PickerAttributes {
  const data = dataOf<PickerData>(component);
  return {
    mode: data.mode ?? 'selector',
    range: Array.isArray(data.range) ? data.range : [],
    rangeKey: data.rangeKey ?? '',
    value: data.value,
    start: data.start ?? '',
    end: data.end ?? '',
    fields: data.fields ?? 'day',
  };
}

/** Opens the sheet; 确定 answers bindchange `{ value }`, 取消 or the mask bindcancel. */
function openSheet(component: object): void {
  if (open.has(component)) return;
  const state = { model: pickerModel(attributesOf(component)) };
  const multi = attributesOf(component).mode === 'multiSelector';
  const sheet = openPickerSheet(() => state.model, dataOf<PickerData>(component).headerText ?? '', {
    columnChange(column, row) {
      if (multi) emit(component, 'columnchange', { column, value: row });
    },
    confirm() {
      open.delete(component);
      emit(component, 'change', { value: state.model.value() });
    },
    cancel() {
      open.delete(component);
      emit(component, 'cancel', {});
    },
  });
  open.set(component, { state, sheet });
}

/** A multiSelector's range the page changed while open (after a columnchange): the sheet redraws it. */
function rangeChanged(this: object): void {
  const current = open.get(this);
  if (!current) return;
  const selected = current.state.model.selected();
  current.state.model = pickerModel({ ...attributesOf(this), value: selected });
  current.sheet.redraw();
}

/** Registers `picker` (selector, multiSelector, time, date): a tap opens its bottom sheet. */
export function registerPicker(): void {
  registerComponent({
    id: 'picker',
    tagName: 'wx-picker',
    template: '<slot/>',
    properties: {
      mode: { type: String, value: 'selector' },
      range: { type: Array, value: [], observer: rangeChanged },
      rangeKey: String,
      value: { type: null, value: 0 },
      start: String,
      end: String,
      fields: { type: String, value: 'day' },
      disabled: Boolean,
      headerText: String,
      name: String,
    },
    lifetimes: {
      attached(this: object) {
        onHostTap(this, () => openSheet(this));
        const host = hostOf(this);
        if (host)
          registerFormControl(host, {
            name: () => dataOf<PickerData>(this).name ?? '',
            value: () => pickerModel(attributesOf(this)).value(),
            reset: () => undefined,
          });
      },
      detached(this: object) {
        open.get(this)?.sheet.close();
        open.delete(this);
      },
    },
  });
}
