import path from 'node:path';
import { bundlePreview } from './preview-bundle';

// The preview's bundle as the browser downloads it: minified, with a source map back to the files as written.
const MINIPROGRAM = path.resolve(__dirname, '../../../miniprogram');

test('the bundle is minified to well under its written size, and its source map names the real files', async () => {
  const written = await bundlePreview(MINIPROGRAM, { minify: false });
  const minified = await bundlePreview(MINIPROGRAM, { sourceMapUrl: 'app.js.map?build=1' });
  const bytes = (text: string) => Buffer.byteLength(text);
  // Measured on the home page (now the menu): 905 KB written, 447 KB minified (164 KB and 129 KB gzipped); most of what
  // stays is wcc's compiled templates and the engine, which ship minified already.
  expect(bytes(minified.script)).toBeLessThan(bytes(written.script) * 0.75);
  expect(minified.script.endsWith('//# sourceMappingURL=app.js.map?build=1\n')).toBe(true);
  const map = JSON.parse(minified.sourceMap) as { sources: string[]; sourcesContent: string[] };
  const menu = map.sources.findIndex((source) => source === 'pages/menu/index.ts');
  expect(menu).toBeGreaterThanOrEqual(0);
  expect(map.sourcesContent[menu]).toContain('Component(');
  expect(map.sources.some((source) => source.endsWith('preview-runtime/main.ts'))).toBe(true);
});
