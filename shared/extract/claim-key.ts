/**
 * A claim's stable identity across runs and sources: a hash of its normalised text, so the same
 * banner on 40 pages, or the same wording in a flyer and on the site, is one claim.
 */

/** The text as compared: lower case, straight quotes, ASCII dashes, single spaces, no closing punctuation. */
export function normaliseForKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .replace(/[\s.!;:,]+$/, '')
    .trim();
}

/** A 64-bit hash of the normalised text (+ a discriminator when a passage yields several claims), as 16 hex digits. */
export function claimKey(text: string, discriminator = ''): string {
  const s = discriminator ? `${normaliseForKey(text)}|${discriminator}` : normaliseForKey(text);
  return hex32(hash32(s, 0x811c9dc5)) + hex32(hash32(s, 0x01000193 ^ 0x5bd1e995));
}

// FNV-1a with a murmur-style finaliser; two seeds make 64 bits.
function hash32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0');
}
