/** The tags rich-text draws, as the platform allows them; any other tag is left out, its text kept. */
export const ALLOWED_TAGS = new Set(
  (
    'a abbr address article aside b bdi bdo big blockquote br caption center cite code col colgroup dd del div ' +
    'dl dt em fieldset font footer h1 h2 h3 h4 h5 h6 header hr i img ins label legend li mark nav ol p pre q ' +
    'rt ruby s section small span strong sub sup table tbody td tfoot th thead tr tt u ul'
  ).split(' '),
);

/** Tags dropped whole, content and all: they would run, embed or hide something. */
export const DROPPED_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
  'audio',
  'video',
  'canvas',
  'form',
  'input',
  'button',
  'select',
  'textarea',
]);

/** Attributes every allowed tag keeps. */
const GLOBAL_ATTRIBUTES = ['class', 'style'];

/** Attributes particular tags keep, as the platform lists them. */
const TAG_ATTRIBUTES: Record<string, string[]> = {
  col: ['span', 'width'],
  colgroup: ['span', 'width'],
  img: ['alt', 'src', 'height', 'width'],
  ol: ['start', 'type'],
  table: ['width'],
  td: ['colspan', 'height', 'rowspan', 'width'],
  th: ['colspan', 'height', 'rowspan', 'width'],
};

/** Whether `tag` keeps attribute `name` with `value`: listed attributes only, and an image only from a safe source. */
export function keepsAttribute(tag: string, name: string, value: string): boolean {
  const attribute = name.toLowerCase();
  if (!GLOBAL_ATTRIBUTES.includes(attribute) && !(TAG_ATTRIBUTES[tag] ?? []).includes(attribute))
    return false;
  if (attribute === 'src') return /^(https?:|data:image\/|\/|\.{0,2}\/|[\w-]+\.)/i.test(value.trim());
  if (attribute === 'style')
    return !/expression\s*\(|javascript:|url\s*\(\s*['"]?\s*javascript:/i.test(value);
  return true;
}
