import { cardActions, mayRefund } from './card-actions';
import { requestIdFor, settleRequest } from './request-ids';

// The buttons each role sees mirror the server's tables (server/services/staff/staff-steps.ts).
describe('card buttons by status and role', () => {
  test.each([
    ['PAID', 'owner', ['accept', 'reject']],
    ['PAID', 'clerk', ['accept', 'reject']],
    ['PAID', 'kitchen', []],
    ['ACCEPTED', 'manager', ['ready', 'reject']],
    ['ACCEPTED', 'clerk', ['ready']],
    ['ACCEPTED', 'kitchen', ['ready']],
    ['READY', 'clerk', ['complete']],
    ['READY', 'kitchen', []],
    ['COMPLETED', 'owner', []],
  ] as const)('%s for %s', (status, role, expected) => {
    expect(cardActions(status, role, null)).toEqual(expected);
  });

  test('a failed ticket adds reprint for everyone; a printed one does not', () => {
    expect(cardActions('ACCEPTED', 'kitchen', { status: 'failed', attempts: 2 })).toEqual([
      'ready',
      'reprint',
    ]);
    expect(cardActions('ACCEPTED', 'kitchen', { status: 'printed', attempts: 1 })).toEqual(['ready']);
    expect(cardActions('PAID', 'owner', { status: 'failed', attempts: 1 })).toEqual(['accept', 'reject']);
  });

  test('refunds are the owner’s and managers’, from paid orders not yet ended', () => {
    expect(mayRefund('manager', 'READY')).toBe(true);
    expect(mayRefund('clerk', 'PAID')).toBe(false);
    expect(mayRefund('owner', 'COMPLETED')).toBe(false);
  });
});

test('a retried ask reuses its request id until it is answered', () => {
  const first = requestIdFor('reject:o1');
  expect(first).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
  expect(requestIdFor('reject:o1')).toBe(first);
  expect(requestIdFor('reject:o2')).not.toBe(first);
  settleRequest('reject:o1');
  expect(requestIdFor('reject:o1')).not.toBe(first);
});
