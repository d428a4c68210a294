/**
 * The threshold a promise commits to, chosen among those it states by what it is about: a
 * price takes money ("free" = 0), compensation takes the amount paid, opening hours take none
 * unless round the clock, a time limit takes the first duration outside brackets and outside a
 * condition in front (README: "within 10 seconds (4 rings)" = 10 seconds), and a bare percentage
 * is its own value.
 */
import type { ClaimCategory, ClaimUnit } from '../domain/vocabulary.js';
import type { Mention } from './thresholds.js';

/** A promise's threshold. */
export interface Measure {
  readonly measurable: boolean;
  readonly value: number | null;
  readonly valueMax: number | null;
  readonly unit: ClaimUnit | null;
}

const NONE: Measure = { measurable: false, value: null, valueMax: null, unit: null };
const UNMEASURABLE = new Set<ClaimCategory>(['values', 'staff-conduct']);

/** The threshold of a promise of `category` among its `mentions`. */
export function measureOf(
  category: ClaimCategory,
  mentions: readonly Mention[],
  compensation: boolean,
  conditionEnd = 0,
): Measure {
  if (UNMEASURABLE.has(category)) return NONE;
  // Thresholds of the promise itself first, those in brackets only when there are no others;
  // a condition in front ("If the clinic runs more than 30 minutes late, ...") states none.
  const own = mentions.filter((m) => m.start >= conditionEnd);
  const stated = [...own.filter((m) => !m.inBrackets), ...own.filter((m) => m.inBrackets)];
  if (category === 'availability-hours') {
    const always = stated.find((m) => m.all);
    return always ? from(always) : { measurable: true, value: null, valueMax: null, unit: null };
  }
  const money = stated.find((m) => m.kind === 'currency') ?? stated.find((m) => m.kind === 'free');
  if (category === 'price') return money ? from(money) : NONE;
  const duration = stated.find((m) => m.kind === 'duration' && !m.fallback) ?? stated.find((m) => m.kind === 'duration');
  // "fix it within 48 hours or give you a £5 credit": the standard comes first, the payment backs it.
  if (compensation && money && !(duration && duration.start < money.start)) return from(money);
  if (duration) return from(duration);
  const percent = stated.find((m) => m.kind === 'percent' && m.value > 0 && m.value < 100);
  if (percent) return from(percent);
  return NONE;
}

function from(m: Mention): Measure {
  return { measurable: true, value: m.value, valueMax: m.valueMax, unit: m.unit };
}
