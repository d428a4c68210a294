/**
 * Recognises the marker that starts a list item in plain text, PDF and OCR lines:
 * bullet glyphs (including the Wingdings/Symbol private-use bullets Word leaves in PDFs),
 * dashes and asterisks, and numbered or lettered markers ("1.", "2)", "(a)", "iv.").
 */

/** A list marker found at the start of a line. */
export interface ListMarker {
  /** The marker as written ("•", "-", "1.", "(a)"). */
  readonly marker: string;
  /** True for numbered or lettered markers. */
  readonly ordered: boolean;
  /** The line's text after the marker and its spacing. */
  readonly rest: string;
}

// Glyphs that only ever mean "bullet", so no space is required after them.
const GLYPHS = '•◦▪▫■□●○◆◇►▸‣⁃⦿⦾✓✔✗✘➢➤➔→◘∙·\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF0A8\uF06E\uF0FB';
const GLYPH_RE = new RegExp(`^[${GLYPHS}]\\s*(?=\\S)`, 'u');
// ASCII and typographic dashes/asterisks, which need a space after them ("-5 °C" is not a bullet).
const DASH_RE = /^[-*+–—]\s+(?=\S)/u;
// "1." "12)" "(3)" "a." "b)" "(c)" "iv." "(ix)"; at most three digits so years do not match.
const ORDERED_RE = /^(?:\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\))\s+(?=\S)/u;

/** The list marker at the start of `line` (leading spaces ignored), or null when it is not a list item. */
export function parseListMarker(line: string): ListMarker | null {
  const text = line.trimStart();
  const glyph = GLYPH_RE.exec(text) ?? DASH_RE.exec(text);
  if (glyph) return { marker: glyph[0].trim(), ordered: false, rest: text.slice(glyph[0].length).trimEnd() };
  const ordered = ORDERED_RE.exec(text);
  if (ordered && !isCapitalInitial(ordered[0])) {
    return { marker: ordered[0].trim(), ordered: true, rest: text.slice(ordered[0].length).trimEnd() };
  }
  return null;
}

// "A. Smith will call you": a lone capital letter with a full stop is far more often an initial
// than a list marker, so only "A)" and "(A)" count for capitals.
function isCapitalInitial(marker: string): boolean {
  return /^[A-Z]\.$/.test(marker.trim());
}

const BARE_RE = new RegExp(`^[${GLYPHS}\\-*–]{1,2}$`, 'u');

/** A line that is only a bullet glyph (PDFs often put the glyph in its own text run). */
export function isBareBullet(text: string): boolean {
  return BARE_RE.test(text.trim());
}

// Tesseract reads small round bullets as one or two of these ("«", "=»", "©", "e").
const OCR_BULLET_RE = /^(?:[«»=©®°*•·■●◦○>~–—-]{1,2}|[eo])\s+(?=[\p{L}\p{N}])/u;

/**
 * Like `parseListMarker`, plus the shapes OCR turns bullets into. `indented` says whether the
 * line sits right of the text margin, which is required before a lone "e" or "o" counts.
 */
export function parseOcrListMarker(line: string, indented: boolean): ListMarker | null {
  const exact = parseListMarker(line);
  if (exact) return exact;
  const text = line.trimStart();
  const m = OCR_BULLET_RE.exec(text);
  if (!m) return null;
  const marker = m[0].trim();
  if ((marker === 'e' || marker === 'o') && !indented) return null;
  return { marker, ordered: false, rest: text.slice(m[0].length).trimEnd() };
}
