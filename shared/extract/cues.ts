/**
 * Every lexicon compiled once into regular expressions, under the names the analysis uses.
 * Text is matched after `normalise` (lower case, straight quotes, ASCII dashes), which keeps
 * offsets, so a match position is a position in the passage.
 */
import { ALWAYS_OR_WHILE_OPEN, CLOSED, OPEN_WORDS } from './lexicon/availability.js';
import { CHANNELS, COMPLAINT_TOPIC, RESOLUTION_ACTS, RESPONSE_ACTS } from './lexicon/categories.js';
import { ACT_STANDARD, POLICY, WE_ACT, WE_COMMIT, YOU_RECEIVE } from './lexicon/commitment.js';
import { COMPENSATION, GUARANTEES, PAYMENT_DEADLINE } from './lexicon/guarantee.js';
import { HEDGES } from './lexicon/hedge.js';
import {
  CUSTOMERS,
  DISCLAIMERS,
  EMPLOYEES,
  EMPLOYEES_WEAK,
  FREQUENCY,
  MARKETING,
  META,
  OPINIONS,
  PAST,
  PLEASE_NOT_A_REQUEST,
  POSSIBILITY,
  REQUESTS,
  REQUEST_SECTIONS,
  THIRD_PARTIES,
  OTHERS_ACT,
  EMPLOYEE_BENEFITS,
} from './lexicon/not-promise.js';
import { compilePhrases } from './lexicon/phrases.js';
import { SCOPE_ALL, SCOPE_NOT_ALL } from './lexicon/scope.js';
import { FREE, NOT_FREE } from './lexicon/units.js';
import { VALUES } from './lexicon/values.js';

/** The compiled cues. */
export const CUES = {
  weCommit: compilePhrases(WE_COMMIT),
  weAct: WE_ACT,
  actStandard: compilePhrases(ACT_STANDARD),
  youReceive: compilePhrases(YOU_RECEIVE),
  policy: compilePhrases(POLICY),
  hedge: compilePhrases(HEDGES),
  // "Most jobs can be priced straight away" describes; it does not undertake.
  hedgeSignal: compilePhrases(HEDGES.filter((h) => !h.startsWith('most '))),
  guarantee: compilePhrases(GUARANTEES),
  compensation: compilePhrases(COMPENSATION),
  paymentDeadline: compilePhrases(PAYMENT_DEADLINE),
  values: compilePhrases(VALUES),
  firstPerson: compilePhrases(['we', 'our', 'us', 'ours', 'i', 'my', "we're", "we'll", "we've", "we'd"]),
  scopeAll: compilePhrases(SCOPE_ALL),
  scopeNotAll: compilePhrases(SCOPE_NOT_ALL),
  free: compilePhrases(FREE),
  notFree: compilePhrases(NOT_FREE),
  request: compilePhrases(REQUESTS),
  pleaseOk: compilePhrases(PLEASE_NOT_A_REQUEST),
  please: compilePhrases(['please']),
  past: compilePhrases(PAST),
  disclaimer: compilePhrases(DISCLAIMERS),
  possibility: compilePhrases(POSSIBILITY),
  frequency: compilePhrases(FREQUENCY),
  marketing: compilePhrases(MARKETING),
  employees: compilePhrases(EMPLOYEES),
  employeesWeak: compilePhrases(EMPLOYEES_WEAK),
  requestSection: compilePhrases(REQUEST_SECTIONS),
  customers: compilePhrases(CUSTOMERS),
  thirdParty: compilePhrases(THIRD_PARTIES),
  othersAct: compilePhrases(OTHERS_ACT),
  employeeBenefits: compilePhrases(EMPLOYEE_BENEFITS),
  meta: compilePhrases(META),
  opinion: compilePhrases(OPINIONS),
  alwaysOpen: compilePhrases(ALWAYS_OR_WHILE_OPEN),
  openWords: compilePhrases(OPEN_WORDS),
  closed: compilePhrases(CLOSED),
  responseActs: compilePhrases(RESPONSE_ACTS),
  complaintTopic: compilePhrases(COMPLAINT_TOPIC),
  resolutionActs: compilePhrases(RESOLUTION_ACTS),
  channelEmail: compilePhrases(CHANNELS.email),
  channelLetter: compilePhrases(CHANNELS.letter),
  channelMixed: compilePhrases(CHANNELS.mixed),
} as const;

/** Lower case, straight quotes and ASCII dashes, character for character (offsets are kept). */
export function normalise(text: string): string {
  let lower = text.toLowerCase();
  // A few characters change length when lower-cased ("İ"); keep those as they are.
  if (lower.length !== text.length) lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return TYPOGRAPHIC.test(lower) ? lower.replace(TYPOGRAPHIC_ALL, (c) => PLAIN[c] ?? c) : lower;
}

const PLAIN: Readonly<Record<string, string>> = {
  '‘': "'", '’': "'", '‛': "'", '`': "'", '´': "'", '“': '"', '”': '"', '„': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-',
};
const TYPOGRAPHIC = /[‘’‛`´“”„‐‑‒–—―]/;
const TYPOGRAPHIC_ALL = /[‘’‛`´“”„‐‑‒–—―]/g;
