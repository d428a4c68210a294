/**
 * How firmly a promise commits (README "Strength"): values are `vague`; guarantees, promises and
 * compensation are `guarantee`; hedges make an `aim`; a fragment takes its lead-in's strength
 * unless it hedges itself; anything else undertaken is `firm`.
 */
import type { ClaimCategory, Strength } from '../domain/vocabulary.js';
import { CUES } from './cues.js';

/** What strength is decided from (normalised text). */
export interface StrengthInput {
  readonly text: string;
  readonly leadIn: string | null;
  /** The heading or table header of a list item or table cell (null for sentences). */
  readonly fragmentContext: string | null;
  readonly category: ClaimCategory;
  /** Compensation is promised in this passage or is what its payment deadline pays. */
  readonly compensation: boolean;
}

// A subject with its own modal: a full sentence, which does not borrow its lead-in's strength.
const OWN_COMMITMENT = /\b(?:we|we'll|you|you'll|it|they|this|every \w+|all \w+|our \w+)\s+(?:will|shall|always|never|should|won't)\b/;

const TARGET_HEADER = /\b(?:targets?|aims?|goals?|objectives?)\b/;

/** The strength of a promise. */
export function strengthOf(input: StrengthInput): Strength {
  if (input.category === 'values') return 'vague';
  const own = markedStrength(input.text);
  if (input.compensation || own === 'guarantee') return 'guarantee';
  if (own === 'aim') return 'aim';
  const lead = input.leadIn ? markedStrength(input.leadIn) : null;
  if (lead && !OWN_COMMITMENT.test(input.text)) return lead;
  // Items listed under "What we guarantee" are guaranteed, as if the heading were their lead-in.
  if (!lead && input.fragmentContext && CUES.guarantee.test(input.fragmentContext)) return 'guarantee';
  // ... and cells under "Our target" or "Resolution target" are aims.
  if (!lead && input.fragmentContext && TARGET_HEADER.test(input.fragmentContext)) return 'aim';
  return 'firm';
}

/** The strength words in `text` say, or null when they say none. */
export function markedStrength(text: string): Strength | null {
  if (CUES.guarantee.test(text) || CUES.compensation.test(text)) return 'guarantee';
  if (CUES.hedge.test(text)) return 'aim';
  if (CUES.weCommit.test(text) || CUES.youReceive.test(text)) return 'firm';
  return null;
}
