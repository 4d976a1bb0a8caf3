// The address book as pages see it: at most one default (the one marked most recently), listed first, then
// the most recently saved. Pure: a function of the stored documents.
import type { AddressBook } from '../../../typings/contracts/account';
import type { AddressDocument } from '../../repositories/address-repository';
import { addressViewOf } from './address-seal';

/** Most addresses one customer may keep. */
export const MAX_ADDRESSES = 20;

const timeOf = (at: Date | undefined): number => (at === undefined ? 0 : new Date(at).getTime());

/** Newer first by `at`, then by id, so the order never depends on how the database returned them. */
function newerFirst(a: AddressDocument, b: AddressDocument, at: (d: AddressDocument) => number): number {
  return at(b) - at(a) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);
}

/** The id of the book's default: of those marked, the one marked last; undefined when none is. */
export function defaultIdOf(documents: readonly AddressDocument[]): string | undefined {
  const marked = documents.filter((document) => document.isDefault);
  return marked.sort((a, b) => newerFirst(a, b, (d) => timeOf(d.defaultAt)))[0]?._id;
}

/** The whole book: the default first, then the most recently saved. */
export function addressBookOf(documents: readonly AddressDocument[]): AddressBook {
  const defaultId = defaultIdOf(documents);
  const ordered = [...documents].sort(
    (a, b) =>
      Number(b._id === defaultId) - Number(a._id === defaultId) ||
      newerFirst(a, b, (d) => timeOf(d.updatedAt)),
  );
  return {
    addresses: ordered.map((document) => addressViewOf(document, document._id === defaultId)),
    maxAddresses: MAX_ADDRESSES,
  };
}
