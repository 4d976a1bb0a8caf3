// A delivery address at rest: contact name, phone, address text and coordinates sealed together as one
// encrypted JSON field (AAD `orders:<orderId>:address.encrypted`), beside the masked copies screens show.
import type { DeliveryAddress } from '../../../typings/contracts/order';
import { maskName, maskPhone } from '../../domain/mask';
import type { OrderAddressRecord } from '../../domain/order/order-record';
import { decryptField, encryptField, type FieldKeyRing, type FieldPlace } from '../../runtime/field-crypto';

const placeOf = (orderId: string): FieldPlace => ({
  collection: 'orders',
  docId: orderId,
  field: 'address.encrypted',
});

/** An address text with all but its first third (at most 6 characters) hidden: '示范路 8 号 3 楼' → '示范路 ****'. */
export function maskAddressText(text: string): string {
  const characters = Array.from(text.trim());
  const shown = Math.min(6, Math.ceil(characters.length / 3));
  return `${characters.slice(0, shown).join('')}****`;
}

/** The stored form of an order's delivery address: everything personal encrypted (with the fresh `iv` given), masked copies in clear. */
export function sealDeliveryAddress(
  ring: FieldKeyRing,
  orderId: string,
  address: DeliveryAddress,
  distanceMetres: number,
  iv: Uint8Array,
): OrderAddressRecord {
  const { contactName, phone, text, latitude, longitude } = address;
  const plain = JSON.stringify({ contactName, phone, text, latitude, longitude });
  return {
    encrypted: encryptField(ring, placeOf(orderId), plain, iv),
    contactNameMasked: maskName(contactName),
    phoneMasked: maskPhone(phone),
    textMasked: maskAddressText(text),
    distanceMetres,
  };
}

/** The delivery address sealed in an order; throws FieldDecryptionError if it cannot be opened with the ring. */
export function openDeliveryAddress(
  ring: FieldKeyRing,
  orderId: string,
  record: OrderAddressRecord,
): DeliveryAddress {
  const opened = JSON.parse(decryptField(ring, placeOf(orderId), record.encrypted)) as DeliveryAddress;
  return {
    contactName: opened.contactName,
    phone: opened.phone,
    text: opened.text,
    latitude: opened.latitude,
    longitude: opened.longitude,
  };
}
