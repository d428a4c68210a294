/**
 * Builds sourced passages the way readers do, and extracts from them, for table-driven tests.
 */
import type { ClaimDraft, PassageRole, SourcedPassage } from '../../shared/domain/types.js';
import { extractClaims } from '../../shared/extract/extract.js';

/** A passage as a test writes it. */
export interface PassageSpec {
  readonly text: string;
  readonly role?: PassageRole;
  readonly leadIn?: string;
  readonly context?: string;
  readonly uri?: string;
  readonly path?: string;
  readonly kind?: SourcedPassage['kind'];
}

/** A sourced passage with defaults for what the test does not care about. */
export function passage(spec: PassageSpec): SourcedPassage {
  return {
    text: spec.text,
    role: spec.role ?? 'sentence',
    leadIn: spec.leadIn ?? null,
    context: spec.context ?? null,
    location: { page: null, path: spec.path ?? 'main > p', line: null },
    boilerplate: false,
    uri: spec.uri ?? 'https://www.example.co.uk/charter',
    kind: spec.kind ?? 'page',
  };
}

/** The claims extracted from the passages. */
export function claimsOf(...specs: PassageSpec[]): ClaimDraft[] {
  return extractClaims(specs.map(passage));
}

/** The one claim a single passage makes, or null. */
export function claimOf(spec: PassageSpec | string): ClaimDraft | null {
  const claims = claimsOf(typeof spec === 'string' ? { text: spec } : spec);
  return claims[0] ?? null;
}

/** The fields of a claim that tests compare. */
export function fields(claim: ClaimDraft | null) {
  if (!claim) return null;
  const { category, measurable, value, valueMax, unit, strength, scope, share } = claim;
  return { category, measurable, value, valueMax, unit, strength, scope, share };
}
