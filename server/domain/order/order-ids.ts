// Ids of orders, payment attempts (cloud payment's outTradeNo) and refunds: unguessable, sortable, within the platform's limits.

const TIME_WIDTH = 9; // base-36 milliseconds: fixed width keeps ids sortable by creation time until the year 5138
const RANDOM_BYTES = 10; // 80 bits of randomness
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHUNK_BYTES = 5; // 40 bits fit a double exactly and 7 base-62 digits (62^7 > 2^40)
const CHUNK_DIGITS = 7;
const MAX_ATTEMPT = 999_999;
const MAX_REFUND_SEQUENCE = 999;
const ORDER_ID = /^[A-Za-z0-9]{1,24}$/;
const OUT_TRADE_NO = /^([A-Za-z0-9]{1,24})_([1-9][0-9]{0,5})$/;

function base62(value: number, width: number): string {
  let text = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    text = BASE62.charAt(rest % 62) + text;
    rest = Math.floor(rest / 62);
  }
  return text;
}

/** A new order id: 9 base-36 chars of `nowMs` (sortable) + 14 base-62 chars of the first 10 `random` bytes (23 chars). */
export function newOrderId(nowMs: number, random: Uint8Array): string {
  if (!Number.isSafeInteger(nowMs) || nowMs < 0) throw new RangeError(`not a time in ms: ${nowMs}`);
  if (random.length < RANDOM_BYTES) throw new RangeError(`an order id needs ${RANDOM_BYTES} random bytes`);
  let text = nowMs.toString(36).padStart(TIME_WIDTH, '0');
  if (text.length > TIME_WIDTH) throw new RangeError(`time beyond the id range: ${nowMs}`);
  for (let start = 0; start < RANDOM_BYTES; start += CHUNK_BYTES) {
    let chunk = 0;
    for (let i = start; i < start + CHUNK_BYTES; i++) chunk = chunk * 256 + (random[i] ?? 0);
    text += base62(chunk, CHUNK_DIGITS);
  }
  return text;
}

/** True when `value` has the shape of an order id (1–24 letters and digits), e.g. before it is looked up. */
export function isOrderId(value: unknown): value is string {
  return typeof value === 'string' && ORDER_ID.test(value);
}

/** The outTradeNo of an order's `attempt`-th payment (1-based): `<orderId>_<attempt>`, ≤ 31 chars. */
export function outTradeNoFor(orderId: string, attempt: number): string {
  if (!isOrderId(orderId)) throw new RangeError(`not an order id: ${orderId}`);
  if (!Number.isSafeInteger(attempt) || attempt < 1 || attempt > MAX_ATTEMPT) {
    throw new RangeError(`a payment attempt is 1..${MAX_ATTEMPT}, got ${attempt}`);
  }
  return `${orderId}_${attempt}`;
}

/** The order and attempt an outTradeNo names, or undefined when it is not one of ours. */
export function parseOutTradeNo(outTradeNo: string): { orderId: string; attempt: number } | undefined {
  const match = OUT_TRADE_NO.exec(outTradeNo);
  if (match === null || match[1] === undefined || match[2] === undefined) return undefined;
  return { orderId: match[1], attempt: Number(match[2]) };
}

/** The order id an outTradeNo belongs to, or undefined when it is not one of ours. */
export function orderIdOfOutTradeNo(outTradeNo: string): string | undefined {
  return parseOutTradeNo(outTradeNo)?.orderId;
}

/** The refund number of a payment's `sequence`-th refund (1-based): `<outTradeNo>-r<sequence>`, ≤ 36 chars. */
export function refundNoFor(outTradeNo: string, sequence: number): string {
  if (parseOutTradeNo(outTradeNo) === undefined) throw new RangeError(`not an outTradeNo: ${outTradeNo}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > MAX_REFUND_SEQUENCE) {
    throw new RangeError(`a refund sequence is 1..${MAX_REFUND_SEQUENCE}, got ${sequence}`);
  }
  return `${outTradeNo}-r${sequence}`;
}
