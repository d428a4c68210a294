import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Claim, Finding } from '../../shared/domain/types.js';
import { auditJson, auditJsonText, claimsCsv, findingsCsv } from '../../shared/report/export.js';
import { CLAIMS, FINDINGS, REVIEWS } from '../fixtures/report/sample-input.js';

const { payloads } = JSON.parse(readFileSync(new URL('../fixtures/report/formula-payloads.json', import.meta.url), 'utf8')) as {
  payloads: string[];
};

function records(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true }) as Record<string, string>[];
}

/** Claims and findings whose every text field is a formula payload. */
function hostile(): { claims: Claim[]; findings: Finding[] } {
  const base = CLAIMS[0] as Claim;
  const claims = payloads.map((p, i): Claim => ({ ...base, id: `h${i}`, key: `hk${i}`, text: p }));
  const findings = payloads.map(
    (p, i): Finding => ({ ...(FINDINGS[0] as Finding), id: `hf${i}`, key: `practice:hk${i}`, claimId: `h${i}`, explanation: p, suggestion: p }),
  );
  return { claims, findings };
}

function isLiveFormula(cell: string): boolean {
  if (cell.startsWith('\t') || cell.startsWith('\r')) return true;
  const first = cell.replace(/^[\s\u00a0\u3000\u2000-\u200b\ufeff]+/, '').charAt(0);
  return ['=', '+', '-', '@', '＝', '＋', '－', '＠'].includes(first);
}

describe('CSV exports', () => {
  it('exports every claim with its words intact and its numbers as numbers', () => {
    const rows = records(claimsCsv(CLAIMS));
    expect(rows).toHaveLength(CLAIMS.length);
    const quote = rows.find((r) => r['id'] === 'c-quote');
    expect(quote?.['text']).toBe("You'll receive your written quote within 48 hours of our visit (terms & conditions apply).");
    expect(quote?.['value']).toBe('48');
    expect(quote?.['exposure']).toBe('3');
    expect(rows.find((r) => r['id'] === 'c-phone')?.['exposure']).toBe('38');
  });

  it('exports findings most severe first, with the claim and the latest review', () => {
    const rows = records(findingsCsv({ claims: CLAIMS, findings: FINDINGS, latestReviews: REVIEWS }));
    expect(rows).toHaveLength(FINDINGS.length);
    expect(rows[0]?.['claim_id']).toBe('c-phone');
    expect(rows[0]?.['review_status']).toBe('accepted');
    expect(rows[0]?.['attainment']).toBe('0.612');
    const parts = rows.find((r) => r['claim_id'] === 'c-parts');
    expect(parts?.['review_status']).toBe('dismissed');
    expect(parts?.['review_reason']).toMatch(/^Parts come from the manufacturer/);
    const conflict = rows.find((r) => r['verdict'] === 'inconsistent');
    expect(conflict?.['conflicts_with_text']).toBe('We aim to resolve complaints within 8 weeks of receiving them.');
  });

  it('leaves no live formula anywhere when every text is a payload', () => {
    const { claims, findings } = hostile();
    for (const csv of [claimsCsv(claims), findingsCsv({ claims, findings })]) {
      const rows = parse(csv, { bom: true }) as string[][];
      for (const row of rows.slice(1)) {
        for (const cell of row) {
          if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) continue;
          expect(isLiveFormula(cell), JSON.stringify(cell)).toBe(false);
        }
      }
    }
  });

  it('neutralises a payload by one apostrophe and nothing else', () => {
    const { claims } = hostile();
    const texts = records(claimsCsv(claims)).map((r) => r['text']);
    expect(texts).toEqual(payloads.map((p) => `'${p}`));
  });
});

describe('JSON export', () => {
  it('has the SPEC shape: summary, then findings with claim, verdict and figures', () => {
    const json = auditJson({ claims: CLAIMS, findings: FINDINGS, latestReviews: REVIEWS, company: 'Northgate', runNumber: 3 });
    expect(json.summary).toMatchObject({
      company: 'Northgate',
      run: 3,
      promises: 15,
      findings: 15,
      kept: 4,
      atRisk: 2,
      overPromised: 5,
      unsubstantiated: 1,
      unmeasurable: 2,
      notAssessed: 1,
      inconsistent: 1,
    });
    const first = json.findings[0];
    expect(first?.claim.text).toBe('We answer every call within 30 seconds.');
    expect(Object.keys(first ?? {})).toEqual(
      expect.arrayContaining(['claim', 'verdict', 'n', 'attainment', 'target', 'severity', 'explanation', 'suggestion', 'conflictsWith']),
    );
    const conflict = json.findings.find((f) => f.verdict === 'inconsistent');
    expect(conflict?.claim.id).toBe('c-resolve-flyer');
    expect(conflict?.conflictsWith?.id).toBe('c-resolve-policy');
    expect(json.findings.find((f) => f.claim.id === 'c-phone' && f.verdict !== 'inconsistent')?.review?.reviewer).toBe('Priya Raman');
  });

  it('keeps text exactly (no apostrophes, no BOM) and parses back', () => {
    const { claims, findings } = hostile();
    const text = auditJsonText({ claims, findings });
    expect(text.charCodeAt(0)).toBe('{'.charCodeAt(0));
    const back = JSON.parse(text) as ReturnType<typeof auditJson>;
    expect(back.findings.map((f) => f.claim.text).sort()).toEqual([...payloads].sort());
  });

  it('names a finding that points at a missing claim', () => {
    const broken = [{ ...(FINDINGS[0] as Finding), id: 'f-lost', claimId: 'nope' }];
    expect(() => auditJson({ claims: CLAIMS, findings: broken })).toThrow(/findings\[0\] \(id "f-lost"\) refers to claim "nope"/);
  });
});
