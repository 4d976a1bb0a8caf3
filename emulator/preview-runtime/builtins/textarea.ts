import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { emit, emitForAnswer } from './events';
import { registerFormControl } from './form-controls';
import { dataOf, hostOf } from './host';
import { clip } from './input-filter';

interface TextareaData {
  value: string;
  placeholder: string;
  disabled: boolean;
  maxlength: number;
  autoHeight: boolean;
  focus: boolean;
  name: string;
}

const TEXTAREA_CSS = `
  wx-textarea { display: block; width: 300px; height: 150px; }
  wx-textarea[data-auto-height] { height: auto; }
  wx-textarea .wx-textarea__field { display: block; width: 100%; height: 100%; border: 0; outline: 0; padding: 0;
    margin: 0; resize: none; background: transparent; font: inherit; color: inherit; line-height: inherit;
    box-sizing: border-box; overflow: auto; }
  wx-textarea[data-auto-height] .wx-textarea__field { overflow: hidden; }
  wx-textarea .wx-textarea__field::placeholder { color: #808080; }
`;

const fields = new WeakMap<object, HTMLTextAreaElement>();
const lineCounts = new WeakMap<HTMLTextAreaElement, number>();

/** Lines the text takes at the field's width, from its scroll height and line height. */
function measureLines(field: HTMLTextAreaElement): { lineCount: number; height: number; lineHeight: number } {
  const lineHeight =
    parseFloat(getComputedStyle(field).lineHeight) || parseFloat(getComputedStyle(field).fontSize) * 1.2;
  const previous = field.style.height;
  field.style.height = '0';
  const height = field.scrollHeight;
  field.style.height = previous;
  return { lineCount: Math.max(1, Math.round(height / lineHeight)), height, lineHeight };
}

/** Grows an auto-height field to its text, and sends bindlinechange when the line count changes. */
function fit(component: object, field: HTMLTextAreaElement): void {
  const data = dataOf<TextareaData>(component);
  const { lineCount, height, lineHeight } = measureLines(field);
  if (data.autoHeight) field.style.height = `${Math.max(height, lineHeight)}px`;
  const before = lineCounts.get(field);
  lineCounts.set(field, lineCount);
  if (before !== undefined && before !== lineCount)
    emit(component, 'linechange', {
      height: Math.max(height, lineHeight),
      heightRpx: Math.round((height * 750) / 375),
      lineCount,
    });
}

function draw(component: object): void {
  const field = fields.get(component);
  const host = hostOf(component);
  if (!field || !host) return;
  const data = dataOf<TextareaData>(component);
  host.toggleAttribute('data-auto-height', data.autoHeight === true);
  field.placeholder = data.placeholder ?? '';
  field.disabled = data.disabled === true;
  const value = clip(String(data.value ?? ''), data.maxlength ?? 140);
  if (field.value !== value) field.value = value;
  fit(component, field);
}

/** Registers `textarea`: multi-line text with maxlength, auto-height, bindinput/bindlinechange and the rest. */
export function registerTextarea(): void {
  addBuiltInStyle(TEXTAREA_CSS);
  const redraw = function (this: object) {
    draw(this);
  };
  registerComponent({
    id: 'textarea',
    tagName: 'wx-textarea',
    template: '<slot/>',
    properties: {
      value: { type: String, value: '', observer: redraw },
      placeholder: { type: String, value: '', observer: redraw },
      placeholderStyle: String,
      disabled: { type: Boolean, value: false, observer: redraw },
      maxlength: { type: Number, value: 140, observer: redraw },
      autoHeight: { type: Boolean, value: false, observer: redraw },
      focus: {
        type: Boolean,
        value: false,
        observer(this: object, focused: boolean) {
          if (focused) fields.get(this)?.focus();
        },
      },
      name: String,
    },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        const field = document.createElement('textarea');
        field.className = 'wx-textarea__field';
        fields.set(this, field);
        host.append(field);
        draw(this);
        field.addEventListener('input', () => {
          const maxlength = dataOf<TextareaData>(this).maxlength ?? 140;
          if (clip(field.value, maxlength) !== field.value) field.value = clip(field.value, maxlength);
          const answer = emitForAnswer(this, 'input', {
            value: field.value,
            cursor: field.selectionStart ?? 0,
            keyCode: 0,
          });
          if (typeof answer === 'string') field.value = clip(answer, maxlength);
          fit(this, field);
        });
        field.addEventListener('focus', () => emit(this, 'focus', { value: field.value, height: 0 }));
        field.addEventListener('blur', () =>
          emit(this, 'blur', { value: field.value, cursor: field.value.length }),
        );
        registerFormControl(host, {
          name: () => dataOf<TextareaData>(this).name ?? '',
          value: () => field.value,
          reset: () => {
            field.value = '';
            fit(this, field);
          },
          labelTap: () => field.focus(),
        });
        if (dataOf<TextareaData>(this).focus) field.focus();
      },
    },
  });
}
