/**
 * Claims that state different limits for the same thing: the site says calls are returned
 * within 24 hours, a flyer says within 48. Claims are grouped by category and scope (a
 * stated share is part of the scope); within a group the limit stated with the most
 * exposure is the company's reference, and every claim stating another limit gets one
 * `inconsistent` finding against the most exposed claim stating the reference. That keeps
 * the findings linear in the number of claims however many variants a site has.
 *
 * Limits compare exactly within a unit family; across calendar and working time (or rings)
 * the conversion is approximate, so those differ only when more than 25% apart.
 */
import type { Claim, FindingDraft } from '../domain/types.js';
import { explainInconsistency } from './explain.js';
import { formatLimit } from './natural-figures.js';
import { promiseSentence } from './reword.js';
import { inconsistencySeverity, exposureWeight } from './severity.js';
import { baseFactor, familyFactor, familyOf, type UnitFamily, type WorkingScale } from './units.js';
import { isUnmeasurable } from './verdict.js';

/** Categories whose figures differ for good reasons (prices of different things, opening hours). */
const NOT_COMPARED: ReadonlySet<string> = new Set(['price', 'other', 'availability-hours', 'satisfaction-guarantee']);
const COMPARED_FAMILIES: ReadonlySet<UnitFamily> = new Set(['calendar', 'working', 'rings']);
const APPROXIMATE_TOLERANCE = Math.log(1.25);

interface Statement {
  readonly family: UnitFamily;
  /** The limit in the family's base unit, and in calendar seconds (for cross-family comparison). */
  readonly base: number;
  readonly calendarSeconds: number;
  readonly claims: Claim[];
  exposure: number;
}

function limit(claim: Claim): number {
  return claim.valueMax ?? claim.value!;
}

function compareClaims(a: Claim, b: Claim): number {
  return b.occurrences.length - a.occurrences.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The `inconsistent` findings among a run's claims. */
export function findInconsistencies(claims: readonly Claim[], scale: WorkingScale): FindingDraft[] {
  const groups = new Map<string, Map<string, Statement>>();
  for (const c of claims) {
    if (isUnmeasurable(c) || NOT_COMPARED.has(c.category) || c.value === null || c.unit === null) continue;
    const family = familyOf(c.unit);
    if (!family || !COMPARED_FAMILIES.has(family)) continue;
    const base = limit(c) * baseFactor(c.unit, scale);
    const calendarSeconds = base * (familyFactor(family, 'calendar', scale) ?? 1);
    const scope = c.scope === 'share' ? `share:${c.share}` : 'all';
    const groupKey = `${c.category}|${scope}`;
    const statementKey = `${family}|${base.toPrecision(9)}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = new Map()));
    let st = group.get(statementKey);
    if (!st) group.set(statementKey, (st = { family, base, calendarSeconds, claims: [], exposure: 0 }));
    st.claims.push(c);
    st.exposure += exposureWeight(c.occurrences) * c.occurrences.length;
  }

  const findings: FindingDraft[] = [];
  for (const group of groups.values()) {
    if (group.size < 2) continue;
    const statements = [...group.values()];
    for (const st of statements) st.claims.sort(compareClaims);
    statements.sort((a, b) => b.exposure - a.exposure || b.claims.length - a.claims.length || a.calendarSeconds - b.calendarSeconds);
    const ref = statements[0]!;
    const refClaim = ref.claims[0]!;
    for (const st of statements.slice(1)) {
      if (st.family !== ref.family && Math.abs(Math.log(st.calendarSeconds / ref.calendarSeconds)) < APPROXIMATE_TOLERANCE) continue;
      for (const c of st.claims) findings.push(inconsistency(c, refClaim, st, ref));
    }
  }
  return findings;
}

function inconsistency(claim: Claim, other: Claim, st: Statement, ref: Statement): FindingDraft {
  const looser = st.calendarSeconds >= ref.calendarSeconds ? claim : other;
  const stronger = claim.strength === 'guarantee' || other.strength === 'guarantee' ? 'guarantee' : claim.strength === 'firm' || other.strength === 'firm' ? 'firm' : claim.strength;
  const wording = promiseSentence(claim, {
    limit: formatLimit(looser.value!, looser.unit!, looser.valueMax),
    strength: stronger,
  });
  return {
    key: `inconsistent:${[claim.key, other.key].sort().join('|')}`,
    claimId: claim.id,
    verdict: 'inconsistent',
    conflictsWith: other.id,
    n: 0,
    attainment: null,
    attainmentLow: null,
    attainmentHigh: null,
    target: null,
    p50: null,
    p90: null,
    p95: null,
    severity: inconsistencySeverity(claim, other, st.calendarSeconds, ref.calendarSeconds),
    explanation: explainInconsistency(claim, other),
    suggestion: `Say the same everywhere, for example the looser limit: "${wording}"`,
  };
}
