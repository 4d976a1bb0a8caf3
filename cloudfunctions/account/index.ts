import { createRouter } from '../../server/runtime/router';
import * as validators from '../../server/runtime/validation-compiled/account';
import { addressBookActions } from '../../server/services/account/address-actions';

// account: the caller's own data. Each feature registers its actions with one line.
export const main = createRouter('account', validators, {
  ...addressBookActions,
});
