import type * as Protobuf from 'protobufjs/minimal';
import { CloudError, WireCode } from '../errors';
import { requireFromSdkTree } from '../sdk-modules';

// protobufjs is loaded from wx-server-sdk's own tree so the encoding always matches the SDK's.
const protobuf = requireFromSdkTree<typeof Protobuf>('protobufjs/minimal', 'wx-server-sdk');

/** `CommApiData.ApiType.OPEN_API`: the only kind `cloud.openapi.*` sends. */
const OPEN_API = 0;

/** A parameter sent as a file (the SDK's media converter): raw bytes with their type. */
export interface MediaParam {
  contentType: string;
  filename: string;
  value: Buffer;
}

/** What `cloud.openapi.<api>(data)` sent: snake_case parameters decoded from JSON (media stay bytes). */
export interface OpenApiRequestData {
  params: Record<string, unknown>;
  appid?: string;
}

/**
 * Decodes `CommApiData{ apiType(1), openapiData(2){ pairs(1)[{ key(1), value(2) bytes, contenttype(3),
 * filename(4) }] }, appid(6) }` — field numbers as in wx-server-sdk's bundled `protobuf/openapi.js`.
 */
export function decodeOpenApiRequest(bytes: Buffer): OpenApiRequestData {
  const reader = protobuf.Reader.create(bytes);
  let apiType = OPEN_API;
  let appid: string | undefined;
  const params: Record<string, unknown> = {};
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      const field = tag >>> 3;
      if (field === 1) apiType = reader.int32();
      else if (field === 2) Object.assign(params, decodeOpenApiData(reader.bytes()));
      else if (field === 6) appid = reader.string();
      else reader.skipType(tag & 7);
    }
  } catch (error) {
    if (error instanceof CloudError) throw error;
    throw new CloudError(WireCode.INVALID_PARAM, `openapi requestData is not CommApiData: ${String(error)}`);
  }
  if (apiType !== OPEN_API) {
    throw new CloudError(WireCode.UNSUPPORTED, `local cloud: openapi apiType ${apiType} is not supported`);
  }
  return { params, ...(appid !== undefined && { appid }) };
}

function decodeOpenApiData(bytes: Uint8Array): Record<string, unknown> {
  const reader = protobuf.Reader.create(bytes);
  const params: Record<string, unknown> = {};
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1) {
      const [key, value] = decodePair(reader.bytes());
      params[key] = value;
    } else reader.skipType(tag & 7);
  }
  return params;
}

function decodePair(bytes: Uint8Array): [string, unknown] {
  const reader = protobuf.Reader.create(bytes);
  let key = '';
  let value: Buffer = Buffer.alloc(0);
  let contentType: string | undefined;
  let filename = '';
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1) key = reader.string();
    else if (field === 2) value = Buffer.from(reader.bytes());
    else if (field === 3) contentType = reader.string();
    else if (field === 4) filename = reader.string();
    else reader.skipType(tag & 7);
  }
  if (contentType !== undefined) return [key, { contentType, filename, value } satisfies MediaParam];
  try {
    return [key, JSON.parse(value.toString('utf8')) as unknown];
  } catch {
    throw new CloudError(WireCode.INVALID_PARAM, `openapi parameter ${key} is not JSON`);
  }
}

/** `CommOpenApiResp{ respData(1), contentType(2) }` carrying a JSON body, as the WeChat API answers. */
export function encodeJsonReply(body: Record<string, unknown>): Buffer {
  const writer = protobuf.Writer.create();
  writer.uint32((1 << 3) | 2).bytes(Buffer.from(JSON.stringify(body), 'utf8'));
  writer.uint32((2 << 3) | 2).string('application/json');
  return Buffer.from(writer.finish());
}

/** `CommOpenApiResp{ respData(1), contentType(2) }` carrying raw bytes (an image), which the SDK answers as `buffer`. */
export function encodeBinaryReply(bytes: Buffer, contentType: string): Buffer {
  const writer = protobuf.Writer.create();
  writer.uint32((1 << 3) | 2).bytes(bytes);
  writer.uint32((2 << 3) | 2).string(contentType);
  return Buffer.from(writer.finish());
}

/** `CommOpenApiResp{ errorCode(3) }`: a refusal before the API runs (e.g. -604101, no permission). */
export function encodeSystemError(errorCode: number): Buffer {
  const writer = protobuf.Writer.create();
  writer.uint32((3 << 3) | 0).int32(errorCode);
  return Buffer.from(writer.finish());
}
