// Input schemas of the privacy actions: export takes nothing, erase takes the customer's confirmation.
import type { PrivacyEraseInput, PrivacyExportInput } from '../../../typings/contracts/privacy';
import type { Schema } from '../../runtime/validation';

/** `privacyExport`: an empty object (who is asking comes from the platform, never from the input). */
export const privacyExportInputSchema: Schema<PrivacyExportInput> = {
  type: 'object',
  required: [],
  additionalProperties: false,
};

/** `privacyErase`: `{ confirm: 'erase' }`, sent once the customer confirmed on the page. */
export const privacyEraseInputSchema: Schema<PrivacyEraseInput> = {
  type: 'object',
  properties: { confirm: { type: 'string', enum: ['erase'] } },
  required: ['confirm'],
  additionalProperties: false,
};
