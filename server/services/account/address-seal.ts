// An address-book entry at rest and on screen: every field the customer typed sealed together as one
// encrypted JSON value (AAD `addresses:<id>:sealed`), beside masked copies and the coarse region in clear.
import type { AddressFields, AddressView } from '../../../typings/contracts/account';
import type { DeliveryAddress } from '../../../typings/contracts/order';
import { maskName, maskPhone } from '../../domain/mask';
import type { AddressContent, AddressDocument } from '../../repositories/address-repository';
import { decryptField, encryptField, type FieldKeyRing, type FieldPlace } from '../../runtime/field-crypto';
import { maskAddressText } from '../checkout/delivery-address';

const placeOf = (addressId: string): FieldPlace => ({
  collection: 'addresses',
  docId: addressId,
  field: 'sealed',
});

/** Province, city and district joined by spaces (an empty district left out). */
export function regionOf(fields: AddressFields): string {
  return [fields.provinceName, fields.cityName, fields.countyName]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

/** The stored content of address `addressId`: the fields sealed with the ring's current key, masked copies in clear. */
export function sealAddress(ring: FieldKeyRing, addressId: string, fields: AddressFields): AddressContent {
  const { userName, telNumber, provinceName, cityName, countyName, detailInfo, postalCode } = fields;
  const { latitude, longitude } = fields;
  const plain = JSON.stringify({
    userName,
    telNumber,
    provinceName,
    cityName,
    countyName,
    detailInfo,
    ...(postalCode !== undefined && { postalCode }),
    latitude,
    longitude,
  });
  return {
    sealed: encryptField(ring, placeOf(addressId), plain),
    contactNameMasked: maskName(userName),
    phoneMasked: maskPhone(telNumber.replace(/[ -]/g, '')),
    region: regionOf(fields),
    detailMasked: maskAddressText(detailInfo),
  };
}

/** The fields sealed in a stored address; throws FieldDecryptionError if the ring cannot open them. */
export function openAddress(ring: FieldKeyRing, document: AddressDocument): AddressFields {
  const opened = JSON.parse(decryptField(ring, placeOf(document._id), document.sealed)) as AddressFields;
  return {
    userName: opened.userName,
    telNumber: opened.telNumber,
    provinceName: opened.provinceName,
    cityName: opened.cityName,
    countyName: opened.countyName,
    detailInfo: opened.detailInfo,
    ...(opened.postalCode !== undefined && { postalCode: opened.postalCode }),
    latitude: opened.latitude,
    longitude: opened.longitude,
  };
}

/** An address-book entry as checkout takes a delivery address: the region and the detail as one text. */
export function asDeliveryAddress(fields: AddressFields): DeliveryAddress {
  return {
    contactName: fields.userName,
    phone: fields.telNumber,
    text: `${regionOf(fields)} ${fields.detailInfo}`.trim(),
    latitude: fields.latitude,
    longitude: fields.longitude,
  };
}

/** A stored address as its owner sees it in the list (masked; `isDefault` as the book decided). */
export function addressViewOf(document: AddressDocument, isDefault: boolean): AddressView {
  return {
    id: document._id,
    contactNameMasked: document.contactNameMasked,
    phoneMasked: document.phoneMasked,
    region: document.region,
    detailMasked: document.detailMasked,
    isDefault,
    updatedAt: new Date(document.updatedAt).toISOString(),
  };
}
