// Delivery: how far an address is from the store and whether (and for what fee) the store delivers there.
import type { StoreRecord } from './catalog-types';
import type { Fen } from './money';

/** A point on Earth in degrees (WGS-84 / GCJ-02 alike: both sides of a distance must use the same one). */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_METRES = 6_371_008.8; // mean radius

function radians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Great-circle (haversine) distance between two points, in whole metres (rounded). */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** A delivery quote: the fee, or why the store will not deliver (with the minimum when below it). */
export type DeliveryQuote =
  | { ok: true; feeFen: Fen; distanceMetres: number }
  | {
      ok: false;
      reason: 'NOT_OFFERED' | 'OUT_OF_RANGE' | 'BELOW_MINIMUM';
      distanceMetres: number;
      minimumFen?: Fen;
    };

/** Quote delivery of `itemsFen` worth of items to `to`: offered, within the radius (inclusive), at or above the minimum. */
export function quoteDelivery(store: StoreRecord, to: GeoPoint, itemsFen: Fen): DeliveryQuote {
  const delivery = store.modes.delivery;
  const metres = distanceMetres(store.address, to);
  if (!delivery.enabled) return { ok: false, reason: 'NOT_OFFERED', distanceMetres: metres };
  if (metres > delivery.radiusMetres) return { ok: false, reason: 'OUT_OF_RANGE', distanceMetres: metres };
  if (itemsFen < delivery.minimumFen) {
    return { ok: false, reason: 'BELOW_MINIMUM', distanceMetres: metres, minimumFen: delivery.minimumFen };
  }
  return { ok: true, feeFen: delivery.feeFen, distanceMetres: metres };
}
