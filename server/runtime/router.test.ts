// The router's refusals, called in-process: small and bounded whatever the input, and deep input refused.
import { main as cart } from '../../cloudfunctions/cart/index';

/** A refusal is this small at most, in bytes of JSON, whatever was sent. */
const MAX_REFUSAL_BYTES = 1_500;
const MEGABYTE = 1024 * 1024;

const latte = { productId: 'prod-latte', specs: { size: 'large' }, addons: [] as unknown[] };
const addEvent = (input: Record<string, unknown>) => ({
  action: 'add',
  input: { storeId: 'store-demo', item: latte, quantity: 1, ...input },
});

async function refusal(event: unknown): Promise<{ code: string; bytes: number; text: string }> {
  const result = await cart(event);
  const text = JSON.stringify(result);
  if (result.ok) throw new Error('expected a refusal');
  return { code: result.error.code, bytes: Buffer.byteLength(text), text };
}

test('400,000 add-ons (800 KB) get a small INVALID_INPUT naming a few problems at most', async () => {
  const addons = Array.from({ length: 400_000 }, () => 'x');
  const answer = await refusal(addEvent({ item: { ...latte, addons } }));
  expect(answer.code).toBe('INVALID_INPUT');
  expect(answer.bytes).toBeLessThan(MAX_REFUSAL_BYTES);
});

test('60,000 unknown fields get a small INVALID_INPUT', async () => {
  const extra = Object.fromEntries(Array.from({ length: 60_000 }, (_, index) => [`field${index}`, index]));
  const answer = await refusal(addEvent(extra));
  expect(answer).toMatchObject({ code: 'INVALID_INPUT' });
  expect(answer.text).toContain('unknown field');
  expect(answer.bytes).toBeLessThan(MAX_REFUSAL_BYTES);
});

test('a 1 MB field name, spec name or value is quoted cut short, never whole', async () => {
  const huge = 'q'.repeat(MEGABYTE);
  const events = [
    addEvent({ [huge]: 1 }),
    addEvent({ item: { ...latte, specs: { [huge]: 'large' } } }),
    addEvent({ item: { ...latte, specs: { size: huge } } }),
    addEvent({ storeId: huge }),
  ];
  for (const event of events) {
    const answer = await refusal(event);
    expect(answer.code).toBe('INVALID_INPUT');
    expect(answer.bytes).toBeLessThan(MAX_REFUSAL_BYTES);
  }
});

test('a 1 MB action name gets a small UNKNOWN_ACTION that still lists the actions there are', async () => {
  const answer = await refusal({ action: 'a'.repeat(MEGABYTE), input: {} });
  expect(answer.code).toBe('UNKNOWN_ACTION');
  expect(answer.text).toContain('setQuantity');
  expect(answer.bytes).toBeLessThan(MAX_REFUSAL_BYTES);
});

test('input nested 5,000 levels deep is INVALID_INPUT, not a crash', async () => {
  let nested: unknown = {};
  for (let level = 0; level < 5_000; level++) nested = { inner: nested };
  const answer = await refusal({ action: 'add', input: nested });
  expect(answer.code).toBe('INVALID_INPUT');
  expect(answer.text).toMatch(/nested deeper than the 4 levels/);
  expect(answer.bytes).toBeLessThan(MAX_REFUSAL_BYTES);
});

test('input as deep as the contract allows is validated; one level deeper is refused by depth', async () => {
  // cart.add: input → item → addons → one add-on is 4 levels.
  const atLimit = await refusal(addEvent({ item: { ...latte, addons: [{ id: 'oat_milk', quantity: 0 }] } }));
  expect(atLimit.text).not.toMatch(/nested deeper/);
  expect(atLimit.text).toMatch(/quantity/);
  const deeper = await refusal(addEvent({ item: { ...latte, addons: [{ id: 'oat_milk', quantity: [] }] } }));
  expect(deeper.text).toMatch(/nested deeper than the 4 levels/);
});
