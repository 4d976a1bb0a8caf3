// `wxa.sec.order.uploadShippingInfo` (发货信息录入): the platform's record of how a paid trade was fulfilled.
// Checked like the platform (shipping-rules.ts), matched against the payment sandbox's trades, kept per trade;
// a trade takes its first upload and one update, later uploads are refused. Tests can fail the next n calls.
import type { Clock } from '../clock';
import { checkShippingUpload, type CheckedShippingUpload, ShippingErrcode } from './shipping-rules';
import { WxApiError } from './wx-api-error';

/** What the desk needs of a payment trade. */
export interface ShippableTrade {
  outTradeNo: string;
  subMchId: string;
  transactionId?: string;
  payerOpenid: string;
  state: string;
  totalFee: number;
  refunds: ReadonlyArray<{ refundFee: number; status: string }>;
}

/** One accepted upload: the trade it shipped, its fields, who sent it and when (the local cloud's clock). */
export interface ShippingUpload extends CheckedShippingUpload {
  outTradeNo: string;
  sentBy: string;
  receivedAtMs: number;
}

/** How the desk reads trades: the payment sandbox's, or none. */
export type TradeSource = () => readonly ShippableTrade[];

export class ShippingInfoDesk {
  private readonly accepted: ShippingUpload[] = [];
  private failuresLeft = 0;

  constructor(
    private readonly trades: TradeSource,
    private readonly clock: Clock,
  ) {}

  /** The next `count` uploads are refused with errcode -1 (系统繁忙), before any check. */
  failNext(count: number): void {
    this.failuresLeft = count;
  }

  /** Uploads accepted so far, oldest first (optionally of one trade). */
  uploads(outTradeNo?: string): ShippingUpload[] {
    return this.accepted.filter((upload) => outTradeNo === undefined || upload.outTradeNo === outTradeNo);
  }

  /** Takes one upload's snake_case parameters; throws WxApiError with the platform's errcode. */
  upload(params: Record<string, unknown>, sentBy: string): Record<string, unknown> {
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new WxApiError(ShippingErrcode.SYSTEM_BUSY, 'system error, please try again later');
    }
    const checked = checkShippingUpload(params);
    const trade = this.findTrade(checked);
    if (!trade)
      throw new WxApiError(
        ShippingErrcode.ORDER_NOT_EXIST,
        '支付单不存在 (no paid trade has this order_key)',
      );
    if (trade.state !== 'SUCCESS' || refundedInFull(trade)) {
      throw new WxApiError(ShippingErrcode.NOT_SHIPPABLE, `支付单处于不可发货的状态 (trade ${trade.state})`);
    }
    if (checked.payerOpenid !== trade.payerOpenid) {
      throw new WxApiError(ShippingErrcode.BAD_ARGUMENT, 'payer.openid is not the payer of this trade');
    }
    const earlier = this.uploads(trade.outTradeNo);
    if (earlier.length >= 2) {
      throw new WxApiError(
        ShippingErrcode.RESHIPPED_ALREADY,
        '支付单已使用重新发货机会 (one update is allowed)',
      );
    }
    const last = earlier.at(-1);
    if (last && checked.uploadTimeMs <= last.uploadTimeMs) {
      throw new WxApiError(
        ShippingErrcode.BAD_UPLOAD_TIME,
        'upload_time must be later than the previous upload',
      );
    }
    this.accepted.push({ ...checked, outTradeNo: trade.outTradeNo, sentBy, receivedAtMs: this.clock.now() });
    return {};
  }

  private findTrade(checked: CheckedShippingUpload): ShippableTrade | undefined {
    const key = checked.orderKey;
    return this.trades().find((trade) =>
      key.orderNumberType === 1
        ? trade.outTradeNo === key.outTradeNo && trade.subMchId === key.mchid
        : trade.transactionId === key.transactionId,
    );
  }
}

function refundedInFull(trade: ShippableTrade): boolean {
  const back = trade.refunds.filter(
    (refund) => refund.status !== 'CHANGE' && refund.status !== 'REFUNDCLOSE',
  );
  return back.reduce((sum, refund) => sum + refund.refundFee, 0) >= trade.totalFee;
}
