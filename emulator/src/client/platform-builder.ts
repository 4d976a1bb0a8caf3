// The platform's own query builder pieces (db.command, serializers, serverDate, RegExp) from @cloudbase/database.
// Only its pure parts are used: its Query/Collection classes read the static `Db.reqClass`, which wx-server-sdk
// reassigns, so a page's requests would go wherever the last cloud.database() call pointed them.
import { Command } from '@cloudbase/database/dist/commonjs/command';
import { RegExpConstructor } from '@cloudbase/database/dist/commonjs/regexp/index';
import { serialize } from '@cloudbase/database/dist/commonjs/serializer/datatype';
import { QuerySerializer } from '@cloudbase/database/dist/commonjs/serializer/query';
import { UpdateSerializer } from '@cloudbase/database/dist/commonjs/serializer/update';
import { ServerDateConstructor } from '@cloudbase/database/dist/commonjs/serverDate/index';
import { parseByEJSON, stringifyByEJSON } from '@cloudbase/database/dist/commonjs/utils/utils';

/** `db.command`: exactly the object the platform's clients hand out. */
export const databaseCommand = Command;

/** `db.serverDate({ offset })`: the server's time (plus `offset` ms) when the write happens. */
export const serverDate = (options?: { offset?: number }): unknown => ServerDateConstructor(options);

/** `db.RegExp({ regexp, options })`: a regular expression condition. */
export const databaseRegExp = (options: { regexp: string; options?: string }): unknown =>
  RegExpConstructor(options);

/** A `where()` condition as the Extended JSON filter the platform's serializer writes. */
export function encodeQuery(condition: object): string {
  return QuerySerializer.encodeEJSON(condition, false);
}

/** An update (`{ data }` of update()) as Extended JSON, operators (`_.inc(1)`) encoded. */
export function encodeUpdate(data: object): string {
  return UpdateSerializer.encodeEJSON(data, false);
}

/** A new document (`{ data }` of add()) as Extended JSON. */
export function encodeDocument(data: object): string {
  return stringifyByEJSON(serialize(data)) as string;
}

/** Extended JSON from the local cloud back to values (Dates as Date). */
export function decodeExtendedJson(text: string): unknown {
  return parseByEJSON(text) as unknown;
}
