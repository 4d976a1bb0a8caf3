import type { StoreSettings } from '../../../../typings/contracts/staff-settings';
import type { ErrorBody } from '../../../../typings/result';
import { fenOf, formOf, saveInputOf, serverErrors } from './settings-form';

const SETTINGS: StoreSettings = {
  storeId: 'store-demo',
  name: '示范店',
  nameEn: 'Demo',
  state: 'open',
  stateMessage: '',
  hours: {
    mon: [
      { open: '09:00', close: '14:00' },
      { open: '17:00', close: '21:00' },
    ],
    tue: [],
    wed: [],
    thu: [],
    fri: [],
    sat: [],
    sun: [{ open: '00:00', close: '24:00' }],
  },
  holidays: ['2026-02-17'],
  modes: { dineIn: true, pickup: true, delivery: false },
  delivery: { radiusMetres: 3000, feeFen: 550, minimumFen: 2000 },
  unpaidOrderExpiryMinutes: 15,
  packagingFeeFen: 100,
  mayEdit: 'all',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

test('yuan as typed become fen; anything else is not money', () => {
  expect([fenOf('12'), fenOf('12.5'), fenOf(' 0.05 '), fenOf('12.345'), fenOf('-1'), fenOf('')]).toEqual([
    1200,
    1250,
    5,
    undefined,
    undefined,
    undefined,
  ]);
});

test('the form round-trips to the same settings', () => {
  const form = formOf(SETTINGS);
  expect(form).toMatchObject({ deliveryFeeYuan: '5.50', minimumYuan: '20', packagingFeeYuan: '1' });
  const { input, errors } = saveInputOf('store-demo', form);
  expect(errors).toEqual({});
  expect(input).toEqual({
    storeId: 'store-demo',
    hours: SETTINGS.hours,
    holidays: SETTINGS.holidays,
    modes: SETTINGS.modes,
    delivery: SETTINGS.delivery,
    unpaidOrderExpiryMinutes: 15,
    packagingFeeFen: 100,
  });
});

test('overlapping periods, no mode and out-of-range numbers are each named', () => {
  const form = formOf(SETTINGS);
  form.days[0]?.periods.push({ open: '13:00', close: '15:00' });
  form.modes = { dineIn: false, pickup: false, delivery: false };
  form.radiusMetres = '50';
  form.deliveryFeeYuan = 'abc';
  form.expiryMinutes = '0';
  expect(Object.keys(saveInputOf('store-demo', form).errors).sort()).toEqual(
    ['day_mon', 'deliveryFeeYuan', 'expiryMinutes', 'modes', 'radiusMetres'].sort(),
  );
});

test('the server’s refusal lands on the field it names, by rule or by schema path', () => {
  const byRule: ErrorBody = {
    code: 'INVALID_INPUT',
    message: 'no',
    details: { field: 'hours.tue.1', problem: 'PERIODS_OVERLAP' },
  };
  expect(serverErrors(byRule)).toEqual({ day_tue: 'no' });
  const bySchema: ErrorBody = {
    code: 'INVALID_INPUT',
    message: 'bad',
    details: { problems: ['input/delivery/feeFen must be <= 20000'] },
  };
  expect(serverErrors(bySchema)).toEqual({ deliveryFeeYuan: '这一项的值不对，请检查' });
  expect(serverErrors({ code: 'BUSY', message: 'x' })).toEqual({});
});
