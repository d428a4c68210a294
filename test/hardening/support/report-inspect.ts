/**
 * Reads the report HTML the way a browser would (parse5, through cheerio's full build) and
 * lists everything that could run code, load something or restyle the page: script-capable
 * elements, event-handler attributes, script URLs in any attribute, CSS in style attributes,
 * meta refreshes and bases; plus the document's text as a reader sees it.
 */
import { load } from 'cheerio';

/** Elements that run code, embed other documents, submit, or change how URLs resolve. */
const DANGEROUS_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select',
  'keygen', 'isindex', 'base', 'link', 'portal', 'template', 'noscript', 'video', 'audio', 'source', 'foreignobject',
  'math', 'marquee', 'xmp', 'plaintext', 'listing', 'img', 'image', 'details', 'dialog',
]);

/** URL-bearing attributes and the schemes that run or smuggle code. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'background', 'poster', 'srcset', 'dynsrc', 'lowsrc', 'ping']);
 
const SCRIPT_URL = /^(?:javascript|vbscript|data|file|smb):/i;

/** What in the report could run, load or restyle, and its text. */
export interface ReportInspection {
  /** Count of each element name. */
  readonly tags: ReadonlyMap<string, number>;
  /** `<tag attr="value">` for every problem found. */
  readonly problems: readonly string[];
  /** The text of the <style> elements. */
  readonly styles: readonly string[];
  /** The content of the Content-Security-Policy meta, or null. */
  readonly csp: string | null;
  /** All text, as the reader sees it (entities decoded), whitespace collapsed. */
  readonly text: string;
  /** Every attribute value, to look for markers. */
  readonly attributeValues: readonly string[];
}

/** The fields of a parsed element read here. */
interface ElementLike {
  readonly tagName: string;
  readonly attribs: Readonly<Record<string, string>>;
}

/** Inspects `html` as a browser would parse it. */
export function inspectReport(html: string): ReportInspection {
  const $ = load(html);
  const tags = new Map<string, number>();
  const problems: string[] = [];
  const attributeValues: string[] = [];
  let csp: string | null = null;
  for (const el of $('*').toArray() as unknown as ElementLike[]) {
    const name = el.tagName.toLowerCase();
    tags.set(name, (tags.get(name) ?? 0) + 1);
    if (DANGEROUS_TAGS.has(name)) problems.push(`<${name}>`);
    for (const [attr, value] of Object.entries(el.attribs)) {
      const a = attr.toLowerCase();
      attributeValues.push(value);
      if (a.startsWith('on')) problems.push(`<${name} ${a}="${value}">`);
      if (a === 'srcdoc' || a === 'formaction') problems.push(`<${name} ${a}>`);
       
      const url = value.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\u202a-\u202e\ufeff]/g, '');
      if (URL_ATTRIBUTES.has(a) && SCRIPT_URL.test(url)) problems.push(`<${name} ${a}="${value}">`);
      if (a === 'style' && /expression\s*\(|url\s*\(|javascript:|behavior|binding|@import/i.test(value)) problems.push(`<${name} style="${value}">`);
    }
    if (name === 'meta') {
      const equiv = (el.attribs['http-equiv'] ?? '').toLowerCase();
      if (equiv === 'content-security-policy') csp = el.attribs['content'] ?? null;
      else if (equiv !== '' || (el.attribs['charset'] ?? 'utf-8').toLowerCase() !== 'utf-8') problems.push(`<meta ${Object.keys(el.attribs).join(' ')}>`);
    }
  }
  const styles = $('style')
    .toArray()
    .map((el) => $(el).text());
  return { tags, problems, styles, csp, text: $.root().text().replace(/\s+/g, ' '), attributeValues };
}
