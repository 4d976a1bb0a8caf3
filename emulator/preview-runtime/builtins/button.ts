import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { BUTTON_CSS } from './button-style';
import { runOpenType } from './button-open-types';
import { formAround } from './form';
import { dataOf, hostOf } from './host';
import { attachHover, HOVER_PROPERTIES } from './hover';

interface ButtonData {
  type: string;
  size: string;
  plain: boolean;
  disabled: boolean;
  loading: boolean;
  formType: string;
  openType: string;
}

function draw(component: object): void {
  const host = hostOf(component);
  if (!host) return;
  const data = dataOf<ButtonData>(component);
  host.dataset.type = data.type || 'default';
  host.dataset.size = data.size || 'default';
  host.toggleAttribute('data-plain', data.plain === true);
  host.toggleAttribute('data-disabled', data.disabled === true);
  host.setAttribute('role', 'button');
  host.setAttribute('aria-disabled', String(data.disabled === true));
  const spinner = host.querySelector(':scope > .wx-button__loading');
  if (data.loading && !spinner) {
    const drawn = document.createElement('span');
    drawn.className = 'wx-button__loading';
    host.prepend(drawn);
  } else if (!data.loading) spinner?.remove();
}

/** The `id` and `dataset` of the button, as the platform passes them (share's `target`). */
function targetOf(component: object): { id: string; dataset: Record<string, unknown> } {
  const node: unknown = Reflect.get(component, '_exparserNode');
  const id: unknown = node && typeof node === 'object' ? Reflect.get(node, 'id') : '';
  const dataset: unknown = node && typeof node === 'object' ? Reflect.get(node, 'dataset') : {};
  return { id: String(id ?? ''), dataset: dataset && typeof dataset === 'object' ? { ...dataset } : {} };
}

/** Registers `button`: type/size/plain/disabled/loading, hover-class, form-type submit/reset and open-types. */
export function registerButton(): void {
  addBuiltInStyle(BUTTON_CSS);
  const redraw = function (this: object) {
    draw(this);
  };
  registerComponent({
    id: 'button',
    tagName: 'wx-button',
    template: '<slot/>',
    properties: {
      ...HOVER_PROPERTIES,
      hoverClass: { type: String, value: 'button-hover' },
      hoverStartTime: { type: Number, value: 20 },
      hoverStayTime: { type: Number, value: 70 },
      type: { type: String, value: 'default', observer: redraw },
      size: { type: String, value: 'default', observer: redraw },
      plain: { type: Boolean, value: false, observer: redraw },
      disabled: { type: Boolean, value: false, observer: redraw },
      loading: { type: Boolean, value: false, observer: redraw },
      formType: String,
      openType: String,
      sessionFrom: String,
      phoneNumberNoQuotaToast: Boolean,
    },
    lifetimes: {
      attached(this: object) {
        draw(this);
        attachHover(this);
        const host = hostOf(this);
        host?.addEventListener('click', () => {
          const data = dataOf<ButtonData>(this);
          if (data.disabled) return;
          if (data.formType === 'submit') formAround(host)?.submit();
          if (data.formType === 'reset') formAround(host)?.reset();
          if (data.openType) runOpenType(this, data.openType, targetOf(this));
        });
      },
    },
  });
}
