// Files one shipping information upload: `cloud.openapi.wxa.sec.order.uploadShippingInfo`. The calling
// function must list "wxa.sec.order.uploadShippingInfo" in its config.json `permissions.openapi`.
import { cloud } from '../runtime/cloud';

/** The upload as the SDK takes it (camelCase; the SDK sends it snake_case). */
export interface ShippingInfoRequest {
  orderKey:
    { orderNumberType: 1; mchid: string; outTradeNo: string } | { orderNumberType: 2; transactionId: string };
  /** 4 = 用户自提 (handed over in the shop), 2 = 同城配送 (local delivery). */
  logisticsType: 2 | 4;
  /** 1: unified delivery, the whole order in one go. */
  deliveryMode: 1;
  shippingList: Array<{ itemDesc: string }>;
  /** RFC 3339 in China time, e.g. `2026-12-02T15:28:03+08:00`. */
  uploadTime: string;
  payer: { openid: string };
}

/** errcodes meaning the trade's shipping is on file already (an earlier upload of ours, or one made by hand). */
const ALREADY_FILED = new Set([10060002, 10060003]);

/** The platform's answer: accepted (or on file already), or refused with its errcode and message. */
export type ShippingUploadOutcome = { ok: true } | { ok: false; errcode: number; message: string };

type Upload = (request: ShippingInfoRequest) => Promise<{ errCode?: number; errMsg?: string }>;

/** Uploads; an SDK rejection with an errcode becomes a refusal, anything else (no errcode) is a refusal too. */
export async function uploadShippingInfo(request: ShippingInfoRequest): Promise<ShippingUploadOutcome> {
  // SDK boundary: the typings give the open API's namespaces loosely.
  const openapi = cloud.openapi as unknown as { wxa: { sec: { order: { uploadShippingInfo: Upload } } } };
  try {
    const reply = await openapi.wxa.sec.order.uploadShippingInfo(request);
    const errcode = reply.errCode ?? 0;
    if (errcode === 0 || ALREADY_FILED.has(errcode)) return { ok: true };
    return { ok: false, errcode, message: reply.errMsg ?? '' };
  } catch (error) {
    const { errCode, errMsg } = (error ?? {}) as { errCode?: unknown; errMsg?: unknown };
    const errcode = typeof errCode === 'number' ? errCode : -1;
    if (ALREADY_FILED.has(errcode)) return { ok: true };
    return { ok: false, errcode, message: typeof errMsg === 'string' ? errMsg : String(error) };
  }
}
