import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { emit, emitForAnswer } from './events';
import { registerFormControl } from './form-controls';
import { dataOf, hostOf } from './host';
import { clip, filterForType, inputModeFor } from './input-filter';

interface InputData {
  value: string;
  type: string;
  password: boolean;
  placeholder: string;
  placeholderStyle: string;
  disabled: boolean;
  maxlength: number;
  focus: boolean;
  autoFocus: boolean;
  confirmType: string;
  confirmHold: boolean;
  name: string;
}

const fields = new WeakMap<object, HTMLInputElement>();

const INPUT_CSS = `
  wx-input { display: block; height: 1.4em; line-height: 1.4em; overflow: hidden; text-overflow: clip; }
  wx-input .wx-input__field { display: block; width: 100%; height: 100%; border: 0; outline: 0; padding: 0;
    margin: 0; background: transparent; font: inherit; color: inherit; text-align: inherit; }
  wx-input .wx-input__field:disabled { color: inherit; opacity: .6; -webkit-text-fill-color: currentColor; }
  wx-input .wx-input__field::placeholder { color: #808080; }
`;

/** Draws the data the page gave onto the native field. */
function drawField(field: HTMLInputElement, data: Partial<InputData>): void {
  const type = data.type ?? 'text';
  field.type = data.password || type === 'safe-password' ? 'password' : 'text';
  field.inputMode = inputModeFor(type);
  field.placeholder = data.placeholder ?? '';
  field.disabled = data.disabled === true;
  field.enterKeyHint = data.confirmType ?? 'done';
  if (data.placeholderStyle) field.dataset.placeholderStyle = data.placeholderStyle;
  const value = clip(String(data.value ?? ''), data.maxlength ?? 140);
  if (field.value !== value) field.value = value;
}

/** Wires the native field's typing, focus, blur and Enter to the platform's events. */
function wireField(component: object, field: HTMLInputElement): void {
  const data = () => dataOf<InputData>(component);
  field.addEventListener('input', (event) => {
    const typed = clip(filterForType(data().type ?? 'text', field.value), data().maxlength ?? 140);
    if (typed !== field.value) field.value = typed;
    const inputEvent = event instanceof InputEvent ? event : undefined;
    const keyCode = inputEvent?.data ? inputEvent.data.charCodeAt(inputEvent.data.length - 1) : 8;
    const cursor = field.selectionStart ?? typed.length;
    const answer = emitForAnswer(component, 'input', { value: typed, cursor, keyCode });
    const replaced = typeof answer === 'string' ? answer : undefined;
    if (replaced !== undefined && replaced !== field.value)
      field.value = clip(replaced, data().maxlength ?? 140);
  });
  field.addEventListener('focus', () => emit(component, 'focus', { value: field.value, height: 0 }));
  field.addEventListener('blur', () =>
    emit(component, 'blur', { value: field.value, cursor: field.value.length }),
  );
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    emit(component, 'confirm', { value: field.value });
    if (!data().confirmHold) field.blur();
  });
}

/** Registers `input`: a native text field with the platform's types, maxlength and events. */
export function registerInput(): void {
  addBuiltInStyle(INPUT_CSS);
  const redraw = function (this: object) {
    const field = fields.get(this);
    if (field) drawField(field, dataOf<InputData>(this));
  };
  registerComponent({
    id: 'input',
    tagName: 'wx-input',
    template: '<slot/>',
    properties: {
      value: { type: String, value: '', observer: redraw },
      type: { type: String, value: 'text', observer: redraw },
      password: { type: Boolean, value: false, observer: redraw },
      placeholder: { type: String, value: '', observer: redraw },
      placeholderStyle: String,
      placeholderClass: String,
      disabled: { type: Boolean, value: false, observer: redraw },
      maxlength: { type: Number, value: 140, observer: redraw },
      cursor: Number,
      focus: {
        type: Boolean,
        value: false,
        observer(this: object, focused: boolean) {
          if (focused) fields.get(this)?.focus();
        },
      },
      autoFocus: Boolean,
      confirmType: { type: String, value: 'done', observer: redraw },
      confirmHold: Boolean,
      name: String,
    },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        const field = document.createElement('input');
        field.className = 'wx-input__field';
        fields.set(this, field);
        drawField(field, dataOf<InputData>(this));
        wireField(this, field);
        host.append(field);
        registerFormControl(host, {
          name: () => dataOf<InputData>(this).name ?? '',
          value: () => field.value,
          reset: () => {
            field.value = '';
          },
          labelTap: () => field.focus(),
        });
        const data = dataOf<InputData>(this);
        if (data.focus || data.autoFocus) field.focus();
      },
    },
  });
}
