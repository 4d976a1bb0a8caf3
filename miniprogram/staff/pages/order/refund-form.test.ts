import type { BoardOrder } from '../../../../typings/contracts/staff-board';
import { chosenValueFen, refundAsk, yuanToFen } from './refund-form';

// What the refund form sends: everything left, lines, or an amount.
const order = {
  refundableFen: 3000,
  lines: [
    { lineId: 'a', lineTotalFen: 1800, quantity: 1 },
    { lineId: 'b', lineTotalFen: 1200, quantity: 2 },
  ],
} as unknown as BoardOrder;

test('yuan as typed', () => {
  expect(yuanToFen('12')).toBe(1200);
  expect(yuanToFen('12.5')).toBe(1250);
  expect(yuanToFen('0.05')).toBe(5);
  expect(yuanToFen('12.345')).toBeNull();
  expect(yuanToFen('abc')).toBeNull();
});

test('nothing chosen and the whole amount is everything left; lines go with their quantity', () => {
  expect(refundAsk(order, [], '30.00')).toEqual({});
  expect(refundAsk(order, [], '10')).toEqual({ amountFen: 1000 });
  expect(chosenValueFen(order, ['b'])).toBe(1200);
  expect(refundAsk(order, ['b'], '12.00')).toEqual({ lines: [{ lineId: 'b', quantity: 2 }] });
  expect(refundAsk(order, ['b'], '5')).toEqual({ lines: [{ lineId: 'b', quantity: 2 }], amountFen: 500 });
});

test('an amount over what is refundable, or none, is no ask', () => {
  expect(refundAsk(order, [], '30.01')).toBeNull();
  expect(refundAsk(order, [], '0')).toBeNull();
});
