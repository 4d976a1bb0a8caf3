import { createRouter, defineAction } from '../../server/runtime/router';
import * as validators from '../../server/runtime/validation-compiled/account';
import { eraseMyData } from '../../server/services/privacy/erase-data';
import { exportMyData } from '../../server/services/privacy/export-data';
import {
  privacyEraseInputSchema,
  privacyExportInputSchema,
} from '../../server/services/privacy/privacy-schemas';

// account: the caller's own account — everything stored about them exported, or erased.
export const main = createRouter('account', validators, {
  // privacy: "export my data" and "delete my data".
  privacyExport: defineAction({
    input: privacyExportInputSchema,
    requiresUser: true,
    handle: (_input, caller) => exportMyData(caller, Date.now()),
  }),
  privacyErase: defineAction({
    input: privacyEraseInputSchema,
    requiresUser: true,
    handle: (_input, caller) => eraseMyData(caller, Date.now()),
  }),
});
