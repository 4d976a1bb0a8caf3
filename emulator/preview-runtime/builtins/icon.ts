import { registerComponent } from '../engine';
import { addBuiltInStyle } from './builtin-style';
import { dataOf, hostOf } from './host';
import { ICON_SHAPES } from './icon-shapes';

interface IconData {
  type: string;
  size: string | number;
  color: string;
}

addBuiltInStyle(`
  wx-icon { display: inline-block; vertical-align: middle; line-height: 0; font-size: 0; }
  wx-icon > svg { display: block; }
`);

/** A CSS length for the platform's `size`: a number is px; `rpx` scales with the frame like the page's WXSS. */
export function iconSize(size: string | number | undefined): string {
  const text = String(size ?? 23).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return `${text}px`;
  const rpx = /^(\d+(?:\.\d+)?)rpx$/.exec(text);
  if (rpx) return `calc(${rpx[1]} * var(--rpx))`;
  return /^\d+(\.\d+)?(px|em|rem|vw|vh|%)$/.test(text) ? text : '23px';
}

function draw(component: object): void {
  const host = hostOf(component);
  if (!host) return;
  const { type = '', size = 23, color = '' } = dataOf<IconData>(component);
  const shape = ICON_SHAPES[type];
  host.querySelector(':scope > svg')?.remove();
  host.dataset.type = type;
  if (!shape) return;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', type);
  svg.innerHTML = shape.svg;
  svg.style.width = svg.style.height = iconSize(size);
  svg.style.color = color || shape.colour;
  host.append(svg);
}

/** Registers `icon`: every WeUI icon type as inline SVG, `size` in px (default 23) and `color`. */
export function registerIcon(): void {
  registerComponent({
    id: 'icon',
    tagName: 'wx-icon',
    template: '<slot/>',
    properties: { type: String, size: { type: null, value: 23 }, color: String },
    observers: {
      'type, size, color'(this: object) {
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
