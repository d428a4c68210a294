/**
 * Judging an `npm audit --json` report (format 2) against audit-allowlist.json: the high and
 * critical advisories it names, and which of them the allow-list does not explain.
 */

/** One advisory as npm audit reports it under a vulnerable package's `via`. */
export interface Advisory {
  readonly source: number;
  readonly name: string;
  readonly title: string;
  readonly url: string;
  readonly severity: string;
}

/** The parts of an `npm audit --json` report read here; an error report has `message` instead. */
export interface AuditReport {
  readonly vulnerabilities?: Record<string, { readonly severity: string; readonly via: readonly (Advisory | string)[] }>;
  readonly metadata?: { readonly vulnerabilities: Record<string, number> };
  readonly message?: string;
  readonly error?: { readonly summary?: string };
}

/** An accepted advisory: its GitHub id (GHSA-...), URL or npm source number, the package, and why. */
export interface AllowEntry {
  readonly id: string;
  readonly package: string;
  readonly why: string;
}

/** The high and critical advisories of `report`, once each (a package reached by several paths lists them again). */
export function seriousAdvisories(report: AuditReport): Advisory[] {
  const found = new Map<string, Advisory>();
  for (const vuln of Object.values(report.vulnerabilities ?? {})) {
    for (const via of vuln.via) {
      // A string names another vulnerable package; its advisories are listed under that package.
      if (typeof via !== 'string' && (via.severity === 'high' || via.severity === 'critical')) found.set(via.url, via);
    }
  }
  return [...found.values()];
}

/** The serious advisories no allow-list entry explains, as one line each. */
export function unexplainedAdvisories(report: AuditReport, allow: readonly AllowEntry[]): string[] {
  const allowed = (a: Advisory): boolean => allow.some((e) => e.id === a.url || e.id === String(a.source) || a.url.endsWith(`/${e.id}`));
  return seriousAdvisories(report)
    .filter((a) => !allowed(a))
    .map((a) => `${a.severity}: ${a.name}: ${a.title} (${a.url})`);
}
