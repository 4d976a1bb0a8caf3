// The `addresses` collection: a customer's saved delivery addresses. Every query names the owner's openid
// beside the id, so no call can read or change another customer's address; ids are random.
import { randomBytes } from 'node:crypto';
import { database, readList, updateCount } from '../runtime/cloud';
import { busyOnTransient } from '../runtime/transient';

/** An address as stored: the personal parts sealed in `sealed`, masked copies and the region in clear. */
export interface AddressDocument {
  _id: string;
  _openid: string;
  /** The sealed JSON of the address's fields (field-crypto, AAD `addresses:<_id>:sealed`). */
  sealed: string;
  contactNameMasked: string;
  phoneMasked: string;
  region: string;
  detailMasked: string;
  isDefault: boolean;
  /** When it last became the default; the latest wins should two ever say they are. */
  defaultAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** What a save writes: everything but the owner, the id and the creation time. */
export type AddressContent = Pick<
  AddressDocument,
  'sealed' | 'contactNameMasked' | 'phoneMasked' | 'region' | 'detailMasked'
>;

/** Reads of one customer's book stop here: a little above the limit, so a race past it still shows. */
const READ_LIMIT = 40;

const addresses = () => database().collection('addresses');

/** A new address's `_id`: `addr-` + 24 characters of 144 random bits. */
export function newAddressId(): string {
  return `addr-${randomBytes(18).toString('base64url')}`;
}

/** Every address the customer saved, in no particular order (one operation). */
export async function listOwnAddresses(openid: string): Promise<AddressDocument[]> {
  return readList<AddressDocument>(addresses().where({ _openid: openid }).limit(READ_LIMIT));
}

/** One of the customer's addresses, or undefined when it is not theirs or not there (one operation). */
export async function findOwnAddress(openid: string, id: string): Promise<AddressDocument | undefined> {
  const [found] = await readList<AddressDocument>(addresses().where({ _id: id, _openid: openid }).limit(1));
  return found;
}

/** Stores a new address (one operation). */
export async function insertAddress(document: AddressDocument): Promise<void> {
  await busyOnTransient(async () => addresses().add({ data: document }));
}

/** Replaces the content of the customer's address `id`; false when it is not theirs or not there (one operation). */
export async function replaceOwnAddress(
  openid: string,
  id: string,
  content: AddressContent,
  updatedAt: Date,
): Promise<boolean> {
  const updated = await updateCount(addresses().where({ _id: id, _openid: openid }), {
    ...content,
    updatedAt,
  });
  return updated === 1;
}

/** Deletes the customer's address `id`; false when it is not theirs or not there (one operation). */
export async function removeOwnAddress(openid: string, id: string): Promise<boolean> {
  const result = (await busyOnTransient(async () =>
    addresses().where({ _id: id, _openid: openid }).remove(),
  )) as { stats: { removed: number } };
  return result.stats.removed === 1;
}

/** Makes the customer's address `id` the default as of `at`; false when it is not theirs or not there (one operation). */
export async function markOwnDefault(openid: string, id: string, at: Date): Promise<boolean> {
  const updated = await updateCount(
    addresses().where({ _id: id, _openid: openid }),
    { isDefault: true, defaultAt: at },
    { isIdempotent: true },
  );
  return updated === 1;
}

/** Clears the default mark of the customer's addresses other than `keptId` (one operation). */
export async function clearOtherDefaults(openid: string, keptId: string): Promise<void> {
  const _ = database().command;
  await updateCount(
    addresses().where({ _openid: openid, isDefault: true, _id: _.neq(keptId) }),
    { isDefault: false },
    { isIdempotent: true },
  );
}

/** Clears the default mark of the customer's address `id` (one operation). */
export async function clearOwnDefault(openid: string, id: string): Promise<void> {
  await updateCount(
    addresses().where({ _id: id, _openid: openid }),
    { isDefault: false },
    { isIdempotent: true },
  );
}
