import { createRouter } from '../../server/runtime/router';
import * as validators from '../../server/runtime/validation-compiled/account';
import { addressBookActions } from '../../server/services/account/address-actions';
import { consentActions } from '../../server/services/consent/consent-actions';
import { privacyActions } from '../../server/services/privacy/privacy-actions';

// account: the caller's own data — the address book, subscribe-message consents, and everything stored about them exported or erased.
// Each feature registers its actions with one line.
export const main = createRouter('account', validators, {
  ...addressBookActions,
  ...consentActions,
  ...privacyActions,
});
