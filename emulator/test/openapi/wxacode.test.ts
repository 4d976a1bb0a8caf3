// wxacode.getUnlimited through the real SDK: an image/png answer the SDK hands back as `{ contentType, buffer }`,
// the same PNG for the same scene, the scene readable back from it, and the platform's errcodes for bad input.
import { decodeCodePng, SCENE_KEYWORD } from '../../src/openapi';
import { codeModules } from '../../src/openapi/code-png';
import { type CallOutcome, type OpenApiFixture, startOpenApiFixture } from './openapi-fixture';

let fixture: OpenApiFixture;
beforeAll(async () => {
  fixture = await startOpenApiFixture();
});
afterAll(() => fixture.close());

const pngOf = (outcome: CallOutcome) => Buffer.from(String(outcome.result?.buffer), 'base64');

test('answers a PNG of the asked width with the scene in its text, the same for the same scene', async () => {
  const outcome = await fixture.call('makeCode', {
    scene: 'table-demo-a01',
    page: 'pages/menu/index',
    width: 280,
  });
  expect(outcome).toMatchObject({ ok: true, result: { contentType: 'image/png', errCode: 0 } });
  const png = decodeCodePng(pngOf(outcome));
  expect(png).toMatchObject({ width: 280, height: 280, text: { [SCENE_KEYWORD]: 'table-demo-a01' } });
  const again = await fixture.call('makeCode', {
    scene: 'table-demo-a01',
    page: 'pages/menu/index',
    width: 280,
  });
  expect(pngOf(again).equals(pngOf(outcome))).toBe(true);
  const other = await fixture.call('makeCode', {
    scene: 'table-demo-a02',
    page: 'pages/menu/index',
    width: 280,
  });
  expect(decodeCodePng(pngOf(other)).pixels).not.toEqual(png.pixels);
});

test('its pixels draw the scene’s modules: dark where the pattern is dark, a light margin around', async () => {
  const outcome = await fixture.call('makeCode', { scene: 'x=1', page: 'pages/menu/index', width: 500 });
  const { pixels } = decodeCodePng(pngOf(outcome));
  const modules = codeModules('x=1');
  const scale = Math.floor(500 / 25); // 21 modules and 2 blank ones each side
  const start = Math.floor((500 - scale * 25) / 2) + 2 * scale;
  const at = (row: number, col: number) => pixels[start + row * scale + 1]?.[start + col * scale + 1];
  for (const [row, col] of [
    [0, 0],
    [3, 3],
    [10, 10],
    [20, 20],
    [7, 12],
  ] as const)
    expect(at(row, col)).toBe(modules[row]?.[col] ? 0 : 255);
  expect(pixels[0]?.every((value) => value === 255)).toBe(true);
  expect(at(0, 0)).toBe(0); // a corner eye
});

test.each([
  ['a scene longer than 32 characters', 40169, { scene: 'a'.repeat(33), page: 'pages/menu/index' }],
  ['an empty scene', 40169, { scene: '', page: 'pages/menu/index' }],
  ['a scene with a character outside the set', 40169, { scene: '桌1', page: 'pages/menu/index' }],
  ['a page with a leading slash', 41030, { scene: 'a', page: '/pages/menu/index' }],
  ['a page with a query', 41030, { scene: 'a', page: 'pages/menu/index?x=1' }],
  ['a width below 280', 40097, { scene: 'a', page: 'pages/menu/index', width: 100 }],
])('%s is refused with %i', async (_what, errCode, params) => {
  expect(await fixture.call('makeCode', params)).toMatchObject({ ok: false, errCode });
});

test('without the permission in config.json it is refused with -604101', async () => {
  const outcome = await fixture.call('makeCodeWithoutPermission', { scene: 'a', page: 'pages/menu/index' });
  expect(outcome).toMatchObject({ ok: false, errCode: -604101 });
});
