// The address book's use cases: the caller's own addresses only (every read and write names their openid),
// at most MAX_ADDRESSES of them, at most one default; each answer is the whole book, masked.
import type {
  AddressBook,
  AddressFields,
  AddressIdInput,
  SaveAddressInput,
  SaveAddressOutput,
} from '../../../typings/contracts/account';
import type { DeliveryAddress } from '../../../typings/contracts/order';
import {
  clearOtherDefaults,
  clearOwnDefault,
  findOwnAddress,
  insertAddress,
  listOwnAddresses,
  markOwnDefault,
  newAddressId,
  removeOwnAddress,
  replaceOwnAddress,
} from '../../repositories/address-repository';
import { AppError } from '../../runtime/app-error';
import { fieldKeyRingFromEnvironment } from '../../runtime/field-keys';
import { addressBookOf, defaultIdOf, MAX_ADDRESSES } from './address-book-view';
import { asDeliveryAddress, openAddress, sealAddress } from './address-seal';

/** The same answer for an address that is another customer's as for one that does not exist. */
function addressNotFound(field = 'id'): AppError {
  return new AppError('NOT_FOUND', `input/${field}: no such address in your address book`, { field });
}

function bookFullError(): AppError {
  return new AppError('INVALID_INPUT', `an address book holds at most ${MAX_ADDRESSES} addresses`, {
    field: 'id',
    problem: 'ADDRESS_LIMIT',
    limit: MAX_ADDRESSES,
  });
}

/** The caller's whole address book (one operation). */
export async function listAddresses(openid: string): Promise<AddressBook> {
  return addressBookOf(await listOwnAddresses(openid));
}

/** Adds an address (no id) or replaces one of the caller's (id), sealed; answers the book and the saved id. */
export async function saveAddress(input: SaveAddressInput, openid: string): Promise<SaveAddressOutput> {
  const { id, isDefault, ...fields } = input;
  const ring = fieldKeyRingFromEnvironment();
  const now = new Date();
  let savedId: string;
  if (id === undefined) {
    const before = await listOwnAddresses(openid);
    if (before.length >= MAX_ADDRESSES) throw bookFullError();
    savedId = newAddressId();
    const becomesDefault = isDefault ?? before.length === 0;
    await insertAddress({
      _id: savedId,
      _openid: openid,
      ...sealAddress(ring, savedId, fields),
      isDefault: becomesDefault,
      ...(becomesDefault && { defaultAt: now }),
      createdAt: now,
      updatedAt: now,
    });
    // Two saves at once may both have seen room for one more: the one that went over takes itself back out.
    if ((await listOwnAddresses(openid)).length > MAX_ADDRESSES) {
      await removeOwnAddress(openid, savedId);
      throw bookFullError();
    }
  } else {
    if (!(await replaceOwnAddress(openid, id, sealAddress(ring, id, fields), now))) throw addressNotFound();
    savedId = id;
    if (isDefault === false) await clearOwnDefault(openid, id);
  }
  if (isDefault === true) {
    if (id === undefined) await clearOtherDefaults(openid, savedId);
    else await makeDefault(openid, savedId, now);
  }
  return { ...(await listAddresses(openid)), savedId };
}

/** Removes one of the caller's addresses; answers the book without it. */
export async function removeAddress(input: AddressIdInput, openid: string): Promise<AddressBook> {
  if (!(await removeOwnAddress(openid, input.id))) throw addressNotFound();
  return listAddresses(openid);
}

/** Makes one of the caller's addresses the default (and no other); answers the book. */
export async function setDefaultAddress(input: AddressIdInput, openid: string): Promise<AddressBook> {
  await makeDefault(openid, input.id, new Date());
  return listAddresses(openid);
}

/** Marks the caller's address `id` the default and clears every other mark; NOT_FOUND when it is not theirs. */
async function makeDefault(openid: string, id: string, at: Date): Promise<void> {
  // An update that changes nothing (already the default, at this very time) counts 0: look before refusing.
  if (!(await markOwnDefault(openid, id, at)) && !(await findOwnAddress(openid, id))) {
    throw addressNotFound();
  }
  await clearOtherDefaults(openid, id);
}

/** One of the caller's saved addresses, opened, as checkout takes a delivery address; NOT_FOUND when not theirs. */
export async function deliveryAddressFromBook(openid: string, id: string): Promise<DeliveryAddress> {
  const document = await findOwnAddress(openid, id);
  if (!document) throw addressNotFound('addressId');
  return asDeliveryAddress(openAddress(fieldKeyRingFromEnvironment(), document));
}

/** A saved address opened for its owner: what they typed, with its id, default mark and times (ISO). */
export interface OpenedAddress extends AddressFields {
  id: string;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Every address the caller saved, opened (for their own export); throws when the field key cannot open one. */
export async function openOwnAddresses(openid: string): Promise<OpenedAddress[]> {
  const documents = await listOwnAddresses(openid);
  const ring = fieldKeyRingFromEnvironment();
  const defaultId = defaultIdOf(documents);
  return addressBookOf(documents).addresses.flatMap((view) => {
    const document = documents.find((candidate) => candidate._id === view.id);
    if (!document) return [];
    return [
      {
        id: document._id,
        ...openAddress(ring, document),
        isDefault: document._id === defaultId,
        createdAt: new Date(document.createdAt).toISOString(),
        updatedAt: view.updatedAt,
      },
    ];
  });
}
