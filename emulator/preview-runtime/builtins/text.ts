import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { dataOf, hostOf } from './host';

interface TextData {
  selectable: boolean;
  userSelect: boolean;
  space: string;
  decode: boolean;
}

// Text keeps the line breaks it holds, as on a phone, and is not selectable unless it says so.
addBuiltInStyle(`
  wx-text { display: inline; white-space: pre-line; user-select: none; -webkit-user-select: none; }
  wx-text[data-selectable] { user-select: text; -webkit-user-select: text; }
  wx-text[data-space] { white-space: pre-wrap; }
`);

/** The entities `decode` turns into characters, as the platform lists them. */
const ENTITIES: Record<string, string> = {
  '&nbsp;': '\u00a0',
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&apos;': "'",
  '&ensp;': '\u2002',
  '&emsp;': '\u2003',
};

/** The character each `space` value draws a space as. */
const SPACES: Record<string, string> = { ensp: '\u2002', emsp: '\u2003', nbsp: '\u00a0' };

/** The text a `text` draws for `raw`: entities decoded when `decode`, spaces widened when `space`. */
export function textFor(raw: string, decode: boolean, space: string): string {
  let text = decode
    ? raw.replace(/&(nbsp|lt|gt|amp|apos|ensp|emsp);/g, (entity) => ENTITIES[entity] ?? entity)
    : raw;
  const spaceCharacter = SPACES[space];
  if (spaceCharacter) text = text.replace(/ /g, spaceCharacter);
  return text;
}

/** What each text node was last turned into, so the engine's own updates are told from ours. */
const DRAWN = new WeakMap<Text, string>();

function redraw(component: object, host: HTMLElement): void {
  const { decode = false, space = '' } = dataOf<TextData>(component);
  if (!decode && !SPACES[space]) return;
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text) || node.parentElement?.closest('wx-text') !== host) continue;
    if (DRAWN.get(node) === node.data) continue;
    const drawn = textFor(node.data, decode, space);
    DRAWN.set(node, drawn);
    if (drawn !== node.data) node.data = drawn;
  }
}

/** Registers `text`: `selectable` / `user-select`, `space` (ensp, emsp, nbsp) and `decode`. */
export function registerText(): void {
  registerComponent({
    id: 'text',
    tagName: 'wx-text',
    template: '<slot/>',
    properties: { selectable: Boolean, userSelect: Boolean, space: String, decode: Boolean },
    observers: {
      'selectable, userSelect, space, decode'(
        this: object,
        selectable: boolean,
        userSelect: boolean,
        space: string,
      ) {
        const host = hostOf(this);
        if (!host) return;
        host.toggleAttribute('data-selectable', selectable || userSelect);
        host.toggleAttribute('data-space', Boolean(SPACES[space]));
        redraw(this, host);
      },
    },
    lifetimes: {
      attached(this: object) {
        const host = hostOf(this);
        if (!host) return;
        const data = dataOf<TextData>(this);
        host.toggleAttribute('data-selectable', Boolean(data.selectable || data.userSelect));
        host.toggleAttribute('data-space', Boolean(SPACES[data.space ?? '']));
        redraw(this, host);
        // The engine rewrites the text when the page's data changes: draw it again each time.
        new MutationObserver(() => redraw(this, host)).observe(host, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      },
    },
  });
}
