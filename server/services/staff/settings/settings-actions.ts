// The settings actions of the `staff` function, registered in its index.ts with one spread.
import { defineAction } from '../../../runtime/router';
import { tableActions } from '../tables/table-actions';
import { readSettings, saveSettings } from './save-settings';
import { saveSettingsInputSchema, staffSettingsInputSchema } from './settings-schemas';

/** settings (read) and saveSettings (owner, manager; a clerk the switch), and the tables actions. */
export const staffSettingsActions = {
  settings: defineAction({
    input: staffSettingsInputSchema,
    requiresUser: true,
    handle: (input, caller) => readSettings(input, caller, Date.now()),
  }),
  saveSettings: defineAction({
    input: saveSettingsInputSchema,
    requiresUser: true,
    handle: (input, caller) => saveSettings(input, caller, Date.now()),
  }),
  ...tableActions,
};
