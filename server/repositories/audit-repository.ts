// The `audit_log` collection: an append-only record of staff and system actions (clients can neither read
// nor write it). Each entry is inserted once with a fresh id; nothing updates or removes one.
import { randomUUID } from 'node:crypto';
import type { StaffRole } from './staff-repository';
import { database } from '../runtime/cloud';
import { busyOnTransient } from '../runtime/transient';

/** Who did what to which document, and what it was before and after (null where nothing changed). */
export interface AuditEntry {
  storeId: string;
  actorOpenid: string;
  /** The actor's role; `system` for the server's own work, `none` for a caller who is not staff (denied). */
  actorRole: StaffRole | 'system' | 'none';
  /** `<function>.<action>`, with `.denied` for a refused attempt (e.g. `staff.accept.denied`). */
  action: string;
  targetCollection: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** How the call came (`wx_client`…), at most 32 characters. */
  source: string;
}

/** The schema's limit on `source`. */
const SOURCE_MAX_LENGTH = 32;

/** Appends one entry stamped `nowMs` (one operation; not retried, since a retry could log it twice). */
export async function appendAudit(entry: AuditEntry, nowMs: number): Promise<void> {
  const document = {
    _id: `aud-${randomUUID()}`,
    ...entry,
    source: (entry.source || 'unknown').slice(0, SOURCE_MAX_LENGTH),
    createdAt: new Date(nowMs),
  };
  await busyOnTransient(async () => database().collection('audit_log').add({ data: document }));
}
