import type { OrderStatus } from '../../../typings/contracts/order';
import { AppError } from '../../runtime/app-error';
import {
  assertTransition,
  canTransition,
  isCustomerCancellable,
  isTerminal,
  nextStatuses,
  ORDER_TRANSITIONS,
} from './order-status';

const ALL = Object.keys(ORDER_TRANSITIONS) as OrderStatus[];

test('the happy path runs from payment to completion', () => {
  const path: OrderStatus[] = ['PENDING_PAYMENT', 'PAID', 'ACCEPTED', 'READY', 'COMPLETED'];
  for (let i = 1; i < path.length; i++)
    expect(canTransition(path[i - 1] as OrderStatus, path[i] as OrderStatus)).toBe(true);
});

test('a payment arriving after cancel or expiry can only be refunded', () => {
  expect(nextStatuses('CANCELLED')).toEqual(['REFUNDING']);
  expect(nextStatuses('EXPIRED')).toEqual(['REFUNDING']);
  expect(canTransition('EXPIRED', 'PAID')).toBe(false);
  expect(canTransition('REFUNDING', 'REFUNDED')).toBe(true);
});

test('nothing moves backwards or skips payment', () => {
  expect(canTransition('PAID', 'PENDING_PAYMENT')).toBe(false);
  expect(canTransition('PENDING_PAYMENT', 'ACCEPTED')).toBe(false);
  expect(canTransition('ACCEPTED', 'CANCELLED')).toBe(false);
  expect(canTransition('PAID', 'PAID')).toBe(false);
});

test('assertTransition throws ORDER_STATE_CONFLICT naming both statuses', () => {
  expect(() => assertTransition('PENDING_PAYMENT', 'PAID')).not.toThrow();
  let thrown: unknown;
  try {
    assertTransition('COMPLETED', 'PAID');
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect(thrown).toMatchObject({ code: 'ORDER_STATE_CONFLICT', details: { from: 'COMPLETED', to: 'PAID' } });
});

test('customers cancel only before the shop accepts', () => {
  expect(ALL.filter(isCustomerCancellable)).toEqual(['PENDING_PAYMENT', 'PAID']);
});

test('only refunded orders are final (a completed one may still be refunded)', () => {
  expect(ALL.filter(isTerminal)).toEqual(['REFUNDED']);
  expect(nextStatuses('COMPLETED')).toEqual(['REFUNDING']);
});

test('the table covers every status, is frozen and every target is a known status', () => {
  expect(ALL.sort()).toEqual(
    [
      'ACCEPTED',
      'CANCELLED',
      'COMPLETED',
      'EXPIRED',
      'PAID',
      'PENDING_PAYMENT',
      'READY',
      'REFUNDED',
      'REFUNDING',
    ].sort(),
  );
  expect(Object.isFrozen(ORDER_TRANSITIONS)).toBe(true);
  for (const targets of Object.values(ORDER_TRANSITIONS)) for (const to of targets) expect(ALL).toContain(to);
  nextStatuses('PAID').push('COMPLETED');
  expect(canTransition('PAID', 'COMPLETED')).toBe(false);
});
