import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { dataOf, hostOf } from './host';
import { drawNodeArray, nodesOfHtml } from './rich-text-nodes';

interface RichTextData {
  nodes: unknown;
  space: string;
}

addBuiltInStyle(`
  wx-rich-text { display: block; }
  wx-rich-text img { max-width: 100%; }
`);

/** The character each `space` value draws a space as. */
const SPACES: Record<string, string> = { ensp: '\u2002', emsp: '\u2003', nbsp: '\u00a0' };

function draw(component: object): void {
  const host = hostOf(component);
  if (!host) return;
  const { nodes, space = '' } = dataOf<RichTextData>(component);
  const spaceCharacter = SPACES[space];
  const widen = (text: string) => (spaceCharacter ? text.replace(/ /g, spaceCharacter) : text);
  let content = host.querySelector<HTMLElement>(':scope > .wx-rich-text-content');
  if (!content) {
    content = document.createElement('div');
    content.className = 'wx-rich-text-content';
    host.append(content);
  }
  content.replaceChildren(drawNodeArray(typeof nodes === 'string' ? nodesOfHtml(nodes) : nodes, widen));
}

/**
 * Registers `rich-text`: `nodes` as an HTML string or a node array, drawn with only the platform's allowed tags
 * and attributes (scripts, event handlers and unsafe sources never reach the page), and `space`.
 */
export function registerRichText(): void {
  registerComponent({
    id: 'rich-text',
    tagName: 'wx-rich-text',
    template: '<slot/>',
    properties: { nodes: { type: null, value: [] }, space: String, userSelect: Boolean },
    observers: {
      'nodes, space'(this: object) {
        draw(this);
      },
    },
    lifetimes: {
      attached(this: object) {
        draw(this);
      },
    },
  });
}
