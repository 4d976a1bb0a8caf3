import { distanceMetres, quoteDelivery } from './delivery';
import { store } from './testing/catalog-fixtures';

const shop = { latitude: 31.188, longitude: 121.437 };
// 0.018° of latitude is about 2,002 m anywhere.
const twoKmNorth = { latitude: 31.206, longitude: 121.437 };
const fourKmNorth = { latitude: 31.224, longitude: 121.437 };

test('measures great-circle distance in metres', () => {
  expect(distanceMetres(shop, shop)).toBe(0);
  expect(distanceMetres(shop, twoKmNorth)).toBeGreaterThan(1990);
  expect(distanceMetres(shop, twoKmNorth)).toBeLessThan(2010);
  expect(distanceMetres(shop, twoKmNorth)).toBe(distanceMetres(twoKmNorth, shop));
  // Shanghai People's Square to Beijing Tiananmen is about 1,067 km.
  const km =
    distanceMetres({ latitude: 31.2304, longitude: 121.4737 }, { latitude: 39.9087, longitude: 116.3975 }) /
    1000;
  expect(km).toBeGreaterThan(1050);
  expect(km).toBeLessThan(1080);
});

test('quotes the store fee within the radius at or above the minimum', () => {
  expect(quoteDelivery(store(), twoKmNorth, 3000)).toEqual({
    ok: true,
    feeFen: 500,
    distanceMetres: distanceMetres(shop, twoKmNorth),
  });
});

test('refuses an address beyond the radius', () => {
  expect(quoteDelivery(store(), fourKmNorth, 9000)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
});

test('refuses an order below the minimum and says the minimum', () => {
  expect(quoteDelivery(store(), twoKmNorth, 2999)).toMatchObject({
    ok: false,
    reason: 'BELOW_MINIMUM',
    minimumFen: 3000,
  });
});

test('refuses when the store does not deliver', () => {
  const closed = store();
  closed.modes.delivery.enabled = false;
  expect(quoteDelivery(closed, twoKmNorth, 9000)).toMatchObject({ ok: false, reason: 'NOT_OFFERED' });
});
