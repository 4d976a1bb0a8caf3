// The events the payment platform passes to the callback function: the payment result notice's
// parameters in camelCase (as the cloud delivers them) plus `userInfo`, and the refund result notice.
import { formatChinaCompact, formatChinaDateTime } from '../timers/china-time';
import { providerOpenid, randomNonce, SANDBOX_PROVIDER_APPID, SANDBOX_PROVIDER_MCH_ID } from './pay-ids';
import type { RefundRecord, Trade } from './trade-types';

/** The event of a successful payment (the platform sends no notice for any other outcome). */
export function paymentNoticeEvent(trade: Trade, appid: string): Record<string, unknown> {
  return {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    appid: SANDBOX_PROVIDER_APPID,
    mchId: SANDBOX_PROVIDER_MCH_ID,
    subAppid: appid,
    subMchId: trade.subMchId,
    nonceStr: randomNonce(),
    openid: providerOpenid(trade.payerOpenid),
    isSubscribe: 'N',
    subOpenid: trade.payerOpenid,
    subIsSubscribe: 'N',
    tradeType: trade.tradeType,
    bankType: 'OTHERS',
    totalFee: trade.totalFee,
    feeType: trade.feeType,
    cashFee: trade.totalFee,
    transactionId: trade.transactionId,
    outTradeNo: trade.outTradeNo,
    ...(trade.attach !== undefined && { attach: trade.attach }),
    timeEnd: formatChinaCompact(trade.paidAtMs ?? 0),
    userInfo: { appId: appid, openId: trade.payerOpenid },
  };
}

/**
 * The event of a settled refund: the refund notice's envelope with its decrypted `req_info` as
 * `reqInfo` (the cloud decrypts it; the platform documents the fields, not this exact nesting).
 */
export function refundNoticeEvent(
  trade: Trade,
  refund: RefundRecord,
  appid: string,
): Record<string, unknown> {
  return {
    returnCode: 'SUCCESS',
    appid: SANDBOX_PROVIDER_APPID,
    mchId: SANDBOX_PROVIDER_MCH_ID,
    subAppid: appid,
    subMchId: trade.subMchId,
    nonceStr: randomNonce(),
    reqInfo: {
      transactionId: trade.transactionId,
      outTradeNo: trade.outTradeNo,
      refundId: refund.refundId,
      outRefundNo: refund.outRefundNo,
      totalFee: trade.totalFee,
      settlementTotalFee: trade.totalFee,
      refundFee: refund.refundFee,
      settlementRefundFee: refund.status === 'SUCCESS' ? refund.refundFee : 0,
      refundStatus: refund.status,
      ...(refund.status === 'SUCCESS' && { successTime: formatChinaDateTime(refund.settledAtMs ?? 0) }),
      refundRecvAccout: '支付用户零钱',
      refundAccount: 'REFUND_SOURCE_UNSETTLED_FUNDS',
      refundRequestSource: 'API',
    },
    userInfo: { appId: appid, openId: trade.payerOpenid },
  };
}
