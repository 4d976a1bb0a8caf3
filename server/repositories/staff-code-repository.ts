// The `staff_codes` collection: one-time invite and owner setup codes, stored hashed (closed to clients).
// Redeeming is one conditional update from `open` to `used`, so one code makes one member.
import { newStaffCode } from '../runtime/staff-code';
import { database, readList, updateCount } from '../runtime/cloud';
import { isDuplicateKeyError } from './database-errors';
import type { StaffRole } from './staff-repository';

/** An invite for any role, or the code that makes a store's first owner. */
export type StaffCodeKind = 'invite' | 'owner_setup';

/** A stored code (database/collections/staff_codes.schema.json). */
export interface StaffCodeRecord {
  _id: string;
  storeId: string;
  kind: StaffCodeKind;
  role: StaffRole;
  secretHash: string;
  state: 'open' | 'used';
  createdBy: string;
  usedBy?: string;
  usedAt?: Date;
  expiresAt: Date;
  createdAt: Date;
}

/** Attempts at a free lookup id before giving up (each a one-in-a-million-ish clash). */
const INSERT_ATTEMPTS = 5;

const codes = () => database().collection('staff_codes');

/** Stores a fresh code and answers it as typed (shown once, never stored). */
export async function issueStaffCode(
  fields: Pick<StaffCodeRecord, 'storeId' | 'kind' | 'role' | 'createdBy'>,
  expiresAtMs: number,
  nowMs: number,
): Promise<{ code: string; codeId: string }> {
  for (let attempt = 1; ; attempt += 1) {
    const issued = newStaffCode();
    const record: StaffCodeRecord = {
      _id: issued.codeId,
      ...fields,
      secretHash: issued.secretHash,
      state: 'open',
      expiresAt: new Date(expiresAtMs),
      createdAt: new Date(nowMs),
    };
    try {
      await codes().add({ data: record });
      return { code: issued.code, codeId: issued.codeId };
    } catch (error) {
      if (!isDuplicateKeyError(error) || attempt >= INSERT_ATTEMPTS) throw error;
    }
  }
}

/** The stored code of that id, if any. */
export async function findStaffCode(codeId: string): Promise<StaffCodeRecord | undefined> {
  const [record] = await readList<StaffCodeRecord>(codes().where({ _id: codeId }).limit(1));
  return record;
}

/** Marks the code used by `openid` if it is still open and unexpired; true for the one call that did. */
export async function spendStaffCode(codeId: string, openid: string, nowMs: number): Promise<boolean> {
  const _ = database().command;
  const changed = await updateCount(
    codes().where({ _id: codeId, state: 'open', expiresAt: _.gt(new Date(nowMs)) }),
    { state: 'used', usedBy: openid, usedAt: new Date(nowMs) },
  );
  return changed === 1;
}

/** Opens a code again that `openid` spent but could not use (their membership was not written). */
export async function returnStaffCode(codeId: string, openid: string): Promise<void> {
  const _ = database().command;
  await updateCount(
    codes().where({ _id: codeId, state: 'used', usedBy: openid }),
    { state: 'open', usedBy: _.remove(), usedAt: _.remove() },
    { isIdempotent: true },
  );
}
