/**
 * How widely a promise applies (README "scope"): a stated percentage below 100 is a `share`;
 * "every", "all", "always", "never", "100%" and round-the-clock make it `all`; anything else is
 * `unspecified`. A condition in front ("If we miss any appointment, ...") does not count.
 */
import type { Scope } from '../domain/vocabulary.js';
import { conditionEnd } from './condition.js';
import { CUES } from './cues.js';
import type { Mention } from './thresholds.js';

/** Scope and share of a promise. */
export interface ScopeReading {
  readonly scope: Scope;
  readonly share: number | null;
}


/** The scope of normalised promise `text`, given the thresholds stated in it. */
export function scopeOf(text: string, mentions: readonly Mention[]): ScopeReading {
  const end = conditionEnd(text);
  const share = mentions.find((m) => m.kind === 'percent' && !m.inBrackets && m.start >= end && m.value > 0 && m.value < 100);
  if (share) return { scope: 'share', share: share.value };
  if (mentions.some((m) => m.all && !m.inBrackets)) return { scope: 'all', share: null };
  const main = ' '.repeat(end) + text.slice(end);
  const excluded = CUES.scopeNotAll.find(main);
  const universal = CUES.scopeAll.find(main).some(([s, e]) => !excluded.some(([xs, xe]) => s < xe && e > xs));
  return { scope: universal ? 'all' : 'unspecified', share: null };
}
