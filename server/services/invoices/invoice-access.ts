// Who works a store's invoices: its active owner, managers and clerks (the front of house). Anyone else is
// refused FORBIDDEN, the attempt logged, before anything is written.
import { appendAudit } from '../../repositories/audit-repository';
import { findStaffMembership, type StaffRecord, type StaffRole } from '../../repositories/staff-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';

/** Roles that see customers' invoice titles and emails and issue the invoices. */
export const INVOICE_ROLES: readonly StaffRole[] = ['owner', 'manager', 'clerk'];

/** What a refused invoice action was aimed at, for the log. */
export interface InvoiceTarget {
  storeId: string;
  /** An invoice's id, or the store's for the list. */
  targetId: string;
  before: Record<string, unknown> | null;
}

/** The caller's active membership of the target's store in an invoice role, or FORBIDDEN (logged). */
export async function requireInvoiceRole(
  action: 'invoices' | 'markInvoiceIssued',
  target: InvoiceTarget,
  caller: Caller,
  nowMs: number,
): Promise<StaffRecord> {
  const member = await findStaffMembership(target.storeId, caller.openid);
  if (member?.isActive === true && INVOICE_ROLES.includes(member.role)) return member;
  await appendAudit(
    {
      storeId: target.storeId,
      actorOpenid: caller.openid,
      actorRole: member?.isActive === true ? member.role : 'none',
      action: `staff.${action}.denied`,
      targetCollection: 'invoices',
      targetId: target.targetId,
      before: target.before,
      after: null,
      source: caller.source,
    },
    nowMs,
  );
  throw new AppError('FORBIDDEN', 'Only this store’s owner, managers and clerks work its invoices.');
}
