// `wx.cloud.database()` for pages: collection / where / orderBy / skip / limit / field / get / count / doc / watch.
import {
  MAX_CLIENT_GET_LIMIT,
  type ClientDbAction,
  type ClientDbRequest,
  type ClientDbResults,
  type OrderSpec,
} from './client-db-wire';
import {
  databaseCommand,
  databaseRegExp,
  decodeExtendedJson,
  encodeDocument,
  encodeQuery,
  encodeUpdate,
  serverDate,
} from './platform-builder';
import type { WatchListener, WatchOptions, WatchTarget } from './wx-cloud-watch';

/** A document as a page reads it (Dates as Date). */
export type DbDocument = Record<string, unknown>;

/** How the builder reaches the local cloud; wx-cloud.ts supplies it. */
export interface DbChannel {
  request<A extends ClientDbAction>(
    action: A,
    apiName: string,
    body: ClientDbRequest,
  ): Promise<ClientDbResults[A]>;
  watch(target: WatchTarget, options: WatchOptions): WatchListener;
}

interface QuerySpec {
  query?: string;
  order: OrderSpec[];
  skip?: number;
  limit?: number;
  projection?: Record<string, 0 | 1>;
}

/** `wx.cloud.database()`. */
export class WxCloudDatabase {
  /** `db.command`, the platform's own. */
  readonly command = databaseCommand;
  readonly serverDate = serverDate;
  readonly RegExp = databaseRegExp;

  constructor(private readonly channel: DbChannel) {}

  collection(name: string): WxCloudCollection {
    if (typeof name !== 'string' || name === '') throw new Error('Collection name is required');
    return new WxCloudCollection(this.channel, name, { order: [] });
  }
}

/** A query on one collection; each builder call returns a new query. */
export class WxCloudQuery {
  constructor(
    protected readonly channel: DbChannel,
    protected readonly collectionName: string,
    protected readonly spec: QuerySpec,
  ) {}

  /** Replaces the condition (objects and db.command operators, as on the platform). */
  where(condition: object): WxCloudQuery {
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition))
      throw new Error('query param must be an object');
    return this.derive({ query: encodeQuery(condition) });
  }

  orderBy(field: string, direction: 'asc' | 'desc'): WxCloudQuery {
    if (typeof field !== 'string' || field === '')
      throw new Error('orderBy field must be a non-empty string');
    if (direction !== 'asc' && direction !== 'desc')
      throw new Error('orderBy direction must be "asc" or "desc"');
    return this.derive({
      order: [...this.spec.order.filter((o) => o.field !== field), { field, direction }],
    });
  }

  skip(offset: number): WxCloudQuery {
    return this.derive({ skip: nonNegativeInteger(offset, 'skip') });
  }

  /** Pages get at most 20 documents per call, whatever the limit. */
  limit(max: number): WxCloudQuery {
    return this.derive({ limit: nonNegativeInteger(max, 'limit') });
  }

  field(projection: Record<string, boolean | number>): WxCloudQuery {
    return this.derive({ projection: toProjection(projection) });
  }

  async get(): Promise<{ data: DbDocument[]; errMsg: string }> {
    const reply = await this.channel.request('get', 'collection.get', this.body());
    return {
      data: reply.list.map((text) => decodeExtendedJson(text) as DbDocument),
      errMsg: 'collection.get:ok',
    };
  }

  async count(): Promise<{ total: number; errMsg: string }> {
    const reply = await this.channel.request('count', 'collection.count', this.body());
    return { total: reply.total, errMsg: 'collection.count:ok' };
  }

  async update(options: { data: object }): Promise<{ stats: { updated: number }; errMsg: string }> {
    const reply = await this.channel.request('update', 'collection.update', {
      ...this.body(),
      data: encodeUpdate(requireData(options)),
    });
    return { stats: { updated: reply.updated }, errMsg: 'collection.update:ok' };
  }

  async remove(): Promise<{ stats: { removed: number }; errMsg: string }> {
    const reply = await this.channel.request('remove', 'collection.remove', this.body());
    return { stats: { removed: reply.removed }, errMsg: 'collection.remove:ok' };
  }

  /** Live results: an `init` snapshot, then one per change; read rules apply as for get(). */
  watch(options: WatchOptions): WatchListener {
    const { query, order, limit } = this.spec;
    return this.channel.watch({ collection: this.collectionName, query, order, limit }, options);
  }

  protected body(): ClientDbRequest {
    const { query, order, skip, limit, projection } = this.spec;
    return {
      collection: this.collectionName,
      ...(query !== undefined && { query }),
      ...(order.length > 0 && { order }),
      ...(skip !== undefined && { skip }),
      limit: limit === undefined || limit === 0 ? MAX_CLIENT_GET_LIMIT : limit,
      ...(projection && { projection }),
    };
  }

  private derive(change: Partial<QuerySpec>): WxCloudQuery {
    return new WxCloudQuery(this.channel, this.collectionName, { ...this.spec, ...change });
  }
}

/** `db.collection(name)`: a query over everything, plus doc() and add(). */
export class WxCloudCollection extends WxCloudQuery {
  doc(id: string): WxCloudDocument {
    if (typeof id !== 'string' && typeof id !== 'number')
      throw new Error('docId must be a string or a number');
    return new WxCloudDocument(this.channel, this.collectionName, String(id));
  }

  async add(options: { data: object }): Promise<{ _id: string; errMsg: string }> {
    const data = encodeDocument(requireData(options));
    const reply = await this.channel.request('add', 'collection.add', {
      collection: this.collectionName,
      data,
    });
    return { _id: reply.id, errMsg: 'collection.add:ok' };
  }
}

/** `collection.doc(id)`. */
export class WxCloudDocument {
  constructor(
    private readonly channel: DbChannel,
    private readonly collectionName: string,
    private readonly id: string,
    private readonly projection?: Record<string, 0 | 1>,
  ) {}

  field(projection: Record<string, boolean | number>): WxCloudDocument {
    return new WxCloudDocument(this.channel, this.collectionName, this.id, toProjection(projection));
  }

  async get(): Promise<{ data: DbDocument; errMsg: string }> {
    const reply = await this.channel.request('doc.get', 'document.get', {
      ...this.body(),
      ...(this.projection && { projection: this.projection }),
    });
    return { data: decodeExtendedJson(reply.doc) as DbDocument, errMsg: 'document.get:ok' };
  }

  async update(options: { data: object }): Promise<{ stats: { updated: number }; errMsg: string }> {
    const data = requireData(options);
    if (Object.prototype.hasOwnProperty.call(data, '_id')) throw new Error('cannot update the value of _id');
    const reply = await this.channel.request('doc.update', 'document.update', {
      ...this.body(),
      data: encodeUpdate(data),
    });
    return { stats: { updated: reply.updated }, errMsg: 'document.update:ok' };
  }

  async remove(): Promise<{ stats: { removed: number }; errMsg: string }> {
    const reply = await this.channel.request('doc.remove', 'document.remove', this.body());
    return { stats: { removed: reply.removed }, errMsg: 'document.remove:ok' };
  }

  private body(): ClientDbRequest {
    return { collection: this.collectionName, docId: this.id };
  }
}

function requireData(options: { data: object } | undefined): object {
  const data = options?.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new Error('data must be a non-empty object');
  return data;
}

function nonNegativeInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer`);
  return value;
}

// As the platform's field(): true or a positive number keeps a field, false or 0 drops it.
function toProjection(projection: Record<string, boolean | number>): Record<string, 0 | 1> {
  if (projection === null || typeof projection !== 'object') throw new Error('field() takes an object');
  const result: Record<string, 0 | 1> = {};
  for (const [field, flag] of Object.entries(projection)) {
    if (typeof flag === 'boolean') result[field] = flag ? 1 : 0;
    else if (typeof flag === 'number') result[field] = flag > 0 ? 1 : 0;
    else
      throw new Error(
        `field(): ${field} must be true/false or a number (projection operators are not supported)`,
      );
  }
  return result;
}
