import { pickupSlots } from './pickup-slots';

// 10:07 China time on 5 January 2026 is 02:07 UTC.
const AT_10_07 = Date.parse('2026-01-05T02:07:00Z');

test('slots start a quarter hour out, on the quarter, and end before closing, in China time', () => {
  const slots = pickupSlots(AT_10_07, [{ open: '07:30', close: '11:00' }]);
  expect(slots.map((slot) => slot.label)).toEqual(['10:30', '10:45']);
  expect(slots[0]?.at).toBe('2026-01-05T02:30:00.000Z');
});

test('a break between two periods has no slots, and a period not yet open starts at its opening', () => {
  const slots = pickupSlots(AT_10_07, [
    { open: '07:00', close: '10:45' },
    { open: '14:00', close: '14:30' },
  ]);
  expect(slots.map((slot) => slot.label)).toEqual(['10:30', '14:00', '14:15']);
});

test('a store open around the clock offers slots until midnight; a closed day offers none', () => {
  const slots = pickupSlots(AT_10_07, [{ open: '00:00', close: '24:00' }]);
  expect(slots[0]?.label).toBe('10:30');
  expect(slots.at(-1)?.label).toBe('23:45');
  expect(pickupSlots(AT_10_07, [])).toEqual([]);
});
