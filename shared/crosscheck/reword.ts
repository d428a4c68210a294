/**
 * A rewording the practice supports at the claim's target: the limit becomes the target
 * percentile of practice (the 95th for a firm claim) rounded up to a natural figure, in the
 * claim's voice ("We will ..." stays firm, "We aim to ..." stays an aim). Outcome promises,
 * which have no limit to move, state the share that is actually met instead.
 */
import type { Claim } from '../domain/types.js';
import type { Strength, Verdict } from '../domain/vocabulary.js';
import { CLAIM_PHRASES } from './claim-phrases.js';
import type { Measurement } from './measure-claim.js';
import { formatLimit, formatNumber, naturalCeil } from './natural-figures.js';
import type { WorkingScale } from './units.js';

const OPENERS: Readonly<Record<Strength, string>> = {
  guarantee: 'We guarantee to',
  firm: 'We will',
  aim: 'We aim to',
  vague: 'We aim to',
};

/** The claim's act with an optional share and limit: "We aim to return calls within 2 working days." */
export function promiseSentence(claim: Claim, opts: { share?: number | null; limit?: string | null; strength?: Strength }): string {
  const p = CLAIM_PHRASES[claim.category];
  const share = opts.share != null ? `${formatNumber(opts.share)}% of ` : '';
  const limit = opts.limit ? ` ${opts.limit}` : '';
  return `${OPENERS[opts.strength ?? claim.strength]} ${p.verb} ${share}${p.object}${p.after ?? ''}${limit}.`;
}

/** The stated share of a `share` claim, in percent. */
function statedShare(claim: Claim): number | null {
  if (claim.scope !== 'share' || claim.share === null) return null;
  return claim.share > 1 ? claim.share : claim.share * 100;
}

/** Share actually met, rounded down to 5 points (never promise more than happens). */
function supportedShare(attainment: number): number {
  return Math.max(0, Math.floor((attainment * 100 + 1e-9) / 5) * 5);
}

/** An honest rewording for a claim practice does not support, or null (kept, or nothing to go on). */
export function suggestRewording(
  claim: Claim,
  verdict: Verdict,
  m: Measurement,
  attainment: number | null,
  target: number,
  scale: WorkingScale,
): string | null {
  if (verdict !== 'over-promised' && verdict !== 'at-risk') return null;
  if (attainment === null) return null;
  const share = statedShare(claim);
  const currentLimit =
    claim.unit && claim.value !== null && claim.unit !== 'percent' && claim.unit !== 'currency'
      ? formatLimit(claim.value, claim.unit, claim.valueMax)
      : null;
  if (m.basis !== 'outcomes' && !m.higherIsBetter && claim.unit && m.threshold !== null) {
    const atTarget = m.at(target);
    const natural = atTarget === null ? null : naturalCeil(atTarget, claim.unit, scale);
    if (natural && !(natural.unit === claim.unit && natural.value <= m.threshold)) {
      return promiseSentence(claim, { share, limit: formatLimit(natural.value, natural.unit) });
    }
  }
  const met = supportedShare(attainment);
  if (met === 0) return null;
  return promiseSentence(claim, { share: met, limit: currentLimit, strength: claim.strength === 'vague' ? 'vague' : 'aim' });
}
