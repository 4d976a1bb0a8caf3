// The contract map is enforced by the compiler: each `@ts-expect-error` below is a mistake `tsc` must refuse
// (the test command type-checks this file; an expectation that stops failing is itself an error).
import type { CartView } from '../../typings/contracts/cart';
import type { Result } from '../../typings/result';
import { AppError } from '../../server/runtime/app-error';
import { createRouter, defineAction } from '../../server/runtime/router';
import * as payValidators from '../../server/runtime/validation-compiled/pay';
import { payInputSchema } from '../../server/services/order/order-schemas';
import { cartStoreInputSchema } from '../../server/services/cart/cart-schemas';

const payment = { timeStamp: '1', nonceStr: 'n', package: 'prepay_id=p', signType: 'RSA', paySign: 's' };
const start = defineAction({
  input: payInputSchema,
  requiresUser: true,
  handle: async (input) => ({ orderId: input.orderId, payment }),
});

test('a router with exactly the actions of its function, answering their outputs, compiles and routes', async () => {
  const main = createRouter('pay', payValidators, { start });
  expect(await main({ action: 'start', input: { orderId: '../x' } })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});

test('a router missing an action, with an extra one, or answering the wrong output does not compile', () => {
  // @ts-expect-error `start` is missing
  createRouter('pay', payValidators, {});
  // @ts-expect-error `refund` is not an action of pay
  createRouter('pay', payValidators, { start, refund: start });
  createRouter('pay', payValidators, {
    // @ts-expect-error pay.start answers PayOutput, not a number
    start: defineAction({ input: payInputSchema, requiresUser: true, handle: async () => 42 }),
  });
  createRouter('pay', payValidators, {
    // @ts-expect-error the schema of another input
    start: defineAction({
      input: cartStoreInputSchema,
      requiresUser: true,
      handle: async () => ({ orderId: '', payment }),
    }),
  });
  // @ts-expect-error the validators of another function
  createRouter('cart', payValidators, {});
  expect(true).toBe(true);
});

test('an AppError takes the details its code says, and a failed Result is narrowed by its code', () => {
  // @ts-expect-error OUT_OF_STOCK names what is short
  expect(() => new AppError('OUT_OF_STOCK', 'short')).not.toThrow();
  // @ts-expect-error UNAUTHENTICATED carries no details
  expect(new AppError('UNAUTHENTICATED', 'sign in', { who: 'me' }).code).toBe('UNAUTHENTICATED');
  const blocked = new AppError('CHECKOUT_BLOCKED', 'closed', {
    blockers: [{ code: 'STORE_CLOSED', message: 'closed' }],
  });
  const result: Result<CartView> = { ok: false, error: blocked.toBody() };
  const blockers =
    !result.ok && result.error.code === 'CHECKOUT_BLOCKED' ? result.error.details.blockers : [];
  expect(blockers.map((blocker) => blocker.code)).toEqual(['STORE_CLOSED']);
});
