import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWxss, wxssToCss } from './wxss-for-browser';

test('rpx becomes a share of the frame width, whatever the sign or decimals', () => {
  expect(wxssToCss('.a { padding: 24rpx -0.5rpx; width: 750rpx; }')).toBe(
    '.a { padding: calc(24 * var(--rpx)) calc(-0.5 * var(--rpx)); width: calc(750 * var(--rpx)); }',
  );
});

test('built-in tag selectors gain their wx- prefix, classes and declarations keep their words', () => {
  expect(wxssToCss('view.text, .view > text, scroll-view { content: "view"; }\npage { color: red; }')).toBe(
    'wx-view.text, .view > wx-text, wx-scroll-view { content: "view"; }\npage { color: red; }',
  );
});

test('an @import is inlined once, relative to the importing file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wxss-'));
  writeFileSync(path.join(dir, 'common.wxss'), '.common { margin: 0; }');
  writeFileSync(
    path.join(dir, 'page.wxss'),
    "@import './common.wxss';\n@import 'common.wxss';\n.page { margin: 1px; }",
  );
  expect(readWxss(path.join(dir, 'page.wxss'))).toBe('.common { margin: 0; }\n\n.page { margin: 1px; }');
});
