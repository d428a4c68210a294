/**
 * The parsed page as the HTML reader sees it: the few fields of htmlparser2's nodes it uses,
 * which elements start a block, which hold no visible text, and an iterative text flattener
 * (no recursion, so a page nested 100,000 levels deep cannot overflow the stack).
 */
import { load } from 'cheerio/slim';

/** A node of the parsed page (the shape of domhandler's nodes, reduced to what is read). */
export interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: readonly DomNode[];
}

/** What a `<br>` becomes in flattened text (a line separator, which also counts as whitespace). */
export const BR = '\u2028';

/** Parses HTML with htmlparser2 (through cheerio/slim) and returns the document node. */
export function parseHtml(html: string): DomNode {
  const $ = load(html, { xml: false });
  return $.root()[0] as unknown as DomNode;
}

/** Elements whose content is never visible text (as the corpus README defines visible text). */
export const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'title', 'meta', 'link', 'base',
  'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'select', 'textarea', 'datalist',
]);

/** Elements that start a new block of text. */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'search',
]);

/** True for an element node (htmlparser2 gives <script> and <style> their own types). */
export function isElement(node: DomNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** True when the element and everything in it is invisible: skipped tags and the `hidden` attribute. */
export function isInvisible(node: DomNode): boolean {
  if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') return true;
  if (!isElement(node)) return false;
  if (SKIPPED.has(node.name ?? '')) return true;
  return node.attribs?.hidden !== undefined;
}

/**
 * The visible text of `node`, tags replaced by spaces and `<br>` by `BR`, leaving out
 * any descendant for which `exclude` is true. Whitespace is left for the segmenter to collapse.
 */
export function flattenText(node: DomNode, exclude?: (n: DomNode) => boolean): string {
  const parts: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      parts.push(n.data ?? '');
      continue;
    }
    if (n !== node && (isInvisible(n) || exclude?.(n))) continue;
    if (n.name === 'br') {
      parts.push(BR);
      continue;
    }
    // Both the start and the end tag count as a space.
    parts.push(' ');
    stack.push(SPACE);
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

const SPACE: DomNode = { type: 'text', data: ' ' };

/** The element children of `node`. */
export function elementChildren(node: DomNode): DomNode[] {
  return (node.children ?? []).filter(isElement);
}

/** True when some descendant element (at most `limit` nodes looked at) matches `test`. */
export function hasDescendant(node: DomNode, test: (n: DomNode) => boolean, limit = 5000): boolean {
  const stack: DomNode[] = [...(node.children ?? [])];
  let seen = 0;
  while (stack.length > 0 && seen++ < limit) {
    const n = stack.pop()!;
    if (!isElement(n) || isInvisible(n)) continue;
    if (test(n)) return true;
    for (const k of n.children ?? []) stack.push(k);
  }
  return false;
}
