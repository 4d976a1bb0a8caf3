import { CloudError, WireCode } from '../errors';

/**
 * Database wire codes as the SDK maps them to errCodes: REQUEST_FAILED -502001,
 * INVALID_OPERATOR -502002 (the platform spells it OPERRATOR), COLLECTION_NOT_EXIST -502005,
 * INVALID_PARAM -501007. TRANSACTION_CONFLICT is the code `runTransaction` retries on.
 */
export const DbWireCode = {
  REQUEST_FAILED: WireCode.REQUEST_FAILED,
  INVALID_OPERATOR: WireCode.INVALID_OPERATOR,
  COLLECTION_NOT_EXIST: WireCode.COLLECTION_NOT_EXIST,
  COLLECTION_ALREADY_EXIST: WireCode.COLLECTION_ALREADY_EXIST,
  TRANSACTION_CONFLICT: WireCode.TRANSACTION_CONFLICT,
  TRANSACTION_FAIL: WireCode.TRANSACTION_FAIL,
  INVALID_PARAM: WireCode.INVALID_PARAM,
} as const;

/** The collection does not exist (the SDK's errCode -502005). */
export function collectionNotFound(name: string): CloudError {
  return new CloudError(
    DbWireCode.COLLECTION_NOT_EXIST,
    `Db or Table not exist: collection ${name} does not exist`,
  );
}

/** A write would give two documents the same `_id` or the same unique-index key (-502001, as MongoDB's E11000). */
export function duplicateKey(
  collection: string,
  indexName: string,
  key: Record<string, unknown>,
): CloudError {
  return new CloudError(
    DbWireCode.REQUEST_FAILED,
    `E11000 duplicate key error collection: ${collection} index: ${indexName} dup key: ${JSON.stringify(key)}`,
  );
}

/** An operator the platform rejects, or one the local cloud cannot evaluate (-502002). */
export function invalidOperator(message: string): CloudError {
  return new CloudError(DbWireCode.INVALID_OPERATOR, message);
}

/** A malformed request parameter (-501007). */
export function invalidParam(message: string): CloudError {
  return new CloudError(DbWireCode.INVALID_PARAM, message);
}

/** A generic database failure (-502001). */
export function requestFailed(message: string): CloudError {
  return new CloudError(DbWireCode.REQUEST_FAILED, message);
}
