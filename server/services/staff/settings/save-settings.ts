// staff.settings and staff.saveSettings: a store's hours, holidays, switch, modes, delivery, fees and unpaid
// window. Owner and manager change any; a clerk only the open / busy / closed switch. Each change is audited
// with the fields before and after; customers see it at their next load (browse reads the store each time).
import type {
  SaveSettingsInput,
  StaffSettingsInput,
  StoreSettings,
} from '../../../../typings/contracts/staff-settings';
import type { StoreRecord } from '../../../domain/catalog-types';
import { appendAudit } from '../../../repositories/audit-repository';
import { loadStore } from '../../../repositories/catalog-repository';
import {
  type StoreSettingsWrite,
  type StoredSwitch,
  updateStoreSettings,
} from '../../../repositories/store-settings-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';
import { EDITS_SETTINGS, logDenied, requireStoreRole, SWITCHES_STATE } from './settings-access';
import { settingsProblem } from './settings-rules';
import { settingsOf } from './settings-view';

/** The input fields a clerk may send: the switch and its message. */
const SWITCH_FIELDS = new Set(['storeId', 'state', 'stateMessage']);

const storeTarget = (storeId: string) =>
  ({ storeId, targetCollection: 'stores', targetId: storeId }) as const;

async function storeOrNotFound(storeId: string): Promise<StoreRecord> {
  const store = await loadStore(storeId);
  if (!store) throw new AppError('NOT_FOUND', 'There is no such store.', { field: 'storeId' });
  return store;
}

/** The settings of the caller's store (owner, manager, clerk). */
export async function readSettings(
  input: StaffSettingsInput,
  caller: Caller,
  nowMs: number,
): Promise<StoreSettings> {
  const member = await requireStoreRole(
    caller,
    'settings',
    storeTarget(input.storeId),
    SWITCHES_STATE,
    nowMs,
  );
  return settingsOf(await storeOrNotFound(input.storeId), member.role);
}

/** The switch a state asks for, with its message. */
function switchOf(state: NonNullable<SaveSettingsInput['state']>, message: string): StoredSwitch {
  if (state === 'closed') return { isAcceptingOrders: false, closedNote: message };
  return state === 'busy' ? { isAcceptingOrders: true, busyMessage: message } : { isAcceptingOrders: true };
}

/** The stored fields the changes set (nested as in the store record). */
function writeOf(input: SaveSettingsInput): StoreSettingsWrite {
  const fields: Record<string, unknown> = {};
  if (input.hours) fields.hours = input.hours;
  if (input.holidays) fields.holidays = [...input.holidays].sort();
  const modes: Record<string, unknown> = {};
  if (input.modes) {
    modes.dine_in = { enabled: input.modes.dineIn };
    modes.pickup = { enabled: input.modes.pickup };
    modes.delivery = { enabled: input.modes.delivery };
  }
  if (input.delivery) modes.delivery = { ...(modes.delivery as object | undefined), ...input.delivery };
  if (Object.keys(modes).length > 0) fields.modes = modes;
  if (input.unpaidOrderExpiryMinutes !== undefined)
    fields.unpaidOrderExpiryMinutes = input.unpaidOrderExpiryMinutes;
  if (input.packagingFeeFen !== undefined) fields.packagingFeeFen = input.packagingFeeFen;
  return {
    fields,
    ...(input.state !== undefined && { switch: switchOf(input.state, input.stateMessage?.trim() ?? '') }),
  };
}

/** The settings fields that differ between two views, before and after, for the log. */
function changedFields(before: StoreSettings, after: StoreSettings) {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof StoreSettings>) {
    if (key === 'updatedAt' || key === 'mayEdit') continue;
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    was[key] = before[key];
    now[key] = after[key];
  }
  return { was, now };
}

/** Saves the changes after the role and the rules allow them; the settings as they are now. */
export async function saveSettings(
  input: SaveSettingsInput,
  caller: Caller,
  nowMs: number,
): Promise<StoreSettings> {
  const target = storeTarget(input.storeId);
  const member = await requireStoreRole(caller, 'saveSettings', target, SWITCHES_STATE, nowMs);
  const onlySwitch = Object.keys(input).every((key) => SWITCH_FIELDS.has(key));
  if (!EDITS_SETTINGS.includes(member.role) && !onlySwitch) {
    await logDenied(caller, 'saveSettings', target, member.role, nowMs);
    throw new AppError(
      'FORBIDDEN',
      'A clerk may switch the store open, busy or closed; ask a manager for the rest.',
    );
  }
  const problem = settingsProblem(input);
  if (problem)
    throw new AppError(
      'INVALID_INPUT',
      `The settings cannot be saved as they are (${problem.field}).`,
      problem,
    );
  const store = await storeOrNotFound(input.storeId);
  const before = settingsOf(store, member.role);
  const write = writeOf(input);
  if (Object.keys(write.fields).length === 0 && !write.switch) return before;
  if (!(await updateStoreSettings(input.storeId, write, nowMs))) {
    throw new AppError('NOT_FOUND', 'There is no such store.', { field: 'storeId' });
  }
  const after = settingsOf(await storeOrNotFound(input.storeId), member.role);
  const { was, now } = changedFields(before, after);
  await appendAudit(
    {
      ...target,
      actorOpenid: caller.openid,
      actorRole: member.role,
      action: 'staff.saveSettings',
      before: was,
      after: now,
      source: caller.source,
    },
    nowMs,
  );
  return after;
}
