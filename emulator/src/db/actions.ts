// The `/admin` database actions, answered in the shapes the SDK reads (see local-cloud.md).
import type { Dispatcher } from '../http/dispatcher';
import { jsonReply } from '../http/protocol';
import { invalidOperator, invalidParam } from './db-errors';
import type { DocumentOperations } from './document-operations';
import type { DocumentChange } from './document-store';
import { encodeForWire } from './ejson';
import type { OperationCounter } from './operation-counter';
import type { TransactionManager } from './transactions';
import {
  collectionParam,
  documentsParam,
  flagParam,
  objectParam,
  orderParam,
  pageParams,
  stagesParam,
  transactionParam,
} from './wire-params';

/** What the actions need from the engine. */
export interface ActionTarget {
  readonly operations: DocumentOperations;
  readonly transactions: TransactionManager;
  readonly counter: OperationCounter;
  /** The engine clock's now, in epoch milliseconds (for serverDate). */
  now(): number;
  /** Creates a collection; throws DATABASE_COLLECTION_ALREADY_EXIST if it exists. */
  addCollection(name: string): void;
  aggregate(collection: string, pipeline: Array<Record<string, unknown>>): Array<Record<string, unknown>>;
  /** Announces committed changes (watchers, persistence). */
  publish(changes: DocumentChange[]): void;
}

type Params = Record<string, unknown>;
type ActionBody = (target: ActionTarget, params: Params) => Record<string, unknown>;

const ACTIONS: Record<string, ActionBody> = {
  'database.getDocument': (target, params) => {
    const nowMs = target.now();
    const { offset, limit } = pageParams(params);
    const list = target.operations.find(
      collectionParam(params),
      {
        filter: objectParam(params, 'query', nowMs),
        sort: orderParam(params, nowMs),
        projection: objectParam(params, 'projection', nowMs),
        skip: offset,
        limit,
      },
      transactionParam(params),
    );
    return { data: { list: list.map(encodeForWire), offset, limit } };
  },

  'database.calculateDocument': (target, params) => {
    refuseInTransaction(params, 'count');
    const total = target.operations.count(
      collectionParam(params),
      objectParam(params, 'query', target.now()),
    );
    return { data: { total } };
  },

  'database.insertDocument': (target, params) => {
    const documents = documentsParam(params, target.now());
    const insertedIds = target.operations.insert(
      collectionParam(params),
      documents,
      transactionParam(params),
    );
    return { data: { insertedIds } };
  },

  'database.modifyDocument': (target, params) => {
    const nowMs = target.now();
    const outcome = target.operations.update(
      collectionParam(params),
      objectParam(params, 'query', nowMs),
      objectParam(params, 'data', nowMs),
      {
        multi: flagParam(params, 'multi', false),
        upsert: flagParam(params, 'upsert', false),
        replace: !flagParam(params, 'merge', true),
      },
      transactionParam(params),
    );
    return { data: { updated: outcome.updated, upsert_id: outcome.upsertedId ?? null } };
  },

  'database.modifyAndReturnDoc': (target, params) => {
    refuseInTransaction(params, 'updateAndReturn');
    const nowMs = target.now();
    const outcome = target.operations.update(
      collectionParam(params),
      objectParam(params, 'query', nowMs),
      objectParam(params, 'data', nowMs),
      { multi: false, upsert: false, replace: false },
    );
    return {
      data: { updated: outcome.updated, doc: outcome.lastResult ? encodeForWire(outcome.lastResult) : null },
    };
  },

  'database.removeDocument': (target, params) => {
    const deleted = target.operations.remove(
      collectionParam(params),
      objectParam(params, 'query', target.now()),
      flagParam(params, 'multi', false),
      transactionParam(params),
    );
    return { data: { deleted } };
  },

  'database.aggregateDocuments': (target, params) => {
    refuseInTransaction(params, 'aggregate');
    const list = target.aggregate(collectionParam(params), stagesParam(params, target.now()));
    return { data: { list: list.map(encodeForWire) } };
  },

  'database.addCollection': (target, params) => {
    target.addCollection(collectionParam(params));
    return {};
  },

  // The SDK reads `transactionId` from the top level of the reply.
  'database.startTransaction': (target) => ({ transactionId: target.transactions.start() }),

  'database.commitTransaction': (target, params) => {
    target.publish(target.transactions.commit(requiredTransaction(params)));
    return {};
  },

  'database.abortTransaction': (target, params) => {
    target.transactions.abort(requiredTransaction(params));
    return {};
  },
};

/** Registers every database action on the dispatcher, counting each request. */
export function registerDatabaseActions(dispatcher: Dispatcher, target: ActionTarget): void {
  for (const [action, body] of Object.entries(ACTIONS)) {
    dispatcher.register(action, (request) => {
      target.counter.record(action);
      return jsonReply(body(target, request.params));
    });
  }
}

function requiredTransaction(params: Params): string {
  const id = transactionParam(params);
  if (id === undefined) throw invalidParam('transactionId is required');
  return id;
}

function refuseInTransaction(params: Params, operation: string): void {
  if (transactionParam(params) !== undefined) {
    throw invalidOperator(
      `${operation} cannot run inside a transaction: only single-document operations can`,
    );
  }
}
