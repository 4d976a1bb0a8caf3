// The privacy actions of the `account` function, registered in its index.ts with one spread.
import { defineAction } from '../../runtime/router';
import { eraseMyData } from './erase-data';
import { exportMyData } from './export-data';
import { privacyEraseInputSchema, privacyExportInputSchema } from './privacy-schemas';

/** privacyExport and privacyErase: "export my data" and "delete my data", for the caller only. */
export const privacyActions = {
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
};
