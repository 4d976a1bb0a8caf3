// Checkout's delivery from the address book: an `addressId` in the checkout input becomes the caller's own
// saved address, opened, before the checkout sees it.
import type { CheckoutInput } from '../../../typings/contracts/checkout';
import { AppError } from '../../runtime/app-error';
import { deliveryAddressFromBook } from './address-book';

/** The input with `addressId` replaced by the address it names (delivery only); NOT_FOUND when it is not the caller's. */
export async function withBookAddress<T extends CheckoutInput>(
  input: T,
  openid: string,
): Promise<Omit<T, 'addressId'>> {
  const { addressId, ...rest } = input;
  if (addressId === undefined || input.mode !== 'delivery') return rest;
  if (input.address !== undefined) {
    throw new AppError('INVALID_INPUT', 'input: give an address or an addressId, not both', {
      field: 'addressId',
      problem: 'ADDRESS_AND_ID',
    });
  }
  return { ...rest, address: await deliveryAddressFromBook(openid, addressId) };
}
