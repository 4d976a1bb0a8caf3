import { registerComponent } from '../engine';
import { reportFailure } from '../failures';
import { addBuiltInStyle } from './builtin-style';
import { dataOf, hostOf } from './host';
import { attachHover, HOVER_PROPERTIES } from './hover';

interface NavigatorData {
  url: string;
  openType: string;
  delta: number;
  target: string;
}

/** The `wx` routing API each `open-type` calls. */
const ROUTING: Record<string, string> = {
  navigate: 'navigateTo',
  redirect: 'redirectTo',
  switchTab: 'switchTab',
  reLaunch: 'reLaunch',
  navigateBack: 'navigateBack',
};

const NAVIGATOR_CSS = `
  wx-navigator { display: block; cursor: pointer; }
  .navigator-hover { background-color: rgba(0,0,0,.1); opacity: .7; }
`;

/** Moves the page stack as the navigator's open-type says, through the same `wx` APIs a page calls. */
function follow(data: Partial<NavigatorData>): void {
  const openType = data.openType || 'navigate';
  const api = ROUTING[openType];
  if (data.target === 'miniProgram' || !api) {
    reportFailure(
      `navigator open-type="${openType}"${data.target ? ` target="${data.target}"` : ''} is not supported by the preview`,
    );
    return;
  }
  const wx: unknown = Reflect.get(globalThis, 'wx');
  const move: unknown = wx && typeof wx === 'object' ? Reflect.get(wx, api) : undefined;
  if (typeof move !== 'function') return;
  const options = openType === 'navigateBack' ? { delta: data.delta ?? 1 } : { url: data.url ?? '' };
  const moved: unknown = Reflect.apply(move, wx, [options]);
  if (moved instanceof Promise)
    moved.catch((failure: unknown) =>
      reportFailure(
        `navigator ${api}: ${failure && typeof failure === 'object' ? String(Reflect.get(failure, 'errMsg')) : String(failure)}`,
      ),
    );
}

/** Registers `navigator`: a tap opens `url` (navigate/redirect/switchTab/reLaunch) or goes back `delta` pages. */
export function registerNavigator(): void {
  addBuiltInStyle(NAVIGATOR_CSS);
  registerComponent({
    id: 'navigator',
    tagName: 'wx-navigator',
    template: '<slot/>',
    properties: {
      ...HOVER_PROPERTIES,
      hoverClass: { type: String, value: 'navigator-hover' },
      hoverStayTime: { type: Number, value: 600 },
      url: String,
      openType: { type: String, value: 'navigate' },
      delta: { type: Number, value: 1 },
      target: { type: String, value: 'self' },
    },
    lifetimes: {
      attached(this: object) {
        attachHover(this);
        hostOf(this)?.addEventListener('click', () => follow(dataOf<NavigatorData>(this)));
      },
    },
  });
}
