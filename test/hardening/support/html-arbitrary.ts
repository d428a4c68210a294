/**
 * fast-check arbitraries of hostile HTML: real-looking trees with broken nesting, stray and
 * unclosed tags, raw-text elements, comments, CDATA, entities (valid, invalid and out of
 * range), NUL bytes and other control characters, astral and bidi characters, deep nesting
 * and long single lines. Sizes stay where one read is cheap, so 1,000 runs are quick; the
 * 10 MB lines and the 100,000-deep page are separate, named cases.
 */
import fc from 'fast-check';

const TAGS = [
  'p', 'div', 'span', 'a', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'br', 'h1', 'h2', 'h3', 'details', 'summary',
  'dl', 'dt', 'dd', 'script', 'style', 'template', 'title', 'head', 'body', 'html', 'base', 'meta', 'link', 'svg',
  'math', 'iframe', 'noscript', 'textarea', 'select', 'option', 'img', 'footer', 'nav', 'b', 'i', 'x-custom', 'A',
  'foo:bar', 'P', 'plaintext', 'xmp', 'frameset', 'object',
] as const;

const ATTRIBUTES = [
  'href', 'src', 'class', 'id', 'hidden', 'rel', 'name', 'content', 'style', 'onerror', 'onload', 'lang', 'charset',
  'http-equiv', 'x', 'data-x', 'colspan', 'rowspan',
] as const;

/** Characters and fragments that break naive readers. */
const NASTY = [
  '\u0000', '\u0001', '\u001f', '\u007f', '\r', '\n', '\r\n', '\t', '\f', '\u000b', ' ', '\u00a0', '\u2028', '\u2029',
  '\ufeff', '\u200b', '\u202e', '\ud83d\ude00', '\u0301', '&amp;', '&lt;', '&#0;', '&#x0;', '&#1114112;', '&#xD800;',
  '&nbsp', '&notanentity;', '&', '<', '>', '"', "'", '=', '/', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>',
  '<?xml version="1.0"?>', '</', '<>', '</>', '<<', '>>', 'javascript:', '\\', 'We answer calls within 30 seconds.',
] as const;

/** Text with NUL bytes, entities, control and astral characters. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 20 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

const tagName = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...TAGS) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) });

const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTES), hostileText, fc.constantFrom('"', "'", '', 'none'))
  .map(([name, value, quote]) => (quote === 'none' ? ` ${name}` : ` ${name}=${quote}${quote ? value.replaceAll(quote, '') : value.replace(/[\s>]/g, '')}${quote}`));

/** An HTML tree as text: elements closed, unclosed or closed twice, with hostile text and attributes. */
export const hostileTree: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc
      .tuple(tagName, fc.array(attribute, { maxLength: 4 }), tie('nodes'), fc.constantFrom('close', 'open', 'twice', 'stray'))
      .map(([tag, attrs, inner, ending]) => {
        const open = `<${tag}${attrs.join('')}>`;
        if (ending === 'open') return `${open}${inner}`;
        if (ending === 'twice') return `${open}${inner}</${tag}></${tag}>`;
        if (ending === 'stray') return `${inner}</${tag}>`;
        return `${open}${inner}</${tag}>`;
      }),
  ),
  nodes: fc.array(tie('node'), { maxLength: 6 }).map((kids) => kids.join('')),
})).nodes;

/** One element nested `depth` times (up to 5,000), closed or not, around hostile text. */
export const deepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('div', 'span', 'li', 'table', 'b', 'p', 'a', 'details'), fc.integer({ min: 0, max: 5_000 }), fc.boolean(), hostileText)
  .map(([tag, depth, closed, text]) => `<${tag}>`.repeat(depth) + text + (closed ? `</${tag}>`.repeat(depth) : ''));

/** A fragment repeated into one line of up to 200 KB, with no line break added. */
export const longLine: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(hostileText, hostileTree), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([piece, length]) => (piece.length === 0 ? 'x'.repeat(length) : piece.repeat(Math.ceil(length / piece.length)).slice(0, length)));

/** Any of the above, whole documents or fragments. */
export const hostileHtml: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: hostileTree },
  { weight: 2, arbitrary: deepNesting },
  { weight: 1, arbitrary: longLine },
  { weight: 1, arbitrary: fc.tuple(hostileTree, deepNesting, hostileTree).map((parts) => `<!DOCTYPE html><html><head>${parts[0]}</head><body>${parts[1]}${parts[2]}`) },
);
