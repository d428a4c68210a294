/**
 * HTML built only through a tagged template that escapes every interpolated value, so
 * untrusted text (claims, findings, crawled URLs) can never become markup.
 */

/** Markup that is already safe: produced by `html` or `rawTrusted`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element body or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

type Part = SafeHtml | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  if (typeof part === 'number') return Number.isFinite(part) ? String(part) : '';
  return escapeHtml(String(part));
}

/** Tagged template: literal parts are markup, every value is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: readonly Part[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i += 1) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Markup written by this code (a stylesheet, an SVG built from numbers); never pass untrusted text. */
export function rawTrusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An href for a place: only http(s) URLs become links; anything else is not linked. */
export function safeHref(uri: string): string | null {
  return /^https?:\/\/[^\s"'<>]+$/i.test(uri) ? uri : null;
}
