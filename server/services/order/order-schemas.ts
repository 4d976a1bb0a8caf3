// Input schemas of `order` and `pay`: order ids as orders make them, bounded page sizes and reasons, no nulls.
import type { OrderCancelInput, OrderDetailInput, OrderListInput } from '../../../typings/contracts/order';
import type { PayInput } from '../../../typings/contracts/pay';
import type { Schema } from '../../runtime/validation';
import { documentIdSchema, NOT_NULL } from '../schema-fragments';

/** An order id: up to 24 letters and digits (see domain/order-ids). */
export const orderIdSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 24,
  pattern: '^[A-Za-z0-9]+$',
} as const;

/** `list`: optionally one store, a cursor from the previous page, 1–20 a page. */
export const orderListInputSchema: Schema<OrderListInput> = {
  type: 'object',
  properties: {
    storeId: { ...documentIdSchema, nullable: true, ...NOT_NULL },
    cursor: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      pattern: '^[A-Za-z0-9_-]+$',
      nullable: true,
      ...NOT_NULL,
    },
    pageSize: { type: 'integer', minimum: 1, maximum: 20, nullable: true, ...NOT_NULL },
  },
  required: [],
  additionalProperties: false,
};

/** `detail`: one order. */
export const orderDetailInputSchema: Schema<OrderDetailInput> = {
  type: 'object',
  properties: { orderId: orderIdSchema },
  required: ['orderId'],
  additionalProperties: false,
};

/** `cancel`: one order and, optionally, why (1–100 characters). */
export const orderCancelInputSchema: Schema<OrderCancelInput> = {
  type: 'object',
  properties: {
    orderId: orderIdSchema,
    reason: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S', nullable: true, ...NOT_NULL },
  },
  required: ['orderId'],
  additionalProperties: false,
};

/** `pay.start`: one order. */
export const payInputSchema: Schema<PayInput> = {
  type: 'object',
  properties: { orderId: orderIdSchema },
  required: ['orderId'],
  additionalProperties: false,
};
