/** A place the preview's phone can be at, or a customer can pick: near the demo café (seed `store-demo`). */
export interface Spot {
  name: string;
  address: string;
  /** Degrees (GCJ-02, as the platform's maps answer). */
  latitude: number;
  longitude: number;
}

/**
 * The spots the location sheet offers: the café's door first, a few within its 3 km delivery radius, and one
 * beyond it, so a page can be tried both inside and outside the radius.
 */
export const SPOTS: readonly Spot[] = [
  { name: '点单示范咖啡馆', address: '上海市徐汇区示范路 1 号', latitude: 31.188, longitude: 121.437 },
  { name: '示范路地铁站', address: '上海市徐汇区示范路 88 号', latitude: 31.1893, longitude: 121.4352 },
  { name: '徐汇示范公园', address: '上海市徐汇区公园路 12 号', latitude: 31.1861, longitude: 121.4398 },
  { name: '示范大厦 A 座', address: '上海市徐汇区示范路 300 号', latitude: 31.1902, longitude: 121.4401 },
  { name: '漕溪示范小区', address: '上海市徐汇区漕溪路 500 弄', latitude: 31.205, longitude: 121.459 },
  {
    name: '浦东示范中心（配送范围外）',
    address: '上海市浦东新区世纪大道 100 号',
    latitude: 31.22,
    longitude: 121.5,
  },
];

const EARTH_RADIUS_METRES = 6_371_000;

/** The great-circle distance between two points, in metres. */
export function distanceMetres(
  from: Pick<Spot, 'latitude' | 'longitude'>,
  to: Pick<Spot, 'latitude' | 'longitude'>,
): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(to.latitude - from.latitude);
  const dLng = radians(to.longitude - from.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(a));
}

/** A distance as the sheet shows it: metres under 1 km, else kilometres with one decimal. */
export function distanceText(metres: number): string {
  return metres < 1000 ? `${Math.round(metres)}m` : `${(metres / 1000).toFixed(1)}km`;
}
