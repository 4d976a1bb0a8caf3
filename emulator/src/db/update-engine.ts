// Building the next version of a document: update operators, whole-document replacement, upsert seeds.
import { randomBytes } from 'node:crypto';
import { update as applyOperators } from 'mingo';
import { invalidParam } from './db-errors';
import type { StoredDocument } from './document-store';
import { deepCopy } from './ejson';
import { refuseGeoOperators, refuseOperatorFieldNames, withEngineErrors } from './operator-guard';

/** A new `_id` as the platform makes them: 32 hex characters. */
export function newDocumentId(): string {
  return randomBytes(16).toString('hex');
}

/** An update in operator form: plain fields (`{ a: 1 }`) become `{ $set: { a: 1 } }`; mixing both is refused. */
export function toOperatorUpdate(update: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(update);
  if (keys.length === 0) throw invalidParam('update data must not be empty');
  const operatorKeys = keys.filter((key) => key.startsWith('$'));
  if (operatorKeys.length === 0) return { $set: update };
  if (operatorKeys.length !== keys.length) {
    throw invalidParam(`update data mixes operators (${operatorKeys.join(', ')}) with plain fields`);
  }
  return update;
}

/**
 * The document after applying update operators to a copy of it. `filter` is the query that matched it: the
 * positional `items.$.field` names the first array element that query matched, as on the platform.
 */
export function applyUpdate(
  document: StoredDocument,
  operatorUpdate: Record<string, unknown>,
  filter?: Record<string, unknown>,
): StoredDocument {
  refuseGeoOperators(operatorUpdate);
  const next = deepCopy(document);
  const condition = filter && usesPositional(operatorUpdate) ? filter : undefined;
  withEngineErrors(() => applyOperators(next, operatorUpdate, undefined, condition, { cloneMode: 'deep' }));
  if (next._id !== document._id) throw invalidParam('_id cannot be changed');
  refuseOperatorFieldNames(next);
  return next;
}

/** True when an update names a field through the positional `$` (`items.$.quantity`). */
function usesPositional(operatorUpdate: Record<string, unknown>): boolean {
  return Object.values(operatorUpdate).some(
    (fields) =>
      fields !== null &&
      typeof fields === 'object' &&
      Object.keys(fields).some((path) => path.split('.').includes('$')),
  );
}

/** A whole-document replacement (`doc.set`), keeping the document's `_id`. */
export function replaceWith(id: string, replacement: Record<string, unknown>): StoredDocument {
  if ('_id' in replacement && replacement._id !== id) throw invalidParam('_id cannot be changed');
  const next = { ...deepCopy(replacement), _id: id };
  refuseOperatorFieldNames(next);
  return next;
}

/** A document ready to insert: `_id` checked or generated, no operator-looking field names. */
export function prepareInsert(document: Record<string, unknown>): StoredDocument {
  const id = document._id === undefined ? newDocumentId() : document._id;
  if (typeof id !== 'string' || id === '') throw invalidParam('_id must be a non-empty string');
  const prepared = { ...document, _id: id };
  refuseOperatorFieldNames(prepared);
  return prepared;
}

/** The `_id` an upsert creates: the filter's `_id` when it names one, else a new one. */
export function upsertId(filter: Record<string, unknown>): string {
  return typeof filter._id === 'string' ? filter._id : newDocumentId();
}

/** The starting fields of an upserted document: the filter's plain equality conditions, as MongoDB does. */
export function upsertSeed(filter: Record<string, unknown>): Record<string, unknown> {
  const seed: Record<string, unknown> = {};
  collectEqualities(filter, seed);
  return seed;
}

function collectEqualities(filter: Record<string, unknown>, seed: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const clause of value) collectEqualities(clause as Record<string, unknown>, seed);
      continue;
    }
    if (key.startsWith('$') || isOperatorObject(value) || value instanceof RegExp) continue;
    setAtPath(seed, key, deepCopy(value));
  }
}

function isOperatorObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
    return false;
  return Object.keys(value).some((key) => key.startsWith('$'));
}

function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.split('.');
  let node = target;
  for (const step of steps.slice(0, -1)) {
    const next = node[step];
    if (next === null || typeof next !== 'object') node[step] = {};
    node = node[step] as Record<string, unknown>;
  }
  node[steps[steps.length - 1] ?? path] = value;
}
