/** One WeUI icon: its default colour and its drawing in a 24x24 box (`currentColor` is the icon's colour). */
interface IconShape {
  colour: string;
  svg: string;
}

const WHITE = '#fff';
const disc = (inner: string) => `<circle cx="12" cy="12" r="11" fill="currentColor"/>${inner}`;
const tick = (stroke: string) =>
  `<path d="M6.5 12.3l3.6 3.6 7.4-7.6" fill="none" stroke="${stroke}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;
const cross = `<path d="M8 8l8 8M16 8l-8 8" stroke="${WHITE}" stroke-width="2" stroke-linecap="round"/>`;

/** Every icon type of the platform (WeUI), drawn as inline SVG. */
export const ICON_SHAPES: Record<string, IconShape> = {
  success: { colour: '#07c160', svg: disc(tick(WHITE)) },
  success_no_circle: {
    colour: '#07c160',
    svg: '<path d="M3.5 12.5l5.5 5.5L20.5 6.5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>',
  },
  info: {
    colour: '#10aeff',
    svg: disc(
      `<rect x="11" y="10" width="2" height="8" rx="1" fill="${WHITE}"/><circle cx="12" cy="7" r="1.3" fill="${WHITE}"/>`,
    ),
  },
  warn: {
    colour: '#fa5151',
    svg: disc(
      `<rect x="11" y="6" width="2" height="8" rx="1" fill="${WHITE}"/><circle cx="12" cy="17" r="1.3" fill="${WHITE}"/>`,
    ),
  },
  waiting: {
    colour: '#10aeff',
    svg: disc(
      `<path d="M12 6.5V12l3.8 2.6" fill="none" stroke="${WHITE}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
    ),
  },
  cancel: { colour: '#fa5151', svg: disc(cross) },
  download: {
    colour: '#07c160',
    svg: disc(
      `<path d="M12 6v9M8 11.5l4 4 4-4M7.5 18h9" fill="none" stroke="${WHITE}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
    ),
  },
  search: {
    colour: '#b2b2b2',
    svg: '<circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M15.5 15.5L21 21" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>',
  },
  clear: { colour: '#b2b2b2', svg: disc(cross) },
  circle: {
    colour: '#c9c9c9',
    svg: '<circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="1.4"/>',
  },
  info_circle: {
    colour: '#10aeff',
    svg: '<circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="1.4"/><rect x="11.2" y="10" width="1.6" height="7.5" rx=".8" fill="currentColor"/><circle cx="12" cy="7.2" r="1.1" fill="currentColor"/>',
  },
};
