// The tables actions of the `staff` function (spread into it with the settings actions).
import { defineAction } from '../../../runtime/router';
import { staffSettingsInputSchema } from '../settings/settings-schemas';
import { saveTableInputSchema, tableCodeInputSchema } from './table-schemas';
import { listTables, saveTable, tableCode } from './table-service';

/** tables (list), saveTable (add, rename, disable) and tableCode (the printable code image). */
export const tableActions = {
  tables: defineAction({
    input: staffSettingsInputSchema,
    requiresUser: true,
    handle: (input, caller) => listTables(input, caller, Date.now()),
  }),
  saveTable: defineAction({
    input: saveTableInputSchema,
    requiresUser: true,
    handle: (input, caller) => saveTable(input, caller, Date.now()),
  }),
  tableCode: defineAction({
    input: tableCodeInputSchema,
    requiresUser: true,
    handle: (input, caller) => tableCode(input, caller, Date.now()),
  }),
};
