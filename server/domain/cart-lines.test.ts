import {
  addLine,
  cartLineChoiceOf,
  cartLineId,
  MAX_CART_LINES,
  MAX_LINE_QUANTITY,
  removeLine,
  resolveStoredLine,
  setLineQuantity,
  type CartLineChoice,
  type StoredCartLine,
} from './cart-lines';
import { resolveSelection } from './selection';
import { latte, latteSkus, sku } from './testing/catalog-fixtures';

const choice = (skuId: string, sugar = 'none'): CartLineChoice => {
  const specs = { size: 'medium', temperature: 'hot', sugar };
  return { lineId: cartLineId(skuId, specs, []), productId: 'prod-latte', skuId, specs, addons: [] };
};

function lines(result: ReturnType<typeof addLine>): StoredCartLine[] {
  if (!result.ok) throw new Error(result.code);
  return result.lines;
}

test('the line id ignores key and add-on order but not values or add-on quantities', () => {
  const a = cartLineId('sku-1', { size: 'large', sugar: 'light' }, [
    { id: 'shot', quantity: 1 },
    { id: 'oat', quantity: 1 },
  ]);
  const b = cartLineId('sku-1', { sugar: 'light', size: 'large' }, [
    { id: 'oat', quantity: 1 },
    { id: 'shot', quantity: 1 },
  ]);
  expect(a).toBe(b);
  expect(a).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
  expect(cartLineId('sku-1', { size: 'large', sugar: 'none' }, [])).not.toBe(
    cartLineId('sku-1', { size: 'large', sugar: 'light' }, []),
  );
  expect(cartLineId('sku-1', {}, [{ id: 'shot', quantity: 1 }])).not.toBe(
    cartLineId('sku-1', {}, [{ id: 'shot', quantity: 2 }]),
  );
  expect(cartLineId('sku-1', {}, [])).not.toBe(cartLineId('sku-2', {}, []));
});

test('line ids are stable across releases, so stored carts keep their lines', () => {
  const specs = { size: 'large', temperature: 'iced', sugar: 'light' };
  expect(cartLineId('sku-latte-large', specs, [{ id: 'shot', quantity: 1 }])).toBe(
    'ln1nzr3yep1pu06yyxgzk1pt',
  );
});

test('line ids of many distinct choices do not collide', () => {
  const ids = new Set<string>();
  for (let n = 0; n < 5000; n++)
    ids.add(cartLineId(`sku-${n % 50}`, { sugar: `s${n}` }, [{ id: 'shot', quantity: (n % 3) + 1 }]));
  expect(ids.size).toBe(5000);
});

test('a resolved item becomes a line keyed by its SKU, specs and add-ons', () => {
  const resolved = resolveSelection(
    { productId: 'prod-latte', specs: { size: 'large' }, addons: [{ id: 'shot', quantity: 1 }] },
    latte(),
    latteSkus(),
  );
  if (!resolved.ok) throw new Error(resolved.problem.message);
  const line = cartLineChoiceOf(resolved.item);
  expect(line).toEqual({
    lineId: cartLineId('sku-latte-large', resolved.item.specs, [{ id: 'shot', quantity: 1 }]),
    productId: 'prod-latte',
    skuId: 'sku-latte-large',
    specs: { size: 'large', temperature: 'hot', sugar: 'none' },
    addons: [{ id: 'shot', quantity: 1 }],
  });
});

test('adding the same choice again raises its quantity instead of adding a line', () => {
  const once = lines(addLine([], choice('sku-a'), 2));
  const twice = lines(addLine(once, choice('sku-a'), 3));
  expect(twice).toHaveLength(1);
  expect(twice[0]?.quantity).toBe(5);
  expect(once[0]?.quantity).toBe(2); // input untouched
  expect(lines(addLine(twice, choice('sku-a', 'light'), 1))).toHaveLength(2);
});

test('refuses more than 99 of a line and fractional or non-positive quantities', () => {
  const full = lines(addLine([], choice('sku-a'), MAX_LINE_QUANTITY));
  expect(addLine(full, choice('sku-a'), 1)).toEqual({ ok: false, code: 'QUANTITY_LIMIT' });
  expect(addLine([], choice('sku-a'), 0)).toEqual({ ok: false, code: 'QUANTITY_LIMIT' });
  expect(addLine([], choice('sku-a'), 1.5)).toEqual({ ok: false, code: 'QUANTITY_LIMIT' });
  expect(addLine([], choice('sku-a'), 100)).toEqual({ ok: false, code: 'QUANTITY_LIMIT' });
});

test('refuses a new line past the cart limit but still merges into an existing one', () => {
  let cart: StoredCartLine[] = [];
  for (let n = 0; n < MAX_CART_LINES; n++) cart = lines(addLine(cart, choice(`sku-${n}`), 1));
  expect(addLine(cart, choice('sku-new'), 1)).toEqual({ ok: false, code: 'TOO_MANY_LINES' });
  expect(lines(addLine(cart, choice('sku-0'), 1))[0]?.quantity).toBe(2);
});

test('setting a quantity changes one line; 0 removes it; unknown lines are refused', () => {
  const cart = lines(addLine(lines(addLine([], choice('sku-a'), 1)), choice('sku-b'), 1));
  const lineA = cart[0]?.lineId ?? '';
  expect(lines(setLineQuantity(cart, lineA, 7)).map((line) => line.quantity)).toEqual([7, 1]);
  expect(lines(setLineQuantity(cart, lineA, 0)).map((line) => line.skuId)).toEqual(['sku-b']);
  expect(setLineQuantity(cart, lineA, 100)).toEqual({ ok: false, code: 'QUANTITY_LIMIT' });
  expect(setLineQuantity(cart, lineA, -1)).toEqual({ ok: false, code: 'QUANTITY_LIMIT' });
  expect(setLineQuantity(cart, 'nope', 1)).toEqual({ ok: false, code: 'LINE_NOT_FOUND' });
  expect(cart.map((line) => line.quantity)).toEqual([1, 1]); // input untouched
});

test('removing a line keeps the others in order', () => {
  const cart = lines(addLine(lines(addLine([], choice('sku-a'), 1)), choice('sku-b'), 1));
  expect(lines(removeLine(cart, cart[0]?.lineId ?? '')).map((line) => line.skuId)).toEqual(['sku-b']);
  expect(removeLine(cart, 'nope')).toEqual({ ok: false, code: 'LINE_NOT_FOUND' });
  expect(cart).toHaveLength(2);
});

test('a stored line resolves again only while its specs still pick the SKU it was added with', () => {
  const stored: StoredCartLine = { ...choice('sku-latte-large'), specs: { size: 'large' }, quantity: 1 };
  const again = resolveStoredLine(stored, latte(), latteSkus());
  expect(again.ok && again.item.sku._id).toBe('sku-latte-large');

  const replaced = [
    sku('sku-latte-medium', { size: 'medium' }, 2800),
    sku('sku-latte-large-2', { size: 'large' }, 3300),
  ];
  const stale = resolveStoredLine(stored, latte(), replaced);
  expect(stale.ok).toBe(false);
  expect(!stale.ok && stale.problem.code).toBe('NO_SKU');
  expect(resolveStoredLine(stored, undefined, latteSkus()).ok).toBe(false);
});
