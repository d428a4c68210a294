/**
 * Recognises boilerplate: text repeated across many pages of a site (banners, footers,
 * navigation, a cookie notice). A passage is boilerplate when its text, compared with case
 * and spacing ignored, appears on at least `minUris` distinct URIs and on at least `minShare`
 * of all the URIs given. The extractor then counts such a claim once, with every occurrence as
 * its exposure. A promise repeated on a handful of product pages is not boilerplate: it stays
 * an ordinary passage that simply occurs several times.
 */

/** When repeated text counts as boilerplate. */
export interface BoilerplateOptions {
  /** Distinct URIs the text must appear on (default 3). */
  readonly minUris?: number;
  /** Share of all URIs it must appear on, 0-1 (default 0.3). */
  readonly minShare?: number;
}

const DEFAULT_MIN_URIS = 3;
const DEFAULT_MIN_SHARE = 0.3;

/** Returns the passages with `boilerplate` set on repeated text (never cleared where already set). */
export function markBoilerplate<T extends { uri: string; text: string; boilerplate: boolean }>(
  passages: readonly T[],
  options: BoilerplateOptions = {},
): T[] {
  const minUris = options.minUris ?? DEFAULT_MIN_URIS;
  const minShare = options.minShare ?? DEFAULT_MIN_SHARE;
  const allUris = new Set<string>();
  // Most texts occur on one page only, so a Set of pages is made only once a second one appears.
  const seen = new Map<string, { first: string; others: Set<string> | null }>();
  const keys = passages.map((p) => {
    allUris.add(p.uri);
    const key = normalise(p.text);
    const entry = seen.get(key);
    if (!entry) seen.set(key, { first: p.uri, others: null });
    else if (entry.first !== p.uri) (entry.others ??= new Set()).add(p.uri);
    return key;
  });
  const threshold = Math.max(minUris, Math.ceil(minShare * allUris.size));
  return passages.map((p, i) => {
    const key = keys[i] ?? '';
    if (p.boilerplate || key === '') return p;
    const entry = seen.get(key);
    const count = entry ? 1 + (entry.others?.size ?? 0) : 0;
    return count >= threshold ? { ...p, boilerplate: true } : p;
  });
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
