import { AnswerOrder } from './answer-order';

test('an answer older than one already applied is dropped', () => {
  const order = new AnswerOrder();
  const first = order.next();
  const second = order.next();
  expect(order.accept(second)).toBe(true);
  expect(order.accept(first)).toBe(false);
  const third = order.next();
  expect(order.accept(third)).toBe(true);
  expect(order.accept(third)).toBe(false);
});
