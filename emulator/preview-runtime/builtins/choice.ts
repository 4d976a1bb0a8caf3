import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { emit, onHostTap } from './events';
import { registerFormControl } from './form-controls';
import { dataOf, hostOf } from './host';

/** A radio or checkbox as its group sees it. */
interface ChoiceItem {
  value(): string;
  checked(): boolean;
  setChecked(checked: boolean): void;
}

interface ChoiceData {
  value: string;
  checked: boolean;
  disabled: boolean;
  color: string;
  name: string;
}

/** Which built-in: `radio` (one of a group) or `checkbox` (any of a group). */
export type ChoiceKind = 'radio' | 'checkbox';

const items = new WeakMap<Element, ChoiceItem>();
let styled = false;
const groupHosts = new WeakMap<Element, object>();

const CHOICE_CSS = `
  wx-radio, wx-checkbox { display: inline-flex; align-items: center; vertical-align: middle; cursor: pointer; }
  wx-radio[data-disabled], wx-checkbox[data-disabled] { opacity: .5; cursor: default; }
  .wx-choice__icon { flex: none; display: inline-flex; align-items: center; justify-content: center;
    width: 22px; height: 22px; margin-right: 5px; box-sizing: border-box; border: 1px solid #d1d1d1;
    background: #fff; color: #fff; font-size: 15px; line-height: 1; }
  wx-radio .wx-choice__icon { border-radius: 50%; }
  wx-checkbox .wx-choice__icon { border-radius: 3px; font-size: 18px; }
  wx-radio[data-checked] .wx-choice__icon { background: var(--wx-choice-color); border-color: var(--wx-choice-color); }
  wx-checkbox[data-checked] .wx-choice__icon { color: var(--wx-choice-color); }
  [data-checked] > .wx-choice__icon::after { content: '✓'; }
  wx-radio-group, wx-checkbox-group { display: block; }
`;

function groupOf(host: Element, kind: ChoiceKind): { host: Element; component: object } | undefined {
  const groupHost = host.parentElement?.closest(`wx-${kind}-group`);
  const component = groupHost ? groupHosts.get(groupHost) : undefined;
  return groupHost && component ? { host: groupHost, component } : undefined;
}

function itemsIn(groupHost: Element, kind: ChoiceKind): ChoiceItem[] {
  return [...groupHost.querySelectorAll(`wx-${kind}`)].flatMap((element) => items.get(element) ?? []);
}

/** The group's value: a radio-group's checked value (or ''), a checkbox-group's checked values in order. */
function groupValue(groupHost: Element, kind: ChoiceKind): string | string[] {
  const checked = itemsIn(groupHost, kind).filter((item) => item.checked());
  return kind === 'radio' ? (checked[0]?.value() ?? '') : checked.map((item) => item.value());
}

/** A tap on an item: a radio becomes the group's one checked item, a checkbox flips; the group tells the page. */
function choose(host: Element, item: ChoiceItem, kind: ChoiceKind): void {
  const group = groupOf(host, kind);
  if (kind === 'radio') {
    if (item.checked()) return;
    if (group) for (const other of itemsIn(group.host, kind)) if (other !== item) other.setChecked(false);
    item.setChecked(true);
  } else item.setChecked(!item.checked());
  if (group) emit(group.component, 'change', { value: groupValue(group.host, kind) });
}

function draw(host: HTMLElement, data: Partial<ChoiceData>, checked: boolean, kind: ChoiceKind): void {
  host.toggleAttribute('data-checked', checked);
  host.toggleAttribute('data-disabled', data.disabled === true);
  host.setAttribute('role', kind);
  host.setAttribute('aria-checked', String(checked));
  host.style.setProperty('--wx-choice-color', data.color || '#09BB07');
}

/** Registers `radio` and `radio-group`, or `checkbox` and `checkbox-group`. */
export function registerChoice(kind: ChoiceKind): void {
  if (!styled) addBuiltInStyle(CHOICE_CSS);
  styled = true;
  const states = new WeakMap<object, { checked: boolean }>();
  const redraw = function (this: object) {
    const host = hostOf(this);
    const state = states.get(this);
    if (host && state) draw(host, dataOf<ChoiceData>(this), state.checked, kind);
  };
  registerComponent({
    id: kind,
    tagName: `wx-${kind}`,
    template: '<slot/>',
    properties: {
      value: String,
      checked: {
        type: Boolean,
        value: false,
        observer(this: object, checked: boolean) {
          const state = states.get(this);
          if (state) state.checked = checked;
          Reflect.apply(redraw, this, []);
        },
      },
      disabled: { type: Boolean, value: false, observer: redraw },
      color: { type: String, value: '#09BB07', observer: redraw },
    },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        const state = { checked: dataOf<ChoiceData>(this).checked === true };
        states.set(this, state);
        const icon = document.createElement('span');
        icon.className = 'wx-choice__icon';
        host.prepend(icon);
        const item: ChoiceItem = {
          value: () => String(dataOf<ChoiceData>(this).value ?? ''),
          checked: () => state.checked,
          setChecked: (checked) => {
            state.checked = checked;
            Reflect.apply(redraw, this, []);
          },
        };
        items.set(host, item);
        Reflect.apply(redraw, this, []);
        onHostTap(this, () => choose(host, item, kind));
        registerFormControl(host, {
          name: () => '',
          value: () => (state.checked ? item.value() : undefined),
          reset: () => item.setChecked(false),
          labelTap: () => {
            if (dataOf<ChoiceData>(this).disabled !== true) choose(host, item, kind);
          },
        });
      },
    },
  });
  registerComponent({
    id: `${kind}-group`,
    tagName: `wx-${kind}-group`,
    template: '<slot/>',
    properties: { name: String },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        groupHosts.set(host, this);
        registerFormControl(host, {
          name: () => String(dataOf<{ name: string }>(this).name ?? ''),
          value: () => groupValue(host, kind),
          reset: () => itemsIn(host, kind).forEach((item) => item.setChecked(false)),
        });
      },
    },
  });
}
