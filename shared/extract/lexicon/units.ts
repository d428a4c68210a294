/**
 * Units of thresholds and the fixed expressions that stand for a threshold (README "Units and
 * numbers": "next working day" = 1 working-days, "same day" = 0 days, "24/7" = 24 hours).
 */
import type { ClaimUnit } from '../../domain/vocabulary.js';

/** Unit words (singular, plural and short forms) to claim units. Multi-word units come first. */
export const UNIT_WORDS: readonly (readonly [string, ClaimUnit])[] = [
  ['working days?', 'working-days'], ['business days?', 'working-days'], ['work(ing)? ?days?', 'working-days'],
  ['working-days?', 'working-days'], ['business hours?', 'business-hours'], ['working hours?', 'business-hours'],
  ['calendar days?', 'days'], ['seconds?', 'seconds'], ['secs?', 'seconds'], ['minutes?', 'minutes'], ['mins?', 'minutes'],
  ['hours?', 'hours'], ['hrs?', 'hours'], ['days?', 'days'], ['weeks?', 'weeks'], ['rings?', 'rings'],
];

/** A fixed expression and the threshold it stands for; `all` marks round-the-clock scope. */
export interface FixedThreshold {
  readonly phrase: string;
  readonly value: number;
  readonly unit: ClaimUnit;
  readonly all?: boolean;
  /** Often a product name ("Next Day parcels"): used only when no other duration is stated. */
  readonly fallback?: boolean;
}

/** Expressions that stand for a threshold. */
export const FIXED_THRESHOLDS: readonly FixedThreshold[] = [
  { phrase: '(next|following) (working|business)( |-)day', value: 1, unit: 'working-days' },
  { phrase: 'within (one|a|1) (working|business) day', value: 1, unit: 'working-days' },
  { phrase: '(next|following)( |-)day', value: 1, unit: 'days', fallback: true },
  { phrase: 'same (working |business )?day', value: 0, unit: 'days' },
  { phrase: 'same-day', value: 0, unit: 'days' },
  { phrase: 'on the (same )?day', value: 0, unit: 'days' },
  { phrase: 'within the hour', value: 1, unit: 'hours' },
  { phrase: '24/7', value: 24, unit: 'hours', all: true },
  { phrase: '24 hours a day', value: 24, unit: 'hours', all: true },
  { phrase: '(around|round) the clock', value: 24, unit: 'hours', all: true },
  { phrase: '24-hour (emergency |customer |support |claims |repairs )?(helpline|line|service|support|phone line|team)', value: 24, unit: 'hours', all: true },
  { phrase: '(immediately|straight away|right away|instantly)', value: 0, unit: 'minutes' },
  { phrase: 'overnight', value: 1, unit: 'days', fallback: true },
  { phrase: 'half an hour', value: 30, unit: 'minutes' },
  { phrase: 'a fortnight', value: 2, unit: 'weeks' },
];

/** Currency signs and words. */
export const CURRENCY_BEFORE = '(?:£|\\$|€|gbp\\s?|usd\\s?|eur\\s?)';
// "50p" is money; "5.30 p.m." is not.
export const CURRENCY_AFTER = '(?:pounds?|pence|p(?!\\.?m\\b)|dollars?|euros?)';

/** Phrases that price something at nothing (README: "free returns" = 0 currency). */
export const FREE: readonly string[] = [
  'free', 'nothing to pay', 'no charge', "(don't|do not|never|won't|will not) charge", 'no (* )?(fees?|charges?)',
  'a penny more', 'at no (extra |additional )?cost', 'free of charge', 'no cost', 'without charge',
  "(never|won't|will not|don't|do not|will never) pay (us )?(a |any |an )?(fee|fees|penny|charge|commission)",
];

/** "free" that is not about price ("you are free to use another company", "jargon-free"). */
export const NOT_FREE: readonly string[] = ['free to', 'jargon-free', 'hassle-free', 'stress-free', 'free from', 'toll-free', 'free-phone', 'freephone'];
