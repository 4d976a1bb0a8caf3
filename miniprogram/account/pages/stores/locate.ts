// Where the customer is, only when they agreed to the privacy guide and allow location; else null.
import type { GeoLocation } from '../../../../typings/contracts/browse';
import { ensurePrivacy } from '../../utils/privacy-gate';

/** The phone's location (GCJ-02 degrees), or null when the customer declines the guide or location. */
export async function locateCustomer(): Promise<GeoLocation | null> {
  if (!(await ensurePrivacy())) return null;
  return wx.getLocation({ type: 'gcj02' }).then(
    ({ latitude, longitude }) => ({ latitude, longitude }),
    () => null, // denied location, or no signal: the usual order
  );
}
