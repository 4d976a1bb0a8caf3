// `wxacode.getUnlimited`: a mini-program code for a page and a scene, answered as image/png bytes as the
// platform does (the SDK hands them back as `{ contentType, buffer }`); refusals as the platform's errcodes.
import { encodeCodePng } from './code-png';
import { WxApiError } from './wx-api-error';

/** What the open API answers with raw bytes instead of JSON. */
export class BinaryApiReply {
  constructor(
    readonly contentType: string,
    readonly bytes: Buffer,
  ) {}
}

/** errcodes of wxacode.getUnlimited, as the platform documents them. */
export const WxacodeErrcode = {
  /** `page` is not a page of the published mini program (or not a page path at all). */
  INVALID_PAGE: 41030,
  /** `scene` is empty, longer than 32 characters, or uses a character outside the allowed set. */
  INVALID_SCENE: 40169,
  INVALID_ARGS: 40097,
} as const;

/** Visible characters a scene may hold (digits, letters and these marks), 1–32 of them. */
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;
/** A page path as app.json lists it: no leading slash, no query. */
const PAGE = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)+$/;
/** The platform's default width and its bounds, in pixels. */
const WIDTH = { default: 430, min: 280, max: 1280 } as const;

/** The PNG for `params` (snake_case as sent), or the platform's refusal. */
export function getUnlimited(params: Record<string, unknown>): BinaryApiReply {
  const { scene, page, width = WIDTH.default } = params;
  if (typeof scene !== 'string' || !SCENE.test(scene)) {
    throw new WxApiError(
      WxacodeErrcode.INVALID_SCENE,
      "invalid scene: 1-32 visible characters of [0-9A-Za-z!#$&'()*+,/:;=?@-._~]",
    );
  }
  if (page !== undefined && (typeof page !== 'string' || !PAGE.test(page))) {
    throw new WxApiError(
      WxacodeErrcode.INVALID_PAGE,
      'invalid page: a page path such as pages/index/index, without / or query',
    );
  }
  if (typeof width !== 'number' || !Number.isInteger(width) || width < WIDTH.min || width > WIDTH.max) {
    throw new WxApiError(
      WxacodeErrcode.INVALID_ARGS,
      `invalid args: width must be ${WIDTH.min}-${WIDTH.max}`,
    );
  }
  return new BinaryApiReply('image/png', encodeCodePng(scene, width));
}
