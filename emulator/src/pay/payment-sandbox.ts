import type { Clock } from '../clock';
import type { InvokeFunction } from '../functions/runner';
import { LOCAL_APPID } from '../functions/sdk-env';
import type { Dispatcher } from '../http/dispatcher';
import type { LocalCloudServer } from '../http/server';
import { type AdminReply, type AdminRequest, bytesReply } from '../http/protocol';
import type { Scheduler } from '../timers/scheduler';
import { CallbackDelivery, type CallbackNotice, DEFAULT_NOTIFY_COMPRESSION } from './callback-delivery';
import { paymentNoticeEvent, refundNoticeEvent } from './notify-events';
import { closeOrder, PREPAY_LIFETIME_MS, queryOrder, unifiedOrder } from './order-apis';
import { newTransactionId } from './pay-ids';
import { registerPaymentDoor } from './payment-door';
import { type PayApiName, type PayFields, type PayReply, PaymentRefusal, readPayRequest } from './pay-wire';
import { queryRefund, refund } from './refund-apis';
import { type PayContext, TradeLedger } from './trade-ledger';
import type {
  CustomerAction,
  DeliveryRecord,
  PaymentAttemptResult,
  RefundRecord,
  Trade,
  TradeControl,
} from './trade-types';

/** A refund settles one minute (on the clock) after it is requested. */
export const DEFAULT_REFUND_SETTLE_MS = 60 * 1000;

/** The sandbox's clock, scheduler, way to invoke callback functions, and environment. */
export interface PaymentSandboxOptions {
  clock: Clock;
  scheduler: Scheduler;
  invoke: InvokeFunction;
  /** The environment callbacks must name in `env_id`. */
  envId: string;
  /** The mini program's appid; defaults to the local cloud's. */
  appid?: string;
  /** Merchant numbers bound to the environment; omitted, any merchant number is accepted. */
  subMchIds?: string[];
  /** How many times faster than the platform notices are re-delivered (default 60). */
  notifyCompression?: number;
  /** Clock time from a refund request to its result (default one minute). */
  refundSettleMs?: number;
}

/** One cloudPay call as the sandbox saw it, for tests and tools. */
export interface PayApiCall {
  apiName: PayApiName;
  fields: PayFields;
  reply: PayReply;
  atMs: number;
}

type PayApiHandler = (context: PayContext, fields: PayFields, callerOpenid: string) => PayReply;
const API_HANDLERS: Record<PayApiName, PayApiHandler> = {
  unifiedOrder,
  queryOrder,
  closeOrder,
  refund,
  queryRefund,
};

/**
 * The cloud payment sandbox: serves `cloud.cloudPay.*` on `wx.wxPayApi`, plays the customer
 * (`pay`), delivers payment and refund notices to cloud functions as `wx_paycallback` with the
 * platform's re-delivery, and lets tests and tools shape each trade (`control`) and read the books.
 */
export class PaymentSandbox {
  private readonly ledger = new TradeLedger();
  private readonly delivery: CallbackDelivery;
  private readonly context: PayContext;
  private readonly calls: PayApiCall[] = [];
  private readonly clock: Clock;
  private readonly appid: string;

  constructor(options: PaymentSandboxOptions) {
    this.clock = options.clock;
    this.appid = options.appid ?? LOCAL_APPID;
    this.delivery = new CallbackDelivery({
      scheduler: options.scheduler,
      invoke: options.invoke,
      compression: options.notifyCompression ?? DEFAULT_NOTIFY_COMPRESSION,
    });
    const settleMs = options.refundSettleMs ?? DEFAULT_REFUND_SETTLE_MS;
    this.context = {
      ledger: this.ledger,
      clock: options.clock,
      envId: options.envId,
      appid: this.appid,
      ...(options.subMchIds && { subMchIds: new Set(options.subMchIds) }),
      settleRefund: (trade, record) => {
        const label = `refund ${record.outRefundNo} settles`;
        options.scheduler.at(options.clock.now() + settleMs, label, async (dueAtMs) => {
          this.settleRefund(trade, record, dueAtMs);
        });
      },
    };
  }

  registerActions(dispatcher: Dispatcher): void {
    dispatcher.register('wx.wxPayApi', (request) => this.handle(request));
  }

  /** Opens the customer's door (`/client/pay/sheet`, `/client/pay/confirm`): pages pay through it as their user. */
  registerRoutes(server: LocalCloudServer): void {
    registerPaymentDoor(server, {
      appid: this.appid,
      tradeForPayment: (paymentPackage) => this.tradeForPayment(paymentPackage),
      refusalOf: (outTradeNo) => this.refusalOf(outTradeNo),
      pay: (outTradeNo, action) => this.pay(outTradeNo, action),
    });
  }

  /**
   * Plays the customer on the payment sheet for `outTradeNo`: `success` pays and sends the payment
   * notice; `cancel`, `fail` and `paying` send nothing but show in queryOrder (NOTPAY, PAYERROR,
   * USERPAYING). A paid, closed (unless `payAfterClose`), expired or stale-prepay trade is refused.
   */
  async pay(outTradeNo: string, action: CustomerAction = 'success'): Promise<PaymentAttemptResult> {
    const trade = this.ledger.get(outTradeNo);
    if (!trade) throw new Error(`payment sandbox: no trade ${outTradeNo} (unifiedOrder was not called)`);
    const control = this.ledger.control(outTradeNo);
    const now = this.clock.now();
    const refusal = this.refusalOf(outTradeNo);
    if (refusal) return { outcome: 'refused', reason: refusal };
    switch (action) {
      case 'cancel':
        if (trade.state === 'USERPAYING') trade.state = 'NOTPAY';
        return { outcome: 'cancelled' };
      case 'fail':
        if (trade.state !== 'CLOSED') trade.state = 'PAYERROR';
        return { outcome: 'failed' };
      case 'paying':
        if (trade.state !== 'CLOSED') trade.state = 'USERPAYING';
        return { outcome: 'paying' };
      case 'success':
        break;
    }
    trade.state = 'SUCCESS';
    trade.paidAtMs = now;
    trade.transactionId = newTransactionId(now);
    const notice: CallbackNotice = {
      kind: 'payment',
      outTradeNo,
      functionName: trade.functionName,
      event: paymentNoticeEvent(trade, this.appid),
    };
    this.delivery.send(notice, now, {
      copies: control.duplicateDeliveries ?? 1,
      hold: control.outOfOrder === true,
    });
    return { outcome: 'paid', transactionId: trade.transactionId };
  }

  /** Why the payment sheet for `outTradeNo` cannot take payment now (paid, closed, expired), or undefined. */
  refusalOf(outTradeNo: string): string | undefined {
    const trade = this.ledger.get(outTradeNo);
    if (!trade) return 'no such trade';
    const control = this.ledger.control(outTradeNo);
    const now = this.clock.now();
    if (trade.state === 'SUCCESS') return 'the trade is already paid';
    if (trade.state === 'CLOSED' && !control.payAfterClose) return 'the trade is closed';
    if (trade.state !== 'CLOSED' && trade.expiresAtMs !== undefined && now > trade.expiresAtMs) {
      return 'the trade expired (time_expire)';
    }
    if (now - trade.prepayIssuedAtMs >= PREPAY_LIFETIME_MS) return 'the prepay_id expired';
    return undefined;
  }

  /** Shapes a trade's behaviour; merges with earlier controls; the trade need not exist yet. */
  control(outTradeNo: string, control: TradeControl): void {
    this.ledger.setControl(outTradeNo, control);
  }

  /** Delivers every notice held by `outOfOrder` now; returns how many. */
  flushHeld(): number {
    return this.delivery.releaseHeld(this.clock.now());
  }

  /** Copies of every trade, in creation order. */
  trades(): Trade[] {
    return this.ledger.all().map((trade) => plainCopy(trade));
  }

  /** A copy of one trade, or undefined. */
  trade(outTradeNo: string): Trade | undefined {
    const trade = this.ledger.get(outTradeNo);
    return trade && plainCopy(trade);
  }

  /** The trade behind a payment sheet (`wx.requestPayment`'s `package: 'prepay_id=…'`), as a copy, or undefined. */
  tradeForPayment(paymentPackage: string): Trade | undefined {
    const trade = this.ledger.all().find((candidate) => `prepay_id=${candidate.prepayId}` === paymentPackage);
    return trade && plainCopy(trade);
  }

  /** Every copy of every notice delivery attempt so far. */
  deliveries(): DeliveryRecord[] {
    return this.delivery.records();
  }

  /** Notices parked by `outOfOrder`. */
  heldNotices(): CallbackNotice[] {
    return this.delivery.heldNotices();
  }

  /** Every cloudPay call received, with the reply sent. */
  apiCalls(): PayApiCall[] {
    return this.calls.map((call) => plainCopy(call));
  }

  private handle(request: AdminRequest): AdminReply {
    const { apiName, fields } = readPayRequest(request);
    let reply: PayReply;
    try {
      reply = API_HANDLERS[apiName](this.context, fields, request.caller.openid);
    } catch (error) {
      if (!(error instanceof PaymentRefusal)) throw error;
      reply = error.reply;
    }
    this.calls.push({ apiName, fields, reply, atMs: this.clock.now() });
    return bytesReply(JSON.stringify(reply));
  }

  private settleRefund(trade: Trade, record: RefundRecord, atMs: number): void {
    const control = this.ledger.control(trade.outTradeNo);
    record.status = control.refundOutcome ?? 'SUCCESS';
    record.settledAtMs = atMs;
    const notice: CallbackNotice = {
      kind: 'refund',
      outTradeNo: trade.outTradeNo,
      outRefundNo: record.outRefundNo,
      functionName: record.functionName,
      event: refundNoticeEvent(trade, record, this.appid),
    };
    this.delivery.send(notice, atMs, { copies: control.duplicateDeliveries ?? 1, hold: false });
  }
}

/** A copy callers may keep or change (trades hold only JSON values; structuredClone is missing under jsdom). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
