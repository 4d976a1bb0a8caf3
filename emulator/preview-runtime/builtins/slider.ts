import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { emit } from './events';
import { registerFormControl } from './form-controls';
import { dataOf, hostOf } from './host';

interface SliderData {
  min: number;
  max: number;
  step: number;
  value: number;
  disabled: boolean;
  activeColor: string;
  backgroundColor: string;
  blockColor: string;
  showValue: boolean;
  name: string;
}

const SLIDER_CSS = `
  wx-slider { display: flex; align-items: center; margin: 10px 18px; }
  wx-slider .wx-slider__track { flex: 1; margin: 0; height: 28px; accent-color: var(--wx-slider-active); cursor: pointer; }
  wx-slider[data-disabled] { opacity: .5; }
  wx-slider .wx-slider__value { width: 3em; margin-left: 14px; text-align: left; color: #888; font-size: 14px; }
`;

const parts = new WeakMap<object, { track: HTMLInputElement; shown: HTMLElement }>();

function draw(component: object): void {
  const host = hostOf(component);
  const drawn = parts.get(component);
  if (!host || !drawn) return;
  const data = dataOf<SliderData>(component);
  Object.assign(drawn.track, {
    min: String(data.min ?? 0),
    max: String(data.max ?? 100),
    step: String(data.step ?? 1),
    disabled: data.disabled === true,
  });
  drawn.track.value = String(data.value ?? 0);
  drawn.shown.hidden = data.showValue !== true;
  drawn.shown.textContent = drawn.track.value;
  host.toggleAttribute('data-disabled', data.disabled === true);
  host.style.setProperty('--wx-slider-active', data.activeColor || '#1aad19');
}

/** Registers `slider`: dragging sends bindchanging `{ value }`, letting go sends bindchange `{ value }`. */
export function registerSlider(): void {
  addBuiltInStyle(SLIDER_CSS);
  const redraw = function (this: object) {
    draw(this);
  };
  registerComponent({
    id: 'slider',
    tagName: 'wx-slider',
    template: '<slot/>',
    properties: {
      min: { type: Number, value: 0, observer: redraw },
      max: { type: Number, value: 100, observer: redraw },
      step: { type: Number, value: 1, observer: redraw },
      value: { type: Number, value: 0, observer: redraw },
      disabled: { type: Boolean, value: false, observer: redraw },
      activeColor: { type: String, value: '#1aad19', observer: redraw },
      backgroundColor: String,
      blockColor: String,
      blockSize: Number,
      showValue: { type: Boolean, value: false, observer: redraw },
      name: String,
    },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        const track = document.createElement('input');
        track.type = 'range';
        track.className = 'wx-slider__track';
        const shown = document.createElement('span');
        shown.className = 'wx-slider__value';
        host.append(track, shown);
        parts.set(this, { track, shown });
        draw(this);
        track.addEventListener('input', () => {
          shown.textContent = track.value;
          emit(this, 'changing', { value: Number(track.value) });
        });
        track.addEventListener('change', () => emit(this, 'change', { value: Number(track.value) }));
        registerFormControl(host, {
          name: () => dataOf<SliderData>(this).name ?? '',
          value: () => Number(track.value),
          reset: () => {
            track.value = String(dataOf<SliderData>(this).min ?? 0);
            shown.textContent = track.value;
          },
        });
      },
    },
  });
}
