/**
 * Reads one clause: does it undertake anything (a promise signal), and is it one of the things
 * that are not promises (a request, the past, a caveat, a third party, employees, marketing)?
 * Both come from the lexicons; compromise is asked only about clauses that already signal.
 */
import { CUES } from './cues.js';
import { opensWithImperative, reportsPast } from './grammar.js';
import { hasWindow } from './window.js';
import { TELEGRAPHIC_START } from './lexicon/commitment.js';
import { CUSTOMER_ACTIONS, ONE_OFF_DATE, PAST_YEAR } from './lexicon/not-promise.js';
import type { Mention } from './thresholds.js';

/** Why a clause is not a promise. */
export type RejectReason =
  | 'question'
  | 'disclaimer'
  | 'marketing'
  | 'meta'
  | 'opinion'
  | 'employees'
  | 'third-party'
  | 'possibility'
  | 'frequency'
  | 'past'
  | 'request';

// A short verbless line stating a time limit ("First response within 4 business hours"): a standard
// written as a fragment, whatever element it sits in.
const PERSON_OR_FINITE = /\b(?:we|you|i|they|it|he|she|is|are|was|were|has|have|had|can|could|may|might|must|would|do|does|did)\b/;
const MAX_TELEGRAPHIC_WORDS = 12;

// "Unused parts may be returned within 30 days": the customer's right, not a mere possibility.
const ENTITLED = /\b(?:may|can) be (?:returned|exchanged|cancelled|canceled|refunded|swapped|transferred|rebooked|moved)\b/;
// "1 Fill your basket ...": a numbered step is read from its first word.
const STEP_NUMBER = /^\s*\d{1,2}[.)]?\s+/;

// A line that opens with what is free ("Free hearing checks, no referral needed").
const FREE_LINE = /^\s*free\s+(?!to\b|from\b|of\b)[\w-]+[^.!?]{0,80}$/;

// A price line: "From $89 for Android phones", "Flexi membership: $16.95 per week", "$59 flat".
const PRICE_LINE = /^(?:[^:.!?]{1,40}:\s*)?(?:from |only |just |flat )?[£$€]\s?\d/;

function telegraphic(text: string, mentions: readonly Mention[]): boolean {
  const stated = mentions.some((m) => !m.inBrackets && (m.kind === 'duration' || (m.kind === 'currency' && PRICE_LINE.test(text))));
  if (!stated) return false;
  if (PERSON_OR_FINITE.test(text)) return false;
  return text.split(/\s+/, MAX_TELEGRAPHIC_WORDS + 2).filter(Boolean).length <= MAX_TELEGRAPHIC_WORDS;
}

const CUSTOMER_ACTION_WORDS = new Set(CUSTOMER_ACTIONS);

/** Whether a later commitment rescues an opening imperative ("Order by 3pm and we'll ..."). */
// An imperative that grants an entitlement ("Cancel up to 7 days before for a full refund",
// "Freeze your membership at no cost") states the customer's right, not a request.
const LATER_COMMIT =
  /(?:\band|,)\s+(?:we|we'll|you'll|you will|it will|who will|they will|they'll)\b|\band\s+(?:[\w-]+\s+){1,3}(?:will|'ll|is|are)\s+(?:\w+\s+)?(?:contact|call|reply|respond|ready|sent|answer|be)\b|\bwith (?:just|only) \S+ (?:days?|weeks?|months?)'? notice\b|\bwith no [\w ]{0,20}(?:charge|fee)s?\b|^\s*(?:enjoy|get|claim|receive) (?:a |an |your )?(?:free|complimentary)\b|\band\s+[\w ]{0,30}\baims? to\b|\bfor (?:free )?(?:next|same)[- ](?:working |business )?day\b|\b(?:for|with) a (?:full |complete )?refund\b|\b(?:for free|free of charge|at no (?:extra |additional )?cost|without (?:a |any )?(?:charge|fee|penalty))\b/;

/** Why normalised clause `text`, with its `evidence`, is not a promise, or null. */
export function clauseRejection(
  text: string,
  evidence: ClauseEvidence,
  committedLeadIn: boolean,
  fragment: boolean,
  section: Section = NO_SECTION,
): RejectReason | null {
  const signals = evidence.commits || evidence.states || committedLeadIn;
  return rejectReason(text, evidence.undertakes, signals, { committedLeadIn, section, fragment, measured: evidence.measured });
}

/** What a clause undertakes or states, before asking whether it is a non-promise. */
export interface ClauseEvidence {
  readonly commits: boolean;
  readonly states: boolean;
  /** A first-person undertaking ("we will", "you'll receive"): what outweighs "may" and "often". */
  readonly undertakes: boolean;
  /** It states a threshold other than 100%. */
  readonly measured: boolean;
}

/** The promise evidence of normalised clause `text`. */
export function clauseSignals(text: string, mentions: readonly Mention[], fragment: boolean): ClauseEvidence {
  const weCommit = CUES.weCommit.test(text) || CUES.youReceive.test(text);
  const guarantee = CUES.guarantee.test(text) || CUES.compensation.test(text);
  const values = CUES.values.test(text) && CUES.firstPerson.test(text);
  const measured = mentions.some((m) => m.kind !== 'percent' || m.value !== 100);
  const hedged = CUES.hedgeSignal.test(text) && measured;
  // "Your parcel will arrive within 3 days": whoever the subject, "will" with a time limit undertakes.
  const willWithin = /\b(?:will|'ll|shall)\b/.test(text) && mentions.some((m) => m.kind === 'duration' && !m.inBrackets);
  // "We release the hold within 2 business days", "We inspect every property twice a year".
  const acts = CUES.weAct.test(text) && (mentions.some((m) => !m.inBrackets) || CUES.actStandard.test(text));
  const commits = weCommit || acts || guarantee || values || hedged || willWithin || CUES.policy.test(text) || TELEGRAPHIC_START.test(text);
  const states = hasWindow(text) || CUES.alwaysOpen.test(text) || (measured && (fragment || telegraphic(text, mentions))) || FREE_LINE.test(text);
  return { commits, states, undertakes: weCommit || acts, measured };
}

/** What the section a passage sits in says about it. */
export interface Section {
  /** A careers or staff section: "you" is an applicant, not a customer. */
  readonly staff: boolean;
  /** A section asking things of customers ("What we ask of you"). */
  readonly requests: boolean;
}

const NO_SECTION: Section = { staff: false, requests: false };

interface ClauseSetting {
  readonly committedLeadIn: boolean;
  readonly section: Section;
  readonly fragment: boolean;
  readonly measured: boolean;
}

function rejectReason(text: string, undertakes: boolean, signals: boolean, setting: ClauseSetting): RejectReason | null {
  const { committedLeadIn, section, fragment, measured } = setting;
  const staffSection = section.staff;
  if (/\?\s*$/.test(text)) return 'question';
  if (CUES.disclaimer.test(text)) return 'disclaimer';
  // A dated season of opening hours ("From March 1 to April 30 we're also open Saturdays, 10 a.m. to 2 p.m.") is still hours.
  if (CUES.marketing.test(text) || (ONE_OFF_DATE.test(text) && !hasWindow(text))) return 'marketing';
  if (CUES.employeeBenefits.test(text) && !/\b(?:you|your)\b/.test(text)) return 'employees';
  if (CUES.meta.test(text)) return 'meta';
  if (CUES.opinion.test(text) && !CUES.values.test(text)) return 'opinion';
  // "every member of staff" names staff, not customers; in a careers section "you" is an applicant.
  const named = CUES.customers.test(CUES.employees.blank(text));
  const customers = named || (!staffSection && /\b(?:you|your)\b/.test(text));
  if ((staffSection || CUES.employees.test(text)) && !customers) return 'employees';
  if (/^\s*(?:how|what|why) (?:we|to|you|our)\b/.test(text)) return 'meta';
  if (CUES.employeesWeak.test(text) && !customers && !/\b(?:will|'ll|aim|try|work hard)\b/.test(text)) return 'employees';
  if (CUES.thirdParty.test(text) && !/\b(?:we|we'll|our)\b/.test(text)) return 'third-party';
  if (CUES.othersAct.test(text) && !/\b(?:we|we'll|we're|we've)\b/.test(text)) return 'third-party';
  // "Every supplier must ...": an obligation on others, not an undertaking of ours.
  if (/\bmust\b/.test(text) && !/\b(?:we|we'll|our|us)\b/.test(text)) return 'third-party';
  if (CUES.possibility.test(text) && !undertakes && !ENTITLED.test(text)) return 'possibility';
  if (CUES.frequency.test(text) && !undertakes) return 'frequency';
  if (isRequest(text, committedLeadIn)) return 'request';
  if (section.requests && !undertakes) return 'request';
  if (!signals) return null;
  if (!committedLeadIn && isPast(text)) return 'past';
  // "Open Monday to Friday 9am-5pm" states hours, whatever mood its first word is in.
  // ... and "Schedule service online 24/7" states availability too, but "call NHS 111, which is
  // available 24 hours a day" points to someone else's.
  if (hasWindow(text) || (CUES.alwaysOpen.test(text) && !/\b(?:which|who) (?:is|are)\b/.test(text))) return null;
  if (!committedLeadIn && opensWithImperative(text.replace(STEP_NUMBER, '')) && !LATER_COMMIT.test(text) && !(fragment && standardFragment(text, measured))) {
    return 'request';
  }
  return null;
}

// A list item that opens with a service verb and states a time ("reply within 2 working days")
// is a promise written as a fragment, not an instruction to the customer.
function standardFragment(text: string, measured: boolean): boolean {
  const first = /^\s*([a-z']+)/.exec(text)?.[1] ?? '';
  return measured && !CUSTOMER_ACTION_WORDS.has(first);
}

function isRequest(text: string, committedLeadIn: boolean): boolean {
  if (CUES.request.test(CUES.pleaseOk.blank(text))) return true;
  return !committedLeadIn && /^\s*(?:tell|let|give|send|call|email|contact|ask) us\b/.test(text) && !LATER_COMMIT.test(text);
}

function isPast(text: string): boolean {
  if (/\b(?:will|'ll|aim|aims|promise|guarantee)\b/.test(text)) return false;
  if (CUES.past.test(text) || PAST_YEAR.test(text)) return true;
  return reportsPast(text);
}
