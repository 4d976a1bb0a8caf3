// `deploy:db --owner-codes`: a one-time owner setup code for every store without an active owner, printed
// once and stored only as a hash. A new code retires the store's earlier open ones.
import { newStaffCode } from '../../server/runtime/staff-code';
import type { AdminDatabase } from './admin-database';

/** How long a setup code works (ms): the same 7 days as server/services/staff/roles/role-rules.ts. */
export const OWNER_SETUP_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Attempts at a free lookup id before giving up. */
const INSERT_ATTEMPTS = 5;

/** One printed code: the store it makes an owner of, the code, until when. */
export interface OwnerSetupCode {
  storeId: string;
  code: string;
  expiresAt: Date;
}

/** Issues the codes; answers them for printing (nothing when every store has an owner). */
export async function issueOwnerSetupCodes(
  database: AdminDatabase,
  nowMs: number,
): Promise<OwnerSetupCode[]> {
  const stores = await database.find('stores', {}, ['_id']);
  const owners = await database.find('staff', { role: 'owner', isActive: true }, ['storeId']);
  const owned = new Set(owners.map((owner) => String(owner.storeId)));
  const issued: OwnerSetupCode[] = [];
  for (const storeId of stores
    .map((store) => String(store._id))
    .filter((id) => !owned.has(id))
    .sort()) {
    const now = new Date(nowMs);
    await database.update(
      'staff_codes',
      { storeId, kind: 'owner_setup', state: 'open' },
      { state: 'used', usedBy: 'deploy', usedAt: now },
    );
    const expiresAt = new Date(nowMs + OWNER_SETUP_LIFETIME_MS);
    issued.push({ storeId, code: await insertCode(database, storeId, expiresAt, now), expiresAt });
  }
  return issued;
}

async function insertCode(
  database: AdminDatabase,
  storeId: string,
  expiresAt: Date,
  now: Date,
): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const fresh = newStaffCode();
    if (
      (await database.existingIds('staff_codes', [fresh.codeId])).size === 0 ||
      attempt >= INSERT_ATTEMPTS
    ) {
      await database.insert('staff_codes', {
        _id: fresh.codeId,
        storeId,
        kind: 'owner_setup',
        role: 'owner',
        secretHash: fresh.secretHash,
        state: 'open',
        createdBy: 'deploy',
        expiresAt,
        createdAt: now,
      });
      return fresh.code;
    }
  }
}

/** The lines to print: each code once, and how the owner uses it. */
export function ownerCodeLines(codes: readonly OwnerSetupCode[]): string[] {
  if (codes.length === 0) return ['Every store has an owner; no owner setup code issued.'];
  return [
    'Owner setup codes (shown once; each makes its first caller the store owner, 店主一次性设置码):',
    ...codes.map(
      ({ storeId, code, expiresAt }) => `  ${storeId.padEnd(24)} ${code}  until ${expiresAt.toISOString()}`,
    ),
    'The owner enters it in the mini program (staff.claimOwner { storeId, code }).',
  ];
}
