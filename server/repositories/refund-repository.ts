// The `refunds` collection: one document per refund request, keyed by its outRefundNo (reused on retry).
import { database, readList, updateCount } from '../runtime/cloud';
import { retryTransient } from '../runtime/transient';
import { isDuplicateKeyError } from './database-errors';

/** A refund as stored; money in fen. */
export interface RefundRecord {
  _id: string;
  outRefundNo: string;
  orderId: string;
  outTradeNo: string;
  /** `order`: the whole order is refunded; `partial`: part of it, by staff; `duplicate_payment`: a second payment of a paid order. */
  scope: 'order' | 'partial' | 'duplicate_payment';
  /** The staff client's idempotency key (staff refunds only). */
  requestId?: string;
  storeId: string;
  _openid: string;
  amountFen: number;
  reason: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  requestedBy: string;
  createdAt: Date;
  updatedAt: Date;
  settledAt?: Date;
}

/**
 * Records a refund request; `duplicate` when that outRefundNo was recorded before (a retry). Keyed by its
 * outRefundNo, so a transient failure is simply sent again (a landed first try then answers duplicate).
 */
export async function insertRefund(refund: RefundRecord): Promise<'inserted' | 'duplicate'> {
  try {
    await retryTransient(async () => database().collection('refunds').add({ data: refund }));
    return 'inserted';
  } catch (error) {
    if (isDuplicateKeyError(error)) return 'duplicate';
    throw error;
  }
}

/** PENDING → SUCCEEDED or FAILED, once (one operation); true when this call settled it. */
export async function settleRefund(
  outRefundNo: string,
  status: 'SUCCEEDED' | 'FAILED',
  nowMs: number,
): Promise<boolean> {
  const at = new Date(nowMs);
  const updated = await updateCount(
    database().collection('refunds').where({ _id: outRefundNo, status: 'PENDING' }),
    { status, settledAt: at, updatedAt: at },
  );
  return updated === 1;
}

/** The refund recorded under `outRefundNo` (one operation), if any. */
export async function findRefund(outRefundNo: string): Promise<RefundRecord | undefined> {
  const [refund] = await readList<RefundRecord>(
    database().collection('refunds').where({ _id: outRefundNo }).limit(1),
  );
  return refund;
}
