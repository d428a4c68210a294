/**
 * Splits a sentence into clauses where one thought gives way to another (", and we ...",
 * ", but ...", "; ", ", though ..."). A promise and a caveat often share a sentence ("We try to
 * pack orders the day they arrive, but we'd rather not over-promise"); judging clauses one by
 * one keeps the promise and drops the caveat.
 */

/** A clause's position in its passage, [start, end). */
export interface ClauseRange {
  readonly start: number;
  readonly end: number;
}

const BOUNDARY = /,\s+(?=(?:and|but|so|though|although|while|whereas|yet|with the|except)\s)|;\s+|\s+but\s+(?=we\b|you\b|it\b|this\b|they\b)/gi;

/** The clauses of `text` in order; each starts at its joining word ("but we ..."). */
export function splitClauses(text: string): ClauseRange[] {
  const out: ClauseRange[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const cut = m.index + m[0].length;
    if (m.index > start) out.push({ start, end: m.index });
    start = cut;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((c) => /\w/.test(text.slice(c.start, c.end)));
}
