/**
 * One plain sentence per finding, for a board member: what customers are told, what the
 * logs show, and how far apart the two are. Built from the phrase lexicon, never from
 * untrusted text except a clipped quote of an unmeasurable claim.
 */
import type { Judgement } from '../domain/settings.js';
import type { Claim } from '../domain/types.js';
import type { Verdict } from '../domain/vocabulary.js';
import { CLAIM_PHRASES, SOURCE_NAMES } from './claim-phrases.js';
import type { Measurement } from './measure-claim.js';
import { formatLimit, formatNumber, formatShare, humanDuration } from './natural-figures.js';
import type { WorkingScale } from './units.js';
import { UNMEASURABLE_CATEGORIES } from './verdict.js';

/** What customers are told: "calls are returned within 24 hours", "80% of calls are answered within 20 seconds". */
export function promisePhrase(claim: Claim): string {
  const phrase = CLAIM_PHRASES[claim.category];
  const share = claim.scope === 'share' && claim.share !== null ? `${formatNumber(claim.share > 1 ? claim.share : claim.share * 100)}% of ` : '';
  const limit =
    claim.value !== null && claim.unit !== null && claim.unit !== 'percent' && claim.unit !== 'currency'
      ? ` ${formatLimit(claim.value, claim.unit, claim.valueMax)}`
      : '';
  const implied = claim.unit === 'percent' && claim.value !== null && !share ? `${formatNumber(claim.value)}% of ` : '';
  return `${share || implied}${phrase.told}${limit}`;
}

function records(n: number, claim: Claim): string {
  return `${formatNumber(n)} ${CLAIM_PHRASES[claim.category].records}`;
}

/** The sentence for a measured claim (kept, at-risk, over-promised, unsubstantiated). */
export function explainPractice(
  claim: Claim,
  verdict: Verdict,
  m: Measurement,
  attainment: number | null,
  high: number | null,
  target: number,
  judgement: Judgement,
  scale: WorkingScale,
): string {
  const told = `Customers are told ${promisePhrase(claim)}`;
  const note = m.note ? ` (${m.note})` : '';
  if (verdict === 'unsubstantiated' || attainment === null) {
    if (m.n === 0) return `${told}, but no staff logs record ${CLAIM_PHRASES[claim.category].records}, so nothing shows it is kept.`;
    return `${told}, but staff logs hold only ${m.n} record${m.n === 1 ? '' : 's'} of ${CLAIM_PHRASES[claim.category].records}, too few to judge (at least ${judgement.minRecords} are needed)${note}.`;
  }
  const shown =
    m.basis === 'outcomes'
      ? `staff logs show the promise was met for ${formatShare(attainment)} of ${records(m.n, claim)}`
      : `staff logs show ${formatShare(attainment)} of ${records(m.n, claim)} were`;
  const goal = formatShare(target);
  let tail: string;
  if (verdict === 'kept') tail = `, meeting the ${goal} target`;
  else if (verdict === 'at-risk') tail = `, short of the ${goal} target though it could be chance (the true share may be as high as ${formatShare(high ?? attainment)})`;
  else tail = `, well short of the ${goal} target`;
  const slowest =
    verdict !== 'kept' && m.p90 !== null && !m.higherIsBetter && claim.unit !== null && claim.unit !== 'currency'
      ? `, and the slowest tenth took over ${humanDuration(m.p90, claim.unit, scale)}`
      : '';
  return `${told}; ${shown}${tail}${slowest}${note}.`;
}

function quote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The sentence for a claim left to human judgement. */
export function explainUnmeasurable(claim: Claim): string {
  const [start, end] = claim.span;
  const text = quote(end > start ? claim.text.slice(start, end) : claim.text);
  return UNMEASURABLE_CATEGORIES.has(claim.category)
    ? `"${text}" is about conduct or values, which no log can measure, so it is listed for a person to judge.`
    : `"${text}" states no figure a log could check, so it is listed for a person to judge.`;
}

function sourceName(claim: Claim): string {
  return SOURCE_NAMES[claim.source.kind];
}

function limitOf(claim: Claim): string {
  return claim.unit && claim.value !== null ? formatLimit(claim.value, claim.unit, claim.valueMax) : 'something else';
}

/** The sentence for two claims stating different limits for the same thing. */
export function explainInconsistency(claim: Claim, other: Claim): string {
  const told = CLAIM_PHRASES[claim.category].told;
  const same = claim.source.kind === other.source.kind;
  const first = same ? `One ${claim.source.kind === 'page' ? 'page of the website' : claim.source.kind}` : sourceName(claim);
  const second = same ? 'another' : sourceName(other);
  const opening = first.charAt(0).toUpperCase() + first.slice(1);
  return `${opening} says ${told} ${limitOf(claim)}, but ${second} says ${limitOf(other)}, so customers are told two different things.`;
}
