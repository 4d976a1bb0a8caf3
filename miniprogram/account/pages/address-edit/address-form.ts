// The address form's model: its fields, the client-side checks, the server's refusals per field, the save input.
import type { AddressView, SaveAddressInput } from '../../../../typings/contracts/account';
import type { ErrorBody } from '../../../../typings/result';
import { at } from '../../i18n';

export interface AddressForm {
  userName: string;
  telNumber: string;
  provinceName: string;
  cityName: string;
  countyName: string;
  detailInfo: string;
  postalCode: string;
  /** Degrees from the map; null until picked. */
  latitude: number | null;
  longitude: number | null;
  /** The picked place's name, to show what was picked. */
  placeName: string;
}

/** The form's parts a message can stand beside. */
export type FormPart = 'userName' | 'telNumber' | 'region' | 'detail' | 'location';
export type FormErrors = Partial<Record<FormPart, string>>;

export const EMPTY_FORM: AddressForm = {
  userName: '',
  telNumber: '',
  provinceName: '',
  cityName: '',
  countyName: '',
  detailInfo: '',
  postalCode: '',
  latitude: null,
  longitude: null,
  placeName: '',
};

/** The same rule as the server's: digits, an optional leading +, spaces or dashes inside. */
const PHONE = /^\+?[0-9][0-9 -]{3,18}[0-9]$/;
const blank = (value: string) => value.trim() === '';

/** What is missing or wrong, in the current language; empty when the form can be sent. */
export function checkAddressForm(form: AddressForm): FormErrors {
  const errors: FormErrors = {};
  if (blank(form.userName)) errors.userName = at('me.address.required.userName');
  if (blank(form.telNumber)) errors.telNumber = at('me.address.required.telNumber');
  else if (!PHONE.test(form.telNumber.trim())) errors.telNumber = at('me.address.invalid.telNumber');
  if (blank(form.provinceName) || blank(form.cityName)) errors.region = at('me.address.required.region');
  if (blank(form.detailInfo)) errors.detail = at('me.address.required.detail');
  if (form.latitude === null || form.longitude === null) errors.location = at('me.address.required.location');
  return errors;
}

const PART_OF_FIELD: Readonly<Record<string, FormPart>> = {
  userName: 'userName',
  telNumber: 'telNumber',
  provinceName: 'region',
  cityName: 'region',
  countyName: 'region',
  postalCode: 'region',
  detailInfo: 'detail',
  latitude: 'location',
  longitude: 'location',
};

/** The parts a server refusal names (`input/telNumber must match…`), each with the refusal's words. */
export function serverErrors(error: ErrorBody): FormErrors {
  if (error.code !== 'INVALID_INPUT' || !error.details) return {};
  const fields = 'problems' in error.details ? error.details.problems : [`input/${error.details.field}`];
  const errors: FormErrors = {};
  for (const problem of fields) {
    const part = PART_OF_FIELD[/^input\/(\w+)/.exec(problem)?.[1] ?? ''];
    if (part) errors[part] = at('me.address.serverRejected');
  }
  return errors;
}

/** What `saveAddress` takes: trimmed texts, an empty postal code left out. */
export function saveInput(form: AddressForm, id: string | null, isDefault: boolean): SaveAddressInput {
  const input: SaveAddressInput = {
    userName: form.userName.trim(),
    telNumber: form.telNumber.trim(),
    provinceName: form.provinceName.trim(),
    cityName: form.cityName.trim(),
    countyName: form.countyName.trim(),
    detailInfo: form.detailInfo.trim(),
    latitude: form.latitude ?? 0,
    longitude: form.longitude ?? 0,
  };
  if (isDefault) input.isDefault = true; // else left to the server (the first address is the default anyway)
  if (form.postalCode.trim() !== '') input.postalCode = form.postalCode.trim();
  if (id) input.id = id;
  return input;
}

/** The fields `wx.chooseAddress` answers that the form takes (its names are the contract's). */
export function fromChosenAddress(answer: Record<string, unknown>): Partial<AddressForm> {
  const pick = (name: keyof AddressForm) =>
    typeof answer[name] === 'string' ? { [name]: answer[name] } : {};
  return {
    ...pick('userName'),
    ...pick('telNumber'),
    ...pick('provinceName'),
    ...pick('cityName'),
    ...pick('countyName'),
    ...pick('detailInfo'),
    ...pick('postalCode'),
  };
}

/** An edit starts from what the server shows: the region in clear; the masked parts are re-entered. */
export function fromSavedAddress(view: AddressView): AddressForm {
  const [provinceName = '', cityName = '', countyName = ''] = view.region.split(' ');
  return { ...EMPTY_FORM, provinceName, cityName, countyName };
}
