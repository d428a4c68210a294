/**
 * Hedges: words that turn a commitment into an aim ("we aim to", "where possible", "normally").
 * README: a hedge inside a fragment beats the strength of its lead-in.
 */
import type { Phrases } from './phrases.js';

/** Phrases that make a promise an `aim`. */
export const HEDGES: Phrases = [
  'aim', 'aims', 'aiming', 'our aim', 'our targets?', 'targets? (first|response|time|times|of|for|is|are|to)', 'target:', 'targets:', 'try', 'tries', 'trying', 'do our (very )?best',
  'where possible', 'wherever possible', 'wherever we can', 'whenever possible', 'whenever we can', 'if possible',
  "as far as (we're|we are) able", 'as far as possible', 'as far as we can', 'subject to availability', 'if available', 'where available', '(everything|all) (we can|in our power|possible)', 'estimated (delivery|arrival|dispatch) (in|within|time)', 'normally', 'usually', 'typically',
  'generally', 'in most cases', 'most of the time', 'should', "shouldn't", 'should not',
  'as (quickly|soon|fast|promptly) as (we can|possible|we are able|we\'re able)', 'as many * as we can',
  'as many * * as we can', 'endeavour', 'endeavor', 'strive', 'work hard to', 'seek to', 'hope to', 'we expect to',
  'intend to', 'our goal',
  'most (of )?(our |your )?(calls|claims|orders|patients|customers|enquiries|queries|complaints|letters|emails|parcels|people|items|jobs|deliveries|repairs|cases|problems|issues|faults|requests|questions|appointments|visits|applications|refunds|returns)', 'our objective', 'we will look to', 'make every effort', 'every effort',
];

/** Lead-ins that give their fragments no commitment of their own ("Choose an option:"), for reference in tests. */
export const NEUTRAL_LEAD_INS: Phrases = ['choose', 'these are', 'here is', 'here are', 'as follows'];
