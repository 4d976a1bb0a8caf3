import { answer, type Callbacks } from './callbacks';
import { distanceMetres, distanceText, SPOTS, type Spot } from './location-spots';
import type { AuthSettings } from './settings';
import { element, openBottomSheet, wxFailure } from './sheet-layer';

/** What the location APIs need: the frame, the privacy guard and the user's authorization decisions. */
export interface LocationDeps {
  frame: HTMLElement;
  privacy: (api: string) => Promise<void>;
  settings: AuthSettings;
}

/** The sheet chooseLocation opens: the spots by distance from `centre`; resolves with the confirmed one. */
function chooseSpot(
  frame: HTMLElement,
  centre: Pick<Spot, 'latitude' | 'longitude'>,
  current: Spot,
): Promise<Spot> {
  const sheet = openBottomSheet(frame, 'location', '选择位置', '确定');
  const spots = [...SPOTS].sort((a, b) => distanceMetres(centre, a) - distanceMetres(centre, b));
  let chosen = spots.includes(current) ? current : spots[0];
  const rows = spots.map((spot) => {
    const row = element('div', 'wx-sheet-row');
    row.setAttribute('role', 'option');
    row.dataset.spot = spot.name;
    const main = element('div', 'wx-sheet-main', spot.name);
    main.append(element('small', '', `${distanceText(distanceMetres(centre, spot))} | ${spot.address}`));
    row.append(main);
    row.addEventListener('click', () => {
      chosen = spot;
      rows.forEach((other, index) => other.setAttribute('aria-selected', String(spots[index] === chosen)));
    });
    row.setAttribute('aria-selected', String(spot === chosen));
    sheet.body.append(row);
    return row;
  });
  return new Promise((resolve, reject) => {
    sheet.cancel.addEventListener('click', () => {
      sheet.layer.close();
      reject(wxFailure('chooseLocation', 'cancel'));
    });
    sheet.done?.addEventListener('click', () => {
      sheet.layer.close();
      if (chosen) resolve(chosen);
    });
  });
}

/**
 * getLocation, getFuzzyLocation and chooseLocation over a small list of spots near the demo café. Where the phone is, is the
 * spot last chosen (the café's door at first): getLocation answers it, after the privacy agreement and the
 * `scope.userLocation` prompt (a refusal answers `getLocation:fail auth deny`).
 */
export function locationApis(deps: LocationDeps) {
  let here: Spot = SPOTS[0] ?? { name: '', address: '', latitude: 0, longitude: 0 };
  return {
    getLocation: (options: Callbacks & { type?: 'wgs84' | 'gcj02'; altitude?: boolean } = {}) =>
      answer(
        options,
        deps.settings.require('getLocation', 'scope.userLocation').then(() => ({
          latitude: here.latitude,
          longitude: here.longitude,
          speed: -1,
          accuracy: 65,
          altitude: 0,
          verticalAccuracy: 65,
          horizontalAccuracy: 65,
          errMsg: 'getLocation:ok',
        })),
      ),
    getFuzzyLocation: (options: Callbacks & { type?: 'wgs84' | 'gcj02' } = {}) =>
      answer(
        options,
        deps.settings.require('getFuzzyLocation', 'scope.userFuzzyLocation').then(() => ({
          // Fuzzy: to about a kilometre, as the platform blurs it.
          latitude: Math.round(here.latitude * 100) / 100,
          longitude: Math.round(here.longitude * 100) / 100,
          errMsg: 'getFuzzyLocation:ok',
        })),
      ),
    chooseLocation: (options: Callbacks & { latitude?: number; longitude?: number } = {}) =>
      answer(
        options,
        deps
          .privacy('chooseLocation')
          .then(() =>
            chooseSpot(
              deps.frame,
              options.latitude !== undefined && options.longitude !== undefined
                ? { latitude: options.latitude, longitude: options.longitude }
                : here,
              here,
            ),
          )
          .then((spot) => {
            here = spot;
            return {
              name: spot.name,
              address: spot.address,
              latitude: spot.latitude,
              longitude: spot.longitude,
              errMsg: 'chooseLocation:ok',
            };
          }),
      ),
  };
}
