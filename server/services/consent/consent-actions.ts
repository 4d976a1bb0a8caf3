// The consent action of the `account` function, registered in its index.ts with one spread.
import { defineAction } from '../../runtime/router';
import { recordConsentInputSchema } from './consent-schemas';
import { recordConsent } from './record-consent';

/** recordConsent: the caller's answer to a subscribe prompt, kept as credits the server spends. */
export const consentActions = {
  recordConsent: defineAction({
    input: recordConsentInputSchema,
    requiresUser: true,
    handle: (input, caller) => recordConsent(input, caller, Date.now()),
  }),
};
