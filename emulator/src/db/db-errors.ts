import { CloudError, WireCode } from '../errors';

// Database errors as the SDK maps their wire codes to errCodes: REQUEST_FAILED -502001,
// INVALID_OPERATOR -502002 (the platform spells it OPERRATOR), COLLECTION_NOT_EXIST -502005,
// INVALID_PARAM -501007; TRANSACTION_CONFLICT is the code `runTransaction` retries on.

/** The collection does not exist (the SDK's errCode -502005). */
export function collectionNotFound(name: string): CloudError {
  return new CloudError(
    WireCode.COLLECTION_NOT_EXIST,
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
    WireCode.REQUEST_FAILED,
    `E11000 duplicate key error collection: ${collection} index: ${indexName} dup key: ${JSON.stringify(key)}`,
  );
}

/** An operator the platform rejects, or one the local cloud cannot evaluate (-502002). */
export function invalidOperator(message: string): CloudError {
  return new CloudError(WireCode.INVALID_OPERATOR, message);
}

/** A malformed request parameter (-501007). */
export function invalidParam(message: string): CloudError {
  return new CloudError(WireCode.INVALID_PARAM, message);
}

/** A generic database failure (-502001). */
export function requestFailed(message: string): CloudError {
  return new CloudError(WireCode.REQUEST_FAILED, message);
}
