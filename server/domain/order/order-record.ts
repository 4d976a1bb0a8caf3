// The `orders` document as stored (database/collections/orders.schema.json); dates are Date, money integer fen.
import type { OrderMode, OrderStatus } from '../../../typings/contracts/order';
import type { PricedLine } from '../../../typings/contracts/pricing';

/** One priced line, copied from the catalog at ordering so later menu changes never alter the order. */
export type OrderLineRecord = PricedLine;

/** A discount, stored as a positive amount (the customer sees it as a negative adjustment). */
export interface OrderDiscountRecord {
  kind: 'coupon' | 'points' | 'promotion' | 'member';
  refId?: string;
  label: string;
  labelEn: string;
  amountFen: number;
}

/** totalFen = itemsFen + packagingFeeFen + deliveryFeeFen − discountFen. */
export interface OrderBreakdownRecord {
  itemsFen: number;
  packagingFeeFen: number;
  deliveryFeeFen: number;
  discountFen: number;
  discounts: OrderDiscountRecord[];
}

/** Stock held on one SKU with counted stock (unlimited SKUs hold nothing). */
export interface StockReservation {
  skuId: string;
  quantity: number;
}

/** The latest payment attempt and, once paid, the trade that paid. */
export interface OrderPaymentRecord {
  attempt: number;
  outTradeNo: string;
  subMchId: string;
  requestedAt: Date;
  paidOutTradeNo?: string;
  transactionId?: string;
}

/**
 * A delivery address as stored with the order: contact name, phone, address text and coordinates only
 * encrypted (field encryption, AAD `orders:<orderId>:address.encrypted`); the masked copies are for display.
 */
export interface OrderAddressRecord {
  /** `v{keyId}:{iv}:{tag}:{ciphertext}` of the JSON {contactName, phone, text, latitude, longitude}. */
  encrypted: string;
  contactNameMasked: string;
  phoneMasked: string;
  textMasked: string;
  /** From the store, rounded to whole metres. */
  distanceMetres: number;
}

/** Stock one staff refund gives back: units per SKU of lines not made. */
export interface RefundStockRecord {
  skuId: string;
  quantity: number;
}

/** One staff refund as the order keeps it (key `r<sequence>`), so its request, money and stock move with the order. */
export interface OrderRefundEntry {
  requestId: string;
  outRefundNo: string;
  amountFen: number;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  stock: RefundStockRecord[];
  /** Present while `stock` is still to be given back to the SKUs. */
  stockDue?: boolean;
  /** Items of each line this refund took back (absent for an amount alone): later refunds take at most the rest. */
  lines?: RefundedLineRecord[];
}

/** How many items of one order line a refund took back. */
export interface RefundedLineRecord {
  lineId: string;
  quantity: number;
}

/** An order document. */
export interface OrderRecord {
  _id: string;
  storeId: string;
  storeName: string;
  storeNameEn: string;
  _openid: string;
  status: OrderStatus;
  mode: OrderMode;
  lines: OrderLineRecord[];
  breakdown: OrderBreakdownRecord;
  totalFen: number;
  reservations: StockReservation[];
  pickupNumber?: string;
  tableId?: string;
  tableName?: string;
  tableNameEn?: string;
  address?: OrderAddressRecord;
  pickupAt?: Date;
  remark?: string;
  idempotencyKey: string;
  /** The version of the customer's cart this order was priced from; placing consumed it (absent on older orders). */
  cartVersion?: number;
  payment: OrderPaymentRecord;
  cancelReason?: string;
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
  paidAt?: Date;
  /** When the shop accepted the paid order (staff.accept). */
  acceptedAt?: Date;
  /** When the shop marked it ready (staff.markReady). */
  readyAt?: Date;
  /** When the order was handed over (COMPLETED). */
  completedAt?: Date;
  /** Set with READY while the "order ready" message is still to be sent; the one call that removes it sends. */
  readyNoticeDueAt?: Date;
  cancelledAt?: Date;
  /** When the shop rejected the paid order (staff.reject; its refund follows, `cancelReason` says why). */
  rejectedAt?: Date;
  expiredAt?: Date;
  refundingAt?: Date;
  refundedAt?: Date;
  /** Fen refunded and settled so far (all refunds). */
  refundedFen?: number;
  /** Fen asked back by staff refunds not failed, settled or pending: what is left is totalFen minus this. */
  refundRequestedFen?: number;
  /** The last refund sequence a staff refund took (1 is the whole-order refund of a cancel). */
  refundSequence?: number;
  /** Staff refunds by `r<sequence>`. */
  refunds?: Record<string, OrderRefundEntry>;
  /** Set while a staff refund is PENDING: the sweeper then asks about it, and sends it again if it never arrived. */
  refundRetryDueAt?: Date;
  /**
   * Set by the status change that ends the hold on `reservations` (expiry, cancel, a customer's refund),
   * removed when that stock is back: while present the stock is owed, and the sweeper gives it back.
   */
  stockReturnDueAt?: Date;
  /** When the held stock was given back (once). */
  stockReturnedAt?: Date;
  /** Set when an order closed with payment attempts too young to close: the sweeper closes them from then. */
  paymentCloseDueAt?: Date;
  /** Who is giving the owed stock back now, and until when (a claim that lapses; see stock-return-repository). */
  stockReturnClaim?: { token: string; until: Date };
  /** The kitchen ticket's print (absent until the first print). */
  print?: OrderPrintRecord;
  /** Set while the kitchen ticket is not printed; the sweeper prints it from then (see print-ticket.ts). */
  printRetryDueAt?: Date;
  /** The fulfilment as filed with the platform's shipping information API (absent where not required). */
  shipping?: OrderShippingRecord;
  /** Set while the shipping information is not accepted; the sweeper files it from then (report-shipping.ts). */
  shippingRetryDueAt?: Date;
}

/** Shipping information: pending while an upload is under way, accepted, or failed (and due again). */
export interface OrderShippingRecord {
  status: 'pending' | 'accepted' | 'failed';
  /** Upload calls made so far, this one included. */
  attempts: number;
  /** 4 = picked up in the shop (pickup, dine-in), 2 = local delivery (同城配送). */
  logisticsType: 2 | 4;
  lastError?: string;
  updatedAt: Date;
}

/** The kitchen ticket: pending while a print is under way, printed (its job id), or failed and to retry. */
export interface OrderPrintRecord {
  status: 'pending' | 'printed' | 'failed';
  /** Print calls made so far, this one included. */
  attempts: number;
  jobId?: string;
  lastError?: string;
  updatedAt: Date;
}
