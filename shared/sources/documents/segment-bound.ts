/**
 * Keeps every passage short enough to analyse quickly: a run-on "sentence" (a table flattened
 * into one paragraph, a 10 MB line) is cut at the last clause punctuation, or failing that the
 * last space, before the limit. Promise sentences are far shorter, so real ones are never cut.
 */

/** Longest passage, in characters, that the segmenter emits. */
export const MAX_PASSAGE_CHARS = 1000;

const CLAUSE_END = /[;:,)]/;
const SPACE = /\s/;

/** Splits `text` into pieces of at most `max` characters, preferring punctuation, then whitespace. */
export function boundLength(text: string, max: number = MAX_PASSAGE_CHARS): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    while (start < text.length && SPACE.test(text[start]!)) start++;
    if (text.length - start <= max) {
      if (start < text.length) out.push(text.slice(start));
      break;
    }
    const cut = cutPoint(text, start, max);
    const piece = text.slice(start, cut).trimEnd();
    if (piece) out.push(piece);
    start = cut;
  }
  return out;
}

// Where to end the piece starting at `start`: after the last ; : , or ) followed by a space in
// the second half of the window, else at the last space there, else hard at the limit.
function cutPoint(text: string, start: number, max: number): number {
  const end = start + max;
  const floor = start + Math.floor(max / 2);
  let space = -1;
  for (let i = end - 1; i > floor; i--) {
    const ch = text[i]!;
    if (SPACE.test(ch)) {
      if (CLAUSE_END.test(text[i - 1]!)) return i;
      if (space < 0) space = i;
    }
  }
  return space > 0 ? space : end;
}
