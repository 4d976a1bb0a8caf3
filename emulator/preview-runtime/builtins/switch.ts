import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { emit, onHostTap } from './events';
import { registerFormControl } from './form-controls';
import { dataOf, hostOf } from './host';

interface SwitchData {
  checked: boolean;
  disabled: boolean;
  type: string;
  color: string;
  name: string;
}

const SWITCH_CSS = `
  wx-switch { display: inline-block; vertical-align: middle; cursor: pointer; }
  wx-switch[data-disabled] { opacity: .5; cursor: default; }
  wx-switch .wx-switch__track { position: relative; display: block; width: 52px; height: 32px;
    border-radius: 16px; background: #dfdfdf; box-sizing: border-box; transition: background .3s; }
  wx-switch .wx-switch__track::after { content: ''; position: absolute; top: 2px; left: 2px; width: 28px;
    height: 28px; border-radius: 14px; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.4); transition: transform .3s; }
  wx-switch[data-checked] .wx-switch__track { background: var(--wx-switch-color); }
  wx-switch[data-checked] .wx-switch__track::after { transform: translateX(20px); }
  wx-switch .wx-switch__box { display: block; width: 22px; height: 22px; border: 1px solid #d1d1d1;
    border-radius: 3px; box-sizing: border-box; text-align: center; line-height: 20px; color: var(--wx-switch-color); }
  wx-switch[data-checked] .wx-switch__box::after { content: '✓'; font-size: 18px; }
`;

const states = new WeakMap<object, { checked: boolean }>();

function draw(component: object): void {
  const host = hostOf(component);
  const state = states.get(component);
  if (!host || !state) return;
  const data = dataOf<SwitchData>(component);
  host.toggleAttribute('data-checked', state.checked);
  host.toggleAttribute('data-disabled', data.disabled === true);
  host.setAttribute('role', 'switch');
  host.setAttribute('aria-checked', String(state.checked));
  host.style.setProperty('--wx-switch-color', data.color || '#04BE02');
  const part = data.type === 'checkbox' ? 'wx-switch__box' : 'wx-switch__track';
  if (host.firstElementChild?.className !== part) {
    const drawn = document.createElement('span');
    drawn.className = part;
    host.replaceChildren(drawn);
  }
}

/** Registers `switch` (a toggle, or a check box with type="checkbox"): a tap flips it, bindchange `{ value }`. */
export function registerSwitch(): void {
  addBuiltInStyle(SWITCH_CSS);
  const toggle = (component: object) => {
    const state = states.get(component);
    if (!state) return;
    state.checked = !state.checked;
    draw(component);
    emit(component, 'change', { value: state.checked });
  };
  registerComponent({
    id: 'switch',
    tagName: 'wx-switch',
    template: '<slot/>',
    properties: {
      checked: {
        type: Boolean,
        value: false,
        observer(this: object, checked: boolean) {
          const state = states.get(this);
          if (state) state.checked = checked;
          draw(this);
        },
      },
      disabled: {
        type: Boolean,
        value: false,
        observer: function (this: object) {
          draw(this);
        },
      },
      type: {
        type: String,
        value: 'switch',
        observer: function (this: object) {
          draw(this);
        },
      },
      color: {
        type: String,
        value: '#04BE02',
        observer: function (this: object) {
          draw(this);
        },
      },
      name: String,
    },
    lifetimes: {
      attached(this: object) {
        const state = { checked: dataOf<SwitchData>(this).checked === true };
        states.set(this, state);
        draw(this);
        onHostTap(this, () => toggle(this));
        const host = hostOf(this);
        if (host)
          registerFormControl(host, {
            name: () => dataOf<SwitchData>(this).name ?? '',
            value: () => state.checked,
            reset: () => {
              state.checked = false;
              draw(this);
            },
            labelTap: () => {
              if (dataOf<SwitchData>(this).disabled !== true) toggle(this);
            },
          });
      },
    },
  });
}
