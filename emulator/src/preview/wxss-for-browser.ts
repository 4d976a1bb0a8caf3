import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Built-in component names: in WXSS a bare `view` selects what the browser sees as `<wx-view>`. */
const BUILT_IN_TAGS = [
  'view',
  'text',
  'button',
  'image',
  'input',
  'textarea',
  'scroll-view',
  'swiper',
  'swiper-item',
  'navigator',
  'icon',
  'picker',
  'switch',
  'radio',
  'checkbox',
  'label',
  'form',
  'rich-text',
];
const TAG_SELECTOR = new RegExp(`(^|[\\s,>+~(])(${BUILT_IN_TAGS.join('|')})(?=[\\s,.:#\\[>+~{)]|$)`, 'g');

/** Reads a WXSS file with its `@import`s inlined (each file once, relative to the importing file). */
export function readWxss(file: string, seen = new Set<string>()): string {
  if (seen.has(file) || !existsSync(file)) return '';
  seen.add(file);
  return readFileSync(file, 'utf8').replace(/@import\s+['"]([^'"]+)['"]\s*;?/g, (_, target: string) =>
    readWxss(path.resolve(path.dirname(file), target), seen),
  );
}

/**
 * WXSS as browser CSS: `Nrpx` becomes `calc(N * var(--rpx))` (the phone frame sets `--rpx` to its width / 750,
 * so 750 rpx is always the frame's width) and built-in tag selectors gain their `wx-` prefix. The `page`
 * selector needs nothing: each page's host element is `<page>`.
 */
export function wxssToCss(wxss: string): string {
  const scaled = wxss.replace(/(-?\d*\.?\d+)rpx\b/g, (_, amount: string) => `calc(${amount} * var(--rpx))`);
  // Only selectors (the text before each `{`) are rewritten; declarations keep their words.
  return scaled.replace(/(^|})([^{}]*)\{/g, (_, close: string, selector: string) => {
    if (selector.trim().startsWith('@')) return `${close}${selector}{`;
    return `${close}${selector.replace(TAG_SELECTOR, (__, before: string, tag: string) => `${before}wx-${tag}`)}{`;
  });
}
