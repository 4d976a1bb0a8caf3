import { ALLOWED_TAGS, DROPPED_TAGS, keepsAttribute } from './rich-text-allowed';

/** A rich-text node as a page gives it in an array: an element or a text. */
export type RichTextNode =
  | { type?: 'node'; name: string; attrs?: Record<string, unknown>; children?: RichTextNode[] }
  | { type: 'text'; text: string };

/** What a node of the page's `nodes` looks like before it is trusted. */
function isTextNode(node: object): node is { type: 'text'; text: string } {
  return Reflect.get(node, 'type') === 'text';
}

/** Draws a page's node array as safe DOM: allowed tags with their allowed attributes; text as text. */
export function drawNodeArray(nodes: unknown, space: (text: string) => string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (!Array.isArray(nodes)) return fragment;
  for (const node of nodes as unknown[]) {
    if (!node || typeof node !== 'object') continue;
    if (isTextNode(node)) {
      fragment.append(document.createTextNode(space(String(node.text ?? ''))));
      continue;
    }
    const name = String(Reflect.get(node, 'name') ?? '').toLowerCase();
    const children: unknown = Reflect.get(node, 'children');
    if (DROPPED_TAGS.has(name)) continue;
    if (!ALLOWED_TAGS.has(name)) {
      fragment.append(drawNodeArray(children, space));
      continue;
    }
    const element = document.createElement(name);
    const attrs: unknown = Reflect.get(node, 'attrs');
    if (attrs && typeof attrs === 'object')
      for (const [key, value] of Object.entries(attrs))
        if (keepsAttribute(name, key, String(value))) element.setAttribute(key, String(value));
    element.append(drawNodeArray(children, space));
    fragment.append(element);
  }
  return fragment;
}

/** Reads an HTML string into the same node array a page could give, without running or loading anything. */
export function nodesOfHtml(html: string): RichTextNode[] {
  // An inert document: scripts do not run and images do not load while it is read.
  const inert = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const read = (parent: Node): RichTextNode[] =>
    [...parent.childNodes].flatMap((child): RichTextNode[] => {
      if (child.nodeType === Node.TEXT_NODE) return [{ type: 'text', text: child.textContent ?? '' }];
      if (!(child instanceof Element)) return [];
      const element = child;
      const attrs: Record<string, string> = {};
      for (const attribute of element.attributes) attrs[attribute.name] = attribute.value;
      return [{ name: element.tagName.toLowerCase(), attrs, children: read(element) }];
    });
  return read(inert.body);
}
