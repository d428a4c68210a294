/** Checks on a URL as written, before it is parsed (parsers quietly repair what attackers rely on). */

/** Longest URL we act on; browsers' own practical limit is near this. */
export const MAX_URL_LENGTH = 4096;

/**
 * True when the text holds characters a URL parser strips or rewrites without telling: control
 * characters and whitespace (`java\tscript:`), backslashes (read as `/` in http URLs), and
 * invisible formatting characters (zero-width joiners, bidi overrides).
 */
export function hasDisguisingCharacters(raw: string): boolean {
  // Variation selectors are listed on purpose: they are what disguises a look-alike URL.
  // eslint-disable-next-line no-misleading-character-class
  return /[\u0000-\u0020\u007f-\u00a0\\\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/u.test(
    raw,
  );
}

/** Parses a URL, or returns null for anything that is not a string, too long, disguised or unparsable. */
export function parseStrictUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  if (hasDisguisingCharacters(raw)) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
