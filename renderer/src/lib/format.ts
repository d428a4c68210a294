/** Numbers, shares, dates and durations as people read them. */
const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatNumber(n: number): string {
  return number.format(n);
}

export function formatInteger(n: number): string {
  return integer.format(n);
}

/** 0.873 -> "87%"; null -> "—". */
export function formatShare(share: number | null, digits = 0): string {
  if (share === null || !Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(digits)}%`;
}

export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateOnly.format(d);
}

/** 75_000 -> "1:15"; 3_725_000 -> "1:02:05". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / 1024 / 1024)} MB`;
}

/** The readable part of a URI: host + path for web pages, file name for documents. */
export function shortUri(uri: string): string {
  try {
    const u = new URL(uri);
    if (u.protocol === 'file:') return decodeURIComponent(u.pathname.split('/').pop() ?? uri);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return uri;
    const path = u.pathname === '/' ? '' : u.pathname;
    return `${u.host}${path}${u.search}`;
  } catch {
    return uri;
  }
}

/** The shortest useful name of a source: a page's path ("/contact", "home page") or a file's name. */
export function sourceLabel(uri: string): string {
  try {
    const u = new URL(uri);
    if (u.protocol === 'file:') return decodeURIComponent(u.pathname.split('/').pop() ?? uri);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.pathname === '/' && !u.search ? 'home page' : `${u.pathname}${u.search}`;
    return uri;
  } catch {
    return uri;
  }
}
