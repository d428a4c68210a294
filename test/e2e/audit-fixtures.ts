/** Reading a fixture company's expected.json and checking an audit's JSON output against it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExpectedPromise {
  readonly id: string;
  readonly quote: string;
  readonly verdict: string;
  readonly occurrences: readonly { readonly file: string }[];
}

export interface Expected {
  readonly company: string;
  readonly site: {
    readonly root: string;
    readonly canonicalOrigin: string;
    readonly robotsExcluded: readonly { readonly path: string; readonly mustNotAppear: string }[];
    readonly sitemapOnly: readonly { readonly path: string }[];
  };
  readonly documents: readonly { readonly file: string; readonly kind: string }[];
  readonly practice: { readonly files: readonly string[] };
  readonly promises: readonly ExpectedPromise[];
  readonly inconsistent: readonly { readonly claim: string; readonly conflictsWith: string }[];
  readonly notInconsistent: readonly { readonly claim: string; readonly with: string }[];
}

export function loadExpected(dir: string): Expected {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
}

interface OutClaim {
  readonly id: string;
  readonly text: string;
}
interface OutFinding {
  readonly verdict: string;
  readonly claim: OutClaim;
  readonly conflictsWith: OutClaim | null;
}
export interface AuditOut {
  readonly summary: Record<string, unknown>;
  readonly findings: readonly OutFinding[];
}

/** Every way the audit's output departs from what the fixture was built to give. */
export function compareWithExpected(expected: Expected, out: AuditOut): string[] {
  const problems: string[] = [];
  const practice = out.findings.filter((f) => f.verdict !== 'inconsistent');
  const claimOf = (quote: string) => practice.find((f) => f.claim.text.includes(quote));
  const byId = new Map(expected.promises.map((p) => [p.id, p]));
  for (const p of expected.promises) {
    const f = claimOf(p.quote);
    if (!f) problems.push(`${p.id}: no claim contains "${p.quote}"`);
    else if (f.verdict !== p.verdict) problems.push(`${p.id}: expected ${p.verdict}, got ${f.verdict} ("${f.claim.text}")`);
  }
  const inconsistent = out.findings.filter((f) => f.verdict === 'inconsistent');
  const pairs = (a: string, b: string) =>
    inconsistent.some(
      (f) =>
        (f.claim.text.includes(a) && f.conflictsWith?.text.includes(b)) ||
        (f.claim.text.includes(b) && f.conflictsWith?.text.includes(a)),
    );
  for (const i of expected.inconsistent) {
    const a = byId.get(i.claim)?.quote;
    const b = byId.get(i.conflictsWith)?.quote;
    if (a && b && !pairs(a, b)) problems.push(`missing inconsistent finding: ${i.claim} vs ${i.conflictsWith}`);
  }
  for (const n of expected.notInconsistent) {
    const a = byId.get(n.claim)?.quote;
    const b = byId.get(n.with)?.quote;
    if (a && b && pairs(a, b)) problems.push(`wrongly inconsistent: ${n.claim} vs ${n.with}`);
  }
  for (const r of expected.site.robotsExcluded) {
    if (out.findings.some((f) => f.claim.text.includes(r.mustNotAppear))) problems.push(`robots-excluded text appears: "${r.mustNotAppear}"`);
  }
  return problems;
}
