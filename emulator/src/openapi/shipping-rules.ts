// The field checks of `wxa.sec.order.uploadShippingInfo`, in the order the platform reports them, each with the
// errcode the platform documents for it (发货信息录入接口's error table).
import { WxApiError } from './wx-api-error';

/** errcodes of the shipping information API. */
export const ShippingErrcode = {
  /** 系统繁忙: the sandbox's switch for failing calls (and the platform's transient refusal). */
  SYSTEM_BUSY: -1,
  /** A required field is missing or has the wrong type (data format error). */
  DATA_FORMAT_ERROR: 47001,
  /** 支付单不存在: no paid trade has that key. */
  ORDER_NOT_EXIST: 10060001,
  /** 支付单已使用重新发货机会: the one update after the first upload was used already. */
  RESHIPPED_ALREADY: 10060003,
  /** 支付单处于不可发货的状态: the trade is not paid, or was refunded in full. */
  NOT_SHIPPABLE: 10060004,
  /** 物流类型有误: logistics_type is not 1–4. */
  BAD_LOGISTICS_TYPE: 10060005,
  /** 非快递发货时不允许分拆发货. */
  SPLIT_NEEDS_EXPRESS: 10060006,
  /** 分拆发货模式下必须填写 is_all_delivered 字段. */
  SPLIT_NEEDS_ALL_DELIVERED: 10060007,
  /** 商品描述字段不能为空. */
  EMPTY_ITEM_DESC: 10060008,
  /** 商品描述字段太长 (more than 120 characters). */
  ITEM_DESC_TOO_LONG: 10060009,
  /** 参数错误: a value the platform rejects (payer not the trade's payer, express fields missing). */
  BAD_ARGUMENT: 10060014,
  /** 物流信息列表太长 (more than 15 entries). */
  SHIPPING_LIST_TOO_LONG: 10060024,
  /** 上传时间非法，请按照 RFC 3339 格式填写 (also: not later than the previous upload). */
  BAD_UPLOAD_TIME: 268485216,
  /** 发货模式非法. */
  BAD_DELIVERY_MODE: 268485224,
  /** 统一发货模式下，物流信息列表长度必须为 1. */
  UNIFIED_NEEDS_ONE: 268485228,
} as const;

/** The most characters `item_desc` takes, and entries `shipping_list` takes. */
export const MAX_ITEM_DESC = 120;
export const MAX_SHIPPING_LIST = 15;

/** RFC 3339 date-time with a zone (`Z` or ±hh:mm), optional fractional seconds. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** How an upload names its trade: by the merchant and out_trade_no (1) or by WeChat Pay's transaction id (2). */
export type ShippingOrderKey =
  { orderNumberType: 1; mchid: string; outTradeNo: string } | { orderNumberType: 2; transactionId: string };

/** An upload whose fields passed the checks. */
export interface CheckedShippingUpload {
  orderKey: ShippingOrderKey;
  logisticsType: 1 | 2 | 3 | 4;
  deliveryMode: 1 | 2;
  isAllDelivered?: boolean;
  shippingList: Array<{ itemDesc: string; trackingNo?: string; expressCompany?: string }>;
  uploadTimeMs: number;
  payerOpenid: string;
}

const refuse = (errcode: number, errmsg: string) => new WxApiError(errcode, errmsg);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const asObject = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** Checks the snake_case parameters as the platform does; throws WxApiError with its errcode. */
export function checkShippingUpload(params: Record<string, unknown>): CheckedShippingUpload {
  const orderKey = readOrderKey(params.order_key);
  const logisticsType = params.logistics_type;
  if (logisticsType !== 1 && logisticsType !== 2 && logisticsType !== 3 && logisticsType !== 4) {
    throw refuse(ShippingErrcode.BAD_LOGISTICS_TYPE, 'invalid logistics_type: one of 1, 2, 3, 4');
  }
  const deliveryMode = params.delivery_mode;
  if (deliveryMode !== 1 && deliveryMode !== 2) {
    throw refuse(ShippingErrcode.BAD_DELIVERY_MODE, 'invalid delivery_mode: 1 (unified) or 2 (split)');
  }
  if (deliveryMode === 2 && logisticsType !== 1) {
    throw refuse(ShippingErrcode.SPLIT_NEEDS_EXPRESS, 'split delivery needs logistics_type 1');
  }
  const isAllDelivered = params.is_all_delivered;
  if (deliveryMode === 2 && typeof isAllDelivered !== 'boolean') {
    throw refuse(ShippingErrcode.SPLIT_NEEDS_ALL_DELIVERED, 'split delivery needs is_all_delivered');
  }
  const shippingList = readShippingList(params.shipping_list, logisticsType);
  if (deliveryMode === 1 && shippingList.length !== 1) {
    throw refuse(ShippingErrcode.UNIFIED_NEEDS_ONE, 'unified delivery takes exactly one shipping_list entry');
  }
  const uploadTime = params.upload_time;
  if (!isText(uploadTime) || !RFC3339.test(uploadTime) || Number.isNaN(Date.parse(uploadTime))) {
    throw refuse(
      ShippingErrcode.BAD_UPLOAD_TIME,
      'invalid upload_time: use RFC 3339, e.g. 2026-01-01T12:00:00+08:00',
    );
  }
  const payer = asObject(params.payer);
  if (!payer || !isText(payer.openid))
    throw refuse(ShippingErrcode.DATA_FORMAT_ERROR, 'data format error: payer.openid');
  return {
    orderKey,
    logisticsType,
    deliveryMode,
    ...(typeof isAllDelivered === 'boolean' && { isAllDelivered }),
    shippingList,
    uploadTimeMs: Date.parse(uploadTime),
    payerOpenid: payer.openid,
  };
}

function readOrderKey(value: unknown): ShippingOrderKey {
  const key = asObject(value);
  if (!key) throw refuse(ShippingErrcode.DATA_FORMAT_ERROR, 'data format error: order_key is required');
  if (key.order_number_type === 1) {
    if (!isText(key.mchid) || !isText(key.out_trade_no)) {
      throw refuse(
        ShippingErrcode.DATA_FORMAT_ERROR,
        'data format error: order_number_type 1 needs mchid and out_trade_no',
      );
    }
    return { orderNumberType: 1, mchid: key.mchid, outTradeNo: key.out_trade_no };
  }
  if (key.order_number_type === 2) {
    if (!isText(key.transaction_id)) {
      throw refuse(
        ShippingErrcode.DATA_FORMAT_ERROR,
        'data format error: order_number_type 2 needs transaction_id',
      );
    }
    return { orderNumberType: 2, transactionId: key.transaction_id };
  }
  throw refuse(ShippingErrcode.BAD_ARGUMENT, 'invalid order_key.order_number_type: 1 or 2');
}

function readShippingList(value: unknown, logisticsType: number): CheckedShippingUpload['shippingList'] {
  if (!Array.isArray(value) || value.length === 0) {
    throw refuse(ShippingErrcode.DATA_FORMAT_ERROR, 'data format error: shipping_list needs an entry');
  }
  if (value.length > MAX_SHIPPING_LIST) {
    throw refuse(
      ShippingErrcode.SHIPPING_LIST_TOO_LONG,
      `shipping_list takes at most ${MAX_SHIPPING_LIST} entries`,
    );
  }
  return value.map((raw) => {
    const entry = asObject(raw) ?? {};
    if (!isText(entry.item_desc)) throw refuse(ShippingErrcode.EMPTY_ITEM_DESC, 'item_desc is empty');
    if ([...entry.item_desc].length > MAX_ITEM_DESC) {
      throw refuse(ShippingErrcode.ITEM_DESC_TOO_LONG, `item_desc takes at most ${MAX_ITEM_DESC} characters`);
    }
    const express = logisticsType === 1;
    if (express && (!isText(entry.tracking_no) || !isText(entry.express_company))) {
      throw refuse(ShippingErrcode.BAD_ARGUMENT, 'express delivery needs tracking_no and express_company');
    }
    return {
      itemDesc: entry.item_desc,
      ...(isText(entry.tracking_no) && { trackingNo: entry.tracking_no }),
      ...(isText(entry.express_company) && { expressCompany: entry.express_company }),
    };
  });
}
