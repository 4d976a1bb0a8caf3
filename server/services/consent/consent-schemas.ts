// Input schema of recordConsent: the answer of one subscribe prompt, template id → the platform's word for it.
import type { RecordConsentInput } from '../../../typings/contracts/consent';
import type { Schema } from '../../runtime/validation';

/** The most templates one prompt may ask for (the platform's stricter documented limit is 3). */
export const MAX_DECISIONS = 3;

/** `recordConsent`: 1–3 template ids (as the platform spells them) each with accept/reject/ban/filter. */
export const recordConsentInputSchema: Schema<RecordConsentInput> = {
  type: 'object',
  properties: {
    decisions: {
      type: 'object',
      required: [],
      minProperties: 1,
      maxProperties: MAX_DECISIONS,
      propertyNames: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
      additionalProperties: { type: 'string', enum: ['accept', 'reject', 'ban', 'filter'] },
    },
  },
  required: ['decisions'],
  additionalProperties: false,
};
