// A deterministic PNG standing in for a mini-program code: a square pattern of modules derived from the scene's
// SHA-256 (three corner eyes like a printed code), with the scene itself in a tEXt chunk so a test can read
// back what the image opens. Encoded with node:zlib only (8-bit greyscale, filter 0 on every row).
import { createHash } from 'node:crypto';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** Modules per side, as a version-1 QR code (21 × 21). */
const MODULES = 21;
/** Blank modules around the pattern. */
const QUIET_MODULES = 2;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The tEXt keyword holding the scene. */
export const SCENE_KEYWORD = 'scene';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/** True when module (row, col) lies in one of the three 7 × 7 corner eyes, and whether it is dark there. */
function eyeModule(row: number, col: number): boolean | undefined {
  for (const [top, left] of [
    [0, 0],
    [0, MODULES - 7],
    [MODULES - 7, 0],
  ] as const) {
    const r = row - top;
    const c = col - left;
    if (r < -1 || r > 7 || c < -1 || c > 7) continue;
    if (r === -1 || r === 7 || c === -1 || c === 7) return false; // the light ring around an eye
    const ring = Math.min(r, c, 6 - r, 6 - c);
    return ring !== 1;
  }
  return undefined;
}

/** The dark modules of `scene`'s pattern, row by row. */
export function codeModules(scene: string): boolean[][] {
  const bits: number[] = [];
  for (let round = 0; bits.length < MODULES * MODULES; round++) {
    const digest = createHash('sha256').update(`${round}:${scene}`).digest();
    for (const byte of digest) for (let bit = 7; bit >= 0; bit--) bits.push((byte >> bit) & 1);
  }
  return Array.from({ length: MODULES }, (_, row) =>
    Array.from({ length: MODULES }, (_, col) => eyeModule(row, col) ?? bits[row * MODULES + col] === 1),
  );
}

/** The PNG of `scene`'s code, `width` pixels square (the pattern scaled by whole pixels, centred). */
export function encodeCodePng(scene: string, width: number): Buffer {
  const modules = codeModules(scene);
  const side = MODULES + 2 * QUIET_MODULES;
  const scale = Math.max(1, Math.floor(width / side));
  const offset = Math.floor((width - scale * side) / 2) + QUIET_MODULES * scale;
  const rows = Buffer.alloc((width + 1) * width, 0xff);
  for (let y = 0; y < width; y++) {
    rows[y * (width + 1)] = 0; // filter: none
    const row = Math.floor((y - offset) / scale);
    if (y < offset || row >= MODULES) continue;
    for (let x = offset; x < offset + MODULES * scale && x < width; x++) {
      if (modules[row]?.[Math.floor((x - offset) / scale)]) rows[y * (width + 1) + 1 + x] = 0x00;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('tEXt', Buffer.from(`${SCENE_KEYWORD}\0${scene}`, 'latin1')),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** What a PNG says of itself: its size, its tEXt entries, and its greyscale pixels row by row (8-bit, filter 0). */
export interface DecodedPng {
  width: number;
  height: number;
  text: Record<string, string>;
  pixels: Buffer[];
}

/** Reads back a PNG written by encodeCodePng (checks the signature and every chunk's CRC). */
export function decodeCodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  const text: Record<string, string> = {};
  const data: Buffer[] = [];
  let width = 0;
  let height = 0;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    if (crc32(typed) >>> 0 !== png.readUInt32BE(at + 8 + length)) throw new Error('bad chunk CRC');
    const type = typed.subarray(0, 4).toString('latin1');
    const body = typed.subarray(4);
    if (type === 'IHDR') [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
    if (type === 'tEXt') {
      const split = body.indexOf(0);
      text[body.subarray(0, split).toString('latin1')] = body.subarray(split + 1).toString('latin1');
    }
    if (type === 'IDAT') data.push(Buffer.from(body));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const pixels = Array.from({ length: height }, (_, y) =>
    raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)),
  );
  return { width, height, text, pixels };
}
