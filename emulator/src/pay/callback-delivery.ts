import type { InvokeFunction } from '../functions/runner';
import type { InvocationIdentity } from '../functions/sdk-env';
import type { Scheduler } from '../timers/scheduler';
import type { DeliveryRecord } from './trade-types';

/** `getWXContext().SOURCE` of a payment or refund notice; the function sees no OPENID. */
export const PAY_CALLBACK_SOURCE = 'wx_paycallback';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The payment platform's re-delivery intervals after an unacknowledged notice
 * (15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h, 24h4m in all): 16 deliveries at most.
 */
export const NOTIFY_RETRY_DELAYS_MS: readonly number[] = [
  15 * SECOND,
  15 * SECOND,
  30 * SECOND,
  3 * MINUTE,
  10 * MINUTE,
  20 * MINUTE,
  30 * MINUTE,
  30 * MINUTE,
  30 * MINUTE,
  60 * MINUTE,
  3 * HOUR,
  3 * HOUR,
  3 * HOUR,
  6 * HOUR,
  6 * HOUR,
];
/** The first delivery plus one per retry delay. */
export const MAX_NOTIFY_ATTEMPTS = NOTIFY_RETRY_DELAYS_MS.length + 1;

/**
 * The sandbox runs the schedule this many times faster (15 s becomes 250 ms on the clock, the whole
 * day about 24 minutes), so `npm start` shows retries and a test advances the clock by small steps.
 */
export const DEFAULT_NOTIFY_COMPRESSION = 60;

/** The clock delay before re-delivery number `attempt + 1`, after `attempt` deliveries failed. */
export function notifyRetryDelayMs(attempt: number, compression: number): number | undefined {
  const delay = NOTIFY_RETRY_DELAYS_MS[attempt - 1];
  return delay === undefined ? undefined : Math.max(1, Math.round(delay / compression));
}

/** A notice for a cloud function: a payment result or a refund result. */
export interface CallbackNotice {
  kind: 'payment' | 'refund';
  outTradeNo: string;
  outRefundNo?: string;
  functionName: string;
  event: Record<string, unknown>;
}

/** Where notices go (`invoke`), on which scheduler, and how compressed the retry schedule is. */
export interface CallbackDeliveryOptions {
  scheduler: Scheduler;
  invoke: InvokeFunction;
  compression: number;
}

interface QueuedNotice {
  notice: CallbackNotice;
  copies: number;
}

/**
 * Delivers notices to cloud functions on the scheduler until one returns `{errcode: 0}`, re-delivering
 * on the platform's (compressed) schedule up to MAX_NOTIFY_ATTEMPTS, and records every copy of every
 * attempt. Held notices wait for the next notice and are then delivered after it (out of order).
 */
export class CallbackDelivery {
  private readonly log: DeliveryRecord[] = [];
  private held: QueuedNotice[] = [];

  constructor(private readonly options: CallbackDeliveryOptions) {}

  /** Sends `notice` at `atMs`, then any held notices after it; `hold` parks it instead. */
  send(notice: CallbackNotice, atMs: number, delivery: { copies: number; hold: boolean }): void {
    const queued = { notice, copies: Math.max(1, Math.floor(delivery.copies)) };
    if (delivery.hold) {
      this.held.push(queued);
      return;
    }
    this.schedule(queued, 1, atMs);
    this.releaseHeld(atMs);
  }

  /** Sends every held notice at `atMs`, oldest first; returns how many were released. */
  releaseHeld(atMs: number): number {
    const released = this.held;
    this.held = [];
    for (const queued of released) this.schedule(queued, 1, atMs);
    return released.length;
  }

  /** Every delivery so far, in the order they completed. */
  records(): DeliveryRecord[] {
    return this.log.map((record) => ({ ...record }));
  }

  /** Notices parked by `outOfOrder`, not yet delivered. */
  heldNotices(): CallbackNotice[] {
    return this.held.map(({ notice }) => notice);
  }

  private schedule(queued: QueuedNotice, attempt: number, atMs: number): void {
    const { notice } = queued;
    const subject = notice.outRefundNo ?? notice.outTradeNo;
    this.options.scheduler.at(atMs, `${notice.kind} notice ${subject} #${attempt}`, async (dueAtMs) => {
      const isAcknowledged = await this.deliver(queued, attempt, dueAtMs);
      const delay = isAcknowledged ? undefined : notifyRetryDelayMs(attempt, this.options.compression);
      if (delay !== undefined) this.schedule(queued, attempt + 1, dueAtMs + delay);
    });
  }

  /** One attempt: all copies at once; acknowledged when any copy returned `{errcode: 0}`. */
  private async deliver(queued: QueuedNotice, attempt: number, atMs: number): Promise<boolean> {
    const { notice } = queued;
    const identity: InvocationIdentity = { source: PAY_CALLBACK_SOURCE, openid: '' };
    const copies = await Promise.all(
      Array.from({ length: queued.copies }, async (_, copy): Promise<DeliveryRecord> => {
        const base = {
          kind: notice.kind,
          outTradeNo: notice.outTradeNo,
          ...(notice.outRefundNo !== undefined && { outRefundNo: notice.outRefundNo }),
          functionName: notice.functionName,
          attempt,
          copy,
          atMs,
        };
        try {
          const response = await this.options.invoke(notice.functionName, notice.event, identity);
          return { ...base, result: isAcknowledgement(response) ? 'acknowledged' : 'rejected', response };
        } catch (error) {
          return { ...base, result: 'failed', error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    this.log.push(...copies);
    return copies.some((record) => record.result === 'acknowledged');
  }
}

/** The callback protocol: the function must return `{errcode: 0, errmsg}`; anything else is retried. */
function isAcknowledgement(response: unknown): boolean {
  return (
    typeof response === 'object' && response !== null && (response as { errcode?: unknown }).errcode === 0
  );
}
