import { perInstance } from './per-instance';

test('each instance gets its own value, made once; forgetting makes a fresh one next time', () => {
  let made = 0;
  const counters = perInstance(() => ({ serial: ++made }));
  const page = {};
  const other = {};
  expect(counters.of(page)).toBe(counters.of(page));
  expect(counters.of(other).serial).toBe(2);
  counters.forget(page);
  expect(counters.of(page).serial).toBe(3);
});
