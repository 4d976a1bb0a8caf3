import { isStoreOpenAt, type StoreHours } from './store-hours';

const store: StoreHours = {
  isAcceptingOrders: true,
  hours: { mon: [{ open: '07:30', close: '21:00' }], sun: [{ open: '09:00', close: '24:00' }] },
};
// 2026-01-05 is a Monday; times below are UTC, the store runs on UTC+8.
const at = (iso: string) => Date.parse(iso);

test('open inside the weekday period, in China time', () => {
  expect(isStoreOpenAt(store, at('2026-01-04T23:30:00Z'))).toBe(true); // Mon 07:30 local
  expect(isStoreOpenAt(store, at('2026-01-04T23:29:00Z'))).toBe(false); // Mon 07:29 local
  expect(isStoreOpenAt(store, at('2026-01-05T12:59:00Z'))).toBe(true); // Mon 20:59 local
  expect(isStoreOpenAt(store, at('2026-01-05T13:00:00Z'))).toBe(false); // Mon 21:00 local: closed
});

test('24:00 closes at midnight; a day without periods is closed', () => {
  expect(isStoreOpenAt(store, at('2026-01-04T15:59:00Z'))).toBe(true); // Sun 23:59 local
  expect(isStoreOpenAt(store, at('2026-01-06T02:00:00Z'))).toBe(false); // Tue: no hours
});

test('the manual switch closes the store whatever the hours', () => {
  expect(isStoreOpenAt({ ...store, isAcceptingOrders: false }, at('2026-01-05T02:00:00Z'))).toBe(false);
});
