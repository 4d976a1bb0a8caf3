// The address book's actions of the `account` function, registered in its index.ts with one spread.
import { defineAction } from '../../runtime/router';
import { removeAddress, listAddresses, saveAddress, setDefaultAddress } from './address-book';
import { addressIdInputSchema, listAddressesInputSchema, saveAddressInputSchema } from './address-schemas';

/** listAddresses, saveAddress, removeAddress, setDefaultAddress: the caller's own address book. */
export const addressBookActions = {
  listAddresses: defineAction({
    input: listAddressesInputSchema,
    requiresUser: true,
    handle: (_input, caller) => listAddresses(caller.openid),
  }),
  saveAddress: defineAction({
    input: saveAddressInputSchema,
    requiresUser: true,
    handle: (input, caller) => saveAddress(input, caller.openid),
  }),
  removeAddress: defineAction({
    input: addressIdInputSchema,
    requiresUser: true,
    handle: (input, caller) => removeAddress(input, caller.openid),
  }),
  setDefaultAddress: defineAction({
    input: addressIdInputSchema,
    requiresUser: true,
    handle: (input, caller) => setDefaultAddress(input, caller.openid),
  }),
};
