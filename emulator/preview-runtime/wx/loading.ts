import { answer, type Callbacks } from './callbacks';
import { element, openLayer, styleOnce, type Layer } from './sheet-layer';

styleOnce(
  'loading',
  `.wx-layer[data-sheet='loading'] { z-index: 25; }
  .wx-loading { margin: auto; min-width: 120px; max-width: 160px; min-height: 120px; box-sizing: border-box;
    padding: 24px 12px 16px; border-radius: 5px; background: rgba(76, 76, 76, .9); color: #fff; font-size: 14px;
    text-align: center; display: flex; flex-direction: column; align-items: center; gap: 14px; }
  .wx-loading-spinner { width: 36px; height: 36px; border-radius: 50%; border: 3px solid rgba(255, 255, 255, .25);
    border-top-color: #fff; animation: wx-loading-turn 0.8s linear infinite; }
  @keyframes wx-loading-turn { to { transform: rotate(360deg); } }`,
);

/** `showLoading`/`hideLoading`: one loading box at a time; `mask: true` lays a clear mask that blocks taps. */
export function loadingApis(frame: HTMLElement) {
  let current: Layer | undefined;
  const hide = () => {
    current?.close();
    current = undefined;
  };
  return {
    showLoading: (options: Callbacks & { title?: string; mask?: boolean } = {}) => {
      hide();
      const layer = openLayer(frame, 'loading', options.mask ? 'clear' : 'none');
      const box = element('div', 'wx-loading');
      box.setAttribute('role', 'status');
      box.append(
        element('div', 'wx-loading-spinner'),
        element('div', 'wx-loading-title', options.title ?? ''),
      );
      layer.root.append(box);
      current = layer;
      return answer(options, Promise.resolve({ errMsg: 'showLoading:ok' }));
    },
    hideLoading: (options: Callbacks = {}) => {
      hide();
      return answer(options, Promise.resolve({ errMsg: 'hideLoading:ok' }));
    },
  };
}
