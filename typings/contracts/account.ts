// Contract of the `account` cloud function's address book: the caller's own saved delivery addresses.
import type { ActionContract } from './index';

/**
 * An address as the customer enters it. The names are those of `wx.chooseAddress`'s answer, so a page can
 * pass its fields on (leaving out `errMsg`, `nationalCode` and an empty `postalCode`); the coordinates (degrees)
 * come from `wx.chooseLocation` and are what the delivery radius is measured from.
 */
export interface AddressFields {
  /** Contact name (`userName`). */
  userName: string;
  /** Contact phone (`telNumber`): digits, an optional leading +, spaces or dashes. */
  telNumber: string;
  provinceName: string;
  cityName: string;
  /** District (`countyName`); may be empty. */
  countyName: string;
  /** Street, building and room (`detailInfo`). */
  detailInfo: string;
  /** Six digits, when known. */
  postalCode?: string;
  latitude: number;
  longitude: number;
}

/** `saveAddress`: a new address (no `id`) or a whole replacement of one the caller saved (`id`). */
export interface SaveAddressInput extends AddressFields {
  id?: string;
  /** Make it the default; the first address saved is the default anyway. */
  isDefault?: boolean;
}

/** `removeAddress` / `setDefaultAddress`: one of the caller's addresses. */
export interface AddressIdInput {
  id: string;
}

/** `listAddresses` takes nothing: the caller is known from the platform. */
export type ListAddressesInput = Record<string, never>;

/** A saved address as its owner sees it: personal parts masked (`李*`, `138****5678`), the region in clear. */
export interface AddressView {
  id: string;
  contactNameMasked: string;
  phoneMasked: string;
  /** Province, city and district, space-separated, e.g. `广东省 深圳市 南山区`. */
  region: string;
  detailMasked: string;
  isDefault: boolean;
  /** ISO time of the last save. */
  updatedAt: string;
}

/** Every answer of the address book: the whole book, the default first, then the most recently saved. */
export interface AddressBook {
  addresses: AddressView[];
  /** How many addresses the book may hold (20). */
  maxAddresses: number;
}

/** `saveAddress`: the whole book and the id of the address just saved. */
export interface SaveAddressOutput extends AddressBook {
  savedId: string;
}

/** The address book's actions, as the contract map lists them under `account`. */
export interface AddressBookContracts {
  listAddresses: ActionContract<ListAddressesInput, AddressBook>;
  saveAddress: ActionContract<SaveAddressInput, SaveAddressOutput>;
  removeAddress: ActionContract<AddressIdInput, AddressBook>;
  setDefaultAddress: ActionContract<AddressIdInput, AddressBook>;
}
