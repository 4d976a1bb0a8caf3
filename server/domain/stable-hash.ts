// A deterministic, non-cryptographic string hash for short ids (cart lines, counters): same text, same id.

// cyrb53 (public domain): a 53-bit hash with good spread, from 32-bit multiplies only.
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A ~106-bit hash of `text` as 22 lowercase base-36 characters ([0-9a-z]); stable across runs and platforms. */
export function stableHash(text: string): string {
  return (
    hash53(text, 0x9e3779b9).toString(36).padStart(11, '0') +
    hash53(text, 0x85ebca6b).toString(36).padStart(11, '0')
  );
}
