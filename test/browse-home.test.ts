import type { HomeOutput } from '../typings/contracts/browse';
import type { Result } from '../typings/result';
import { startTestCloud, type TestCloud } from './support/test-cloud';

let test_: TestCloud;
beforeAll(async () => {
  test_ = await startTestCloud();
});
afterAll(() => test_.close());

test('the first screen names the demo store and its six categories in menu order', async () => {
  const result = await test_.call<Result<HomeOutput>>('browse', {
    action: 'home',
    input: { storeId: 'store-demo' },
  });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.data.store).toMatchObject({ id: 'store-demo', nameEn: 'Diandan Demo Café' });
  expect(result.data.categories).toHaveLength(6);
  expect(result.data.categories[0]).toMatchObject({ id: 'cat-coffee', name: '咖啡', nameEn: 'Coffee' });
});

test('an unknown store is NOT_FOUND and a malformed id is INVALID_INPUT', async () => {
  const missing = await test_.call<Result<HomeOutput>>('browse', {
    action: 'home',
    input: { storeId: 'nope' },
  });
  expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  const malformed = await test_.call<Result<HomeOutput>>('browse', {
    action: 'home',
    input: { storeId: '../x', extra: 1 },
  });
  expect(malformed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  if (!malformed.ok) expect(malformed.error.message).toMatch(/storeId.*pattern|unknown field "extra"/);
});

test('an unknown action names the ones that exist', async () => {
  const result = await test_.call<Result<unknown>>('browse', { action: 'drop', input: {} });
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'UNKNOWN_ACTION', message: expect.stringContaining('home') },
  });
});
