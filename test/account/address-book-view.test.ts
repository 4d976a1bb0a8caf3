// The book's order and its one default, as a pure function of the stored documents.
import type { AddressDocument } from '../../server/repositories/address-repository';
import { addressBookOf, defaultIdOf } from '../../server/services/account/address-book-view';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 2, minute));

function stored(id: string, updatedMinute: number, defaultMinute?: number): AddressDocument {
  return {
    _id: id,
    _openid: 'o-view',
    sealed: 'v1:a:b:c',
    contactNameMasked: '李*',
    phoneMasked: '138****5678',
    region: '广东省 深圳市',
    detailMasked: '科技园 ****',
    isDefault: defaultMinute !== undefined,
    ...(defaultMinute !== undefined && { defaultAt: at(defaultMinute) }),
    createdAt: at(0),
    updatedAt: at(updatedMinute),
  };
}

test('of two addresses marked default, the one marked last is the only default shown', () => {
  const documents = [stored('addr-a', 5, 1), stored('addr-b', 3, 4), stored('addr-c', 9)];
  expect(defaultIdOf(documents)).toBe('addr-b');
  const book = addressBookOf(documents);
  expect(book.addresses.map((view) => [view.id, view.isDefault])).toEqual([
    ['addr-b', true],
    ['addr-c', false],
    ['addr-a', false],
  ]);
  expect(book.maxAddresses).toBe(20);
});

test('a book with no default lists the most recently saved first, ties by id', () => {
  const book = addressBookOf([stored('addr-b', 2), stored('addr-a', 2), stored('addr-c', 7)]);
  expect(defaultIdOf([stored('addr-x', 1)])).toBeUndefined();
  expect(book.addresses.map((view) => view.id)).toEqual(['addr-c', 'addr-a', 'addr-b']);
  expect(book.addresses.every((view) => !view.isDefault)).toBe(true);
  expect(book.addresses[0]?.updatedAt).toBe('2026-01-05T02:07:00.000Z');
});
