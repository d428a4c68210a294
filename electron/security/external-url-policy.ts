/**
 * Which links may be handed to the operating system's browser. Only plain http(s) URLs to a
 * host written as itself: no other scheme (javascript:, file:, smb:, data:, custom handlers
 * such as ms-msdt: that have been used to run code), no credentials or `@` tricks, no host
 * spelled in a disguised form (numeric IPs, full-width letters, look-alike scripts).
 */
import { domainToUnicode } from 'node:url';
import { lookalikeHostReason } from './idn-confusables.js';
import { hasDisguisingCharacters, MAX_URL_LENGTH } from './url-syntax.js';

/** The verdict on a link: the URL to open, or why not. */
export type ExternalUrlDecision = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

function refuse(reason: string): ExternalUrlDecision {
  return { ok: false, reason };
}

/** The authority (`user@host:port`) exactly as written after `scheme://`, or null when absent. */
function writtenAuthority(raw: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(raw);
  return m ? (m[1] ?? '') : null;
}

/** The host part of a written authority (no port; IPv6 keeps its brackets). */
function writtenHost(authority: string): string {
  if (authority.startsWith('[')) return authority.slice(0, authority.indexOf(']') + 1);
  const colon = authority.lastIndexOf(':');
  return colon === -1 ? authority : authority.slice(0, colon);
}

/** True when the host as written is the host the parser will contact (case aside). */
function hostWrittenAsItself(written: string, parsedHostname: string): boolean {
  const lower = written.toLowerCase();
  if (lower === parsedHostname) return true;
  // A genuine internationalised name written in Unicode: it must read back exactly as typed.
  if (/[^\x00-\x7f]/.test(written)) return domainToUnicode(parsedHostname) === written.normalize('NFC').toLowerCase();
  return false;
}

/** Decides whether `raw` may be opened in the user's browser. */
export function checkExternalUrl(raw: unknown): ExternalUrlDecision {
  if (typeof raw !== 'string' || raw.length === 0) return refuse('the link is empty');
  if (raw.length > MAX_URL_LENGTH) return refuse(`the link is longer than ${MAX_URL_LENGTH} characters`);
  if (hasDisguisingCharacters(raw)) return refuse('the link holds spaces, control characters, backslashes or invisible characters');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('the link is not a valid URL');
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return refuse(`links of type "${url.protocol}" are never opened; only http and https are`);
  const authority = writtenAuthority(raw);
  if (authority === null) return refuse('the link does not start with http:// or https://');
  if (authority.includes('@') || url.username || url.password) return refuse('the link carries a user name or password (a common disguise)');
  const host = writtenHost(authority);
  if (!host || !url.hostname) return refuse('the link has no host');
  if (!hostWrittenAsItself(host, url.hostname)) {
    return refuse(`the host "${host}" is written in a disguised form (it really goes to "${url.hostname}")`);
  }
  const lookalike = lookalikeHostReason(url.hostname);
  if (lookalike) return refuse(lookalike);
  return { ok: true, url: url.href };
}
