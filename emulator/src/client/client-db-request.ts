// Reads and checks a client database request body before anything touches the store.
import { CloudError, WireCode } from '../errors';
import type { ClientDbRequest, OrderSpec } from './client-db-wire';

/** The request body as a ClientDbRequest, or INVALID_PARAM naming the first bad field. */
export function parseClientDbRequest(body: Buffer): ClientDbRequest {
  let raw: unknown;
  try {
    raw = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
  } catch {
    throw invalid('the request body must be JSON');
  }
  if (!isRecord(raw)) throw invalid('the request body must be a JSON object');
  const request: ClientDbRequest = { collection: requireString(raw.collection, 'collection') };
  if (raw.query !== undefined) request.query = requireString(raw.query, 'query');
  if (raw.order !== undefined) request.order = parseOrder(raw.order);
  if (raw.skip !== undefined) request.skip = requireCount(raw.skip, 'skip');
  if (raw.limit !== undefined) request.limit = requireCount(raw.limit, 'limit');
  if (raw.projection !== undefined) request.projection = parseProjection(raw.projection);
  if (raw.docId !== undefined) request.docId = requireString(raw.docId, 'docId');
  if (raw.data !== undefined) request.data = requireString(raw.data, 'data');
  return request;
}

/** Order specs as a Mongo sort object, keys in the order they were given. */
export function sortFromOrder(order: OrderSpec[] | undefined): Record<string, 1 | -1> | undefined {
  if (!order || order.length === 0) return undefined;
  return Object.fromEntries(order.map(({ field, direction }) => [field, direction === 'desc' ? -1 : 1]));
}

/** Parses the watch stream's `order` query parameter (JSON OrderSpec[]). */
export function parseOrderParameter(text: string | null): OrderSpec[] | undefined {
  if (text === null || text === '') return undefined;
  try {
    return parseOrder(JSON.parse(text) as unknown);
  } catch (error) {
    if (error instanceof CloudError) throw error;
    throw invalid('order must be JSON');
  }
}

function parseOrder(value: unknown): OrderSpec[] {
  if (!Array.isArray(value)) throw invalid('order must be an array of { field, direction }');
  return value.map((item): OrderSpec => {
    if (!isRecord(item)) throw invalid('order must be an array of { field, direction }');
    const field = requireString(item.field, 'order field');
    if (item.direction !== 'asc' && item.direction !== 'desc')
      throw invalid(`order direction of ${field} must be asc or desc`);
    return { field, direction: item.direction };
  });
}

function parseProjection(value: unknown): Record<string, 0 | 1> {
  if (!isRecord(value)) throw invalid('projection must be an object of field: 0 | 1');
  const projection: Record<string, 0 | 1> = {};
  for (const [field, flag] of Object.entries(value)) {
    if (flag !== 0 && flag !== 1) throw invalid(`projection of ${field} must be 0 or 1`);
    projection[field] = flag;
  }
  return projection;
}

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw invalid(`${name} must be a non-empty string`);
  return value;
}

function requireCount(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw invalid(`${name} must be a non-negative integer`);
  return value;
}

function invalid(message: string): CloudError {
  return new CloudError(WireCode.INVALID_PARAM, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
