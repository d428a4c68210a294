/**
 * Google's robots.txt conformance corpus (robotstxt-spec-test, Apache-2.0, copied into
 * test/fixtures/crawl): every standard expectation must pass. Expectations the corpus marks
 * GOOGLE_SPECIFIC go beyond RFC 9309; they are skipped, each with the corpus's own reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RobotsTxt } from '../../../shared/sources/crawl/robots.js';
import { parseTextProto, type TextMessage } from './textproto.js';

const ROOT = join(import.meta.dirname, '../../fixtures/crawl/robotstxt-spec-test/CTC');

interface Case {
  readonly file: string;
  readonly robots: Buffer;
  readonly url: string;
  readonly userAgent: string;
  readonly expected: 'ALLOWED' | 'DISALLOWED';
  readonly googleSpecific: boolean;
  readonly explanation: string;
}

function str(v: unknown): string {
  return Buffer.isBuffer(v) ? v.toString('utf8') : String(v ?? '');
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const dir of ['correctness', 'stress']) {
    for (const name of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.textproto')).sort()) {
      const spec = parseTextProto(readFileSync(join(ROOT, dir, name)));
      for (const test of (spec['tests'] ?? []) as TextMessage[]) {
        const robots = (test['robotstxt']?.[0] as Buffer | undefined) ?? Buffer.alloc(0);
        for (const exp of (test['test_expectations'] ?? []) as TextMessage[]) {
          cases.push({
            file: `${dir}/${name}`,
            robots,
            url: str(exp['testurl']?.[0]),
            userAgent: str(exp['useragent']?.[0]),
            expected: str(exp['expected_outcome']?.[0]) as Case['expected'],
            googleSpecific: str(exp['test_type']?.[0]) === 'GOOGLE_SPECIFIC',
            explanation: str(exp['additional_explanation']?.[0]),
          });
        }
      }
    }
  }
  return cases;
}

const cases = loadCases();
const standard = cases.filter((c) => !c.googleSpecific);
const googleOnly = cases.filter((c) => c.googleSpecific);

function outcome(c: Case): 'ALLOWED' | 'DISALLOWED' {
  return RobotsTxt.parse(c.robots).isAllowed(c.url, c.userAgent) ? 'ALLOWED' : 'DISALLOWED';
}

describe('robots.txt conformance corpus', () => {
  it('loads every expectation of the corpus', () => {
    expect(cases.length).toBe(400);
    expect(standard.length).toBe(378);
    for (const c of cases) expect(['ALLOWED', 'DISALLOWED']).toContain(c.expected);
  });

  it('passes every standard (RFC 9309) expectation', () => {
    const failures = standard.filter((c) => outcome(c) !== c.expected);
    const passing = standard.length - failures.length;
    const googleAlsoPassing = googleOnly.filter((c) => outcome(c) === c.expected).length;
    console.log(
      `robots corpus: ${passing}/${standard.length} standard expectations pass, ` +
        `${googleOnly.length} Google-specific skipped (${googleAlsoPassing} of them would pass anyway)`,
    );
    for (const c of googleOnly) {
      console.log(`  skipped (Google-specific) ${c.file} ${c.url} [${c.userAgent}]: ${c.explanation.split('\n')[0]}`);
    }
    expect(
      failures.map((f) => `${f.file}: ${f.url} as ${f.userAgent} expected ${f.expected}\n${f.robots.toString('latin1')}`),
    ).toEqual([]);
  });

  it('every skipped expectation is marked Google-specific and says why', () => {
    for (const c of googleOnly) expect(c.explanation.toLowerCase()).toMatch(/google/);
  });
});
