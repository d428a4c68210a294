/**
 * The shape of a fixture company's expected.json (sample/expected.json and
 * test/fixtures/e2e-heldout/expected.json), and a loader that validates it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CLAIM_CATEGORIES, CLAIM_UNITS, PRACTICE_UNITS, SCOPES, STRENGTHS } from '../../shared/domain/vocabulary.js';

const PageRef = z.object({ file: z.string(), path: z.string().startsWith('/') });
const Occurrence = z.object({ file: z.string(), page: z.number().int().positive().optional() });

const PracticeBasis = z.object({
  file: z.string(),
  metric: z.enum(CLAIM_CATEGORIES),
  unit: z.enum(PRACTICE_UNITS),
  threshold: z.number().nullable(),
  n: z.number().int().nonnegative(),
  met: z.number().int().nonnegative(),
  attainment: z.number().min(0).max(1),
  target: z.number().min(0).max(1),
  wilson95: z.tuple([z.number(), z.number()]),
  p50: z.number(),
  p90: z.number(),
  p95: z.number(),
});

const Promise = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  quote: z.string().min(1),
  occurrences: z.array(Occurrence).min(1),
  category: z.enum(CLAIM_CATEGORIES),
  measurable: z.boolean(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.enum(CLAIM_UNITS).nullable(),
  strength: z.enum(STRENGTHS),
  scope: z.enum(SCOPES),
  share: z.number().nullable(),
  verdict: z.enum(['kept', 'at-risk', 'over-promised', 'unsubstantiated', 'unmeasurable']),
  /** planted: practice data built to decide it; no-records: measurable, nothing logged; unmeasurable. */
  basis: z.enum(['planted', 'no-records', 'unmeasurable']),
  practice: PracticeBasis.nullable(),
});

/** A parsed expected.json. */
export const ExpectedSchema = z.object({
  schema: z.literal(1),
  company: z.string(),
  about: z.string(),
  site: z.object({
    root: z.string(),
    canonicalOrigin: z.string().url(),
    pages: z.array(PageRef).min(1),
    linkedPages: z.array(PageRef),
    sitemapOnly: z.array(PageRef),
    robotsExcluded: z.array(PageRef.extend({ mustNotAppear: z.string() })),
  }),
  documents: z.array(
    z.object({
      file: z.string(),
      kind: z.enum(['flyer', 'policy']),
      format: z.enum(['pdf', 'docx']),
      pages: z.number().int().positive().nullable(),
    }),
  ),
  practice: z.object({
    files: z.array(z.string()).min(1),
    alternative: z.array(z.object({ file: z.string(), preset: z.string(), metric: z.enum(CLAIM_CATEGORIES), note: z.string() })),
  }),
  judgement: z.object({
    targetFirm: z.number(),
    targetAim: z.number(),
    minRecords: z.number().int(),
    confidence: z.number(),
  }),
  promises: z.array(Promise).min(1),
  inconsistent: z.array(z.object({ claim: z.string(), conflictsWith: z.string(), why: z.string() })),
  notInconsistent: z.array(z.object({ claim: z.string(), with: z.string(), why: z.string() })),
  nonPromises: z.array(z.object({ file: z.string(), quote: z.string() })),
  unasserted: z.array(z.object({ file: z.string(), quote: z.string(), why: z.string() })),
});
export type Expected = z.infer<typeof ExpectedSchema>;
export type ExpectedPromise = Expected['promises'][number];

/** A fixture company: its folder and its validated expectations. */
export interface Fixture {
  readonly name: string;
  readonly dir: string;
  readonly expected: Expected;
}

/** The two fixture companies, by folder. */
export const FIXTURE_DIRS: readonly (readonly [string, string])[] = [
  ['sample (Harbourside)', path.resolve(import.meta.dirname, '../../sample')],
  ['held-out (Fellside)', path.resolve(import.meta.dirname, '../fixtures/e2e-heldout')],
];

/** Reads and validates a fixture's expected.json. */
export async function loadFixture(name: string, dir: string): Promise<Fixture> {
  const raw: unknown = JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8'));
  return { name, dir, expected: ExpectedSchema.parse(raw) };
}
