/**
 * Turns a Markdown inline run into the plain text a reader sees: link and image text kept,
 * URLs dropped, emphasis and code markers removed, HTML tags stripped, entities and
 * backslash escapes resolved. No HTML is produced. Every pattern is bounded so a long,
 * hostile line costs linear time.
 */
import { decodeEntities } from './entities.js';

// Escaped punctuation is parked in a private-use range so no later rule can touch it.
const PARK_BASE = 0xf0000;
const ESCAPE_RE = /\\([!-/:-@[-`{-~])/g;
const PARKED_RE = /[\u{F0000}-\u{F007F}]/gu;

// A link destination, allowing one level of balanced parentheses ("https://x.org/a_(b)").
const DEST = String.raw`\((?:[^()\n]|\([^()\n]{0,500}\)){0,2000}\)`;
const LABEL = String.raw`\[([^\[\]\n]{0,1000})\]`;

const RULES: readonly [RegExp, string][] = [
  // Images and links keep their text: ![alt](src "title"), [text](url), [text][ref], [text][].
  [new RegExp(`!${LABEL}(?:${DEST}|\\[[^\\[\\]\\n]{0,200}\\])`, 'g'), '$1'],
  [new RegExp(`${LABEL}(?:${DEST}|\\[[^\\[\\]\\n]{0,200}\\])`, 'g'), '$1'],
  // Footnote references.
  [/\[\^[^\]\s]{1,100}\]/g, ''],
  // Autolinks keep their address.
  [/<((?:https?|mailto|ftp):[^\s<>]{1,2000})>/gi, '$1'],
  [/<([^\s<>@]{1,200}@[^\s<>@]{1,200})>/g, '$1'],
  // Line breaks inside HTML, then any tag or comment.
  [/<br\s{0,10}\/?>/gi, ' '],
  [/<\/?[a-zA-Z][a-zA-Z0-9-]{0,40}(?:\s[^<>]{0,2000})?\/?>/g, ''],
  // Emphasis pairs; each scan stops at the next marker of its kind, so the cost stays linear.
  [/\*\*(?=\S)((?:[^*]|\*(?!\*)){1,5000}?)\*\*/g, '$1'],
  [/(^|[^\p{L}\p{N}_])__(?=\S)((?:[^_]|_(?!_)){1,5000}?)__(?![\p{L}\p{N}])/gu, '$1$2'],
  [/~~(?=\S)([^~]{1,5000}?)~~/g, '$1'],
  [/\*(?=[^\s*])([^*\n]{0,5000}?[^\s*])\*/g, '$1'],
  [/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_\n]{0,5000}?[^\s_])_(?![\p{L}\p{N}])/gu, '$1$2'],
];

// Code spans (backtick runs of matching length) keep their content verbatim, so they are
// lifted out before the other rules and put back after.
const CODE_RE = /(?<!`)(`{1,10})(?!`)([\s\S]{1,2000}?)(?<!`)\1(?!`)/g;
const CODE_SLOT = '\u{F0100}';
const CODE_SLOT_RE = /\u{F0100}(\d+)\u{F0101}/gu;

// Text without any of these characters has no inline markup and is returned as it is.
const MARKUP_CHAR_RE = /[\\`*_~[\]<>&!]/;

/** The plain text of one Markdown inline run. */
export function markdownInlineToText(source: string): string {
  if (!MARKUP_CHAR_RE.test(source)) return source;
  const codes: string[] = [];
  let text = source.replace(ESCAPE_RE, (_m, ch: string) => String.fromCodePoint(PARK_BASE + ch.charCodeAt(0)));
  text = text.replace(CODE_RE, (_m, _ticks: string, code: string) => `${CODE_SLOT}${codes.push(code.trim()) - 1}\u{F0101}`);
  text = stripHtmlComments(text);
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  text = decodeEntities(text).replace(CODE_SLOT_RE, (_m, i: string) => codes[Number(i)] ?? '');
  return text.replace(PARKED_RE, (ch) => String.fromCharCode((ch.codePointAt(0) ?? PARK_BASE) - PARK_BASE));
}

// An unclosed "<!--" hides the rest of the run, as it would in a browser.
function stripHtmlComments(text: string): string {
  let out = '';
  let from = 0;
  for (let start = text.indexOf('<!--'); start >= 0; start = text.indexOf('<!--', from)) {
    out += text.slice(from, start);
    const end = text.indexOf('-->', start + 4);
    if (end < 0) return out;
    from = end + 3;
  }
  return out + text.slice(from);
}
