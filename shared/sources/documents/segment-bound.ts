/**
 * Keeps every passage short enough to analyse quickly: a run-on "sentence" (a table flattened
 * into one paragraph, a 10 MB line) is cut at the last clause punctuation, or failing that the
 * last space, before the limit. Promise sentences are far shorter, so real ones are never cut.
 */

/** Longest passage, in characters, that the segmenter emits. */
export const MAX_PASSAGE_CHARS = 1000;

/** Splits `text` into pieces of at most `max` characters, preferring punctuation, then whitespace. */
export function boundLength(text: string, max: number = MAX_PASSAGE_CHARS): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    const head = rest.slice(0, cut).trim();
    if (head) out.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

// Where to cut `text` so the head is at most `max` long: after the last ; : , or ) in the second
// half of the window, else at the last space there, else hard at `max`.
function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max);
  const floor = Math.floor(max / 2);
  for (const re of [/[;:,)](?=\s)/g, /\s/g]) {
    let best = -1;
    for (let m = re.exec(window); m; m = re.exec(window)) best = m.index + 1;
    if (best > floor) return best;
  }
  return max;
}
