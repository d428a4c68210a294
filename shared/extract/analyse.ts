/**
 * Reads one passage the way a compliance analyst does: is it a promise, which part of it is
 * the promise, and what does it commit to? Returns null for anything that is not a promise.
 */
import type { PassageDraft } from '../domain/types.js';
import type { ClaimCategory, ClaimUnit, Scope, Strength } from '../domain/vocabulary.js';
import { isCandidate } from './candidate.js';
import { categorise } from './category.js';
import { type ClauseRange, splitClauses } from './clauses.js';
import { conditionEnd } from './condition.js';
import { CUES, normalise } from './cues.js';
import { measureOf } from './measure.js';
import { scopeOf } from './scope.js';
import { clauseRejection, clauseSignals, type Section } from './signals.js';
import { markedStrength, strengthOf } from './strength.js';
import { findMentions, type Mention } from './thresholds.js';
import { hasWindow } from './window.js';
import { DAYS, TIME_RANGE } from './lexicon/availability.js';

const LEADING_TIME_RANGE = new RegExp(`^\\s*(?:from\\s+)?${TIME_RANGE.source.replace(/^\\b/, '')}`, 'i');

/** A promise found in a passage, before it becomes a claim. */
export interface PromiseReading {
  /** The promise's text: the passage, less any caveat or request clause before or after it. */
  readonly text: string;
  readonly span: [number, number];
  readonly category: ClaimCategory;
  readonly measurable: boolean;
  readonly value: number | null;
  readonly valueMax: number | null;
  readonly unit: ClaimUnit | null;
  readonly strength: Strength;
  readonly scope: Scope;
  readonly share: number | null;
  /** It promises compensation (so a payment deadline in the next sentence is guaranteed too). */
  readonly compensation: boolean;
}

/** The sentence before a passage in the same paragraph, as far as reading needs it. */
export interface PreviousSentence {
  readonly text: string;
  readonly compensation: boolean;
}

// A lead-in commits its items when it ends with the undertaking ("we aim to:", "we will:", "our
// promises to you:"), not when it merely mentions one ("How quickly we respond depends on ...:").
const LEAD_COMMITS =
  /(?:\b(?:will|shall|'ll|aim|aims|try|endeavour|promise|pledge|commit|undertake|guarantee|ensure|always|should|expect us)(?:\s+to)?|\bour (?:promises?|commitments?|pledges?|standards|guarantees?)(?:\s+to\s+you)?|\b(?:you'll|you will|you) (?:get|receive|have|enjoy)|\bexpect|\bwe|\bto|(?:will|shall|'ll)\s+(?:provide|give you|offer|include|arrange|cover|pay for|also)|\bcount on us to|\bincludes?|\bcomes? with|\byou get)\s*:\s*$/;
// Lead-ins that commit without a strength word ("Every move includes:", "You can count on us to:").
const LEAD_INCLUDES = /\b(?:includes?|comes? with|count on us to|you get)\s*:\s*$/;
const TESTIMONIAL = /^[\s★☆⭐*]*(?:[★☆⭐]|"[^"]{8,}(?:"|$))/u;
const QUESTION_WORD = /^(?:how|what|why|when|where|who|which|can|do|does|is|are|will)\b/;

/** The promise in `passage`, or null when it makes none. */
export function readPassage(passage: PassageDraft, prev: PreviousSentence | null): PromiseReading | null {
  const text = passage.text;
  // The segmenter keeps passages under 1,000 characters; anything far longer is not prose to read.
  if (text.length > MAX_PASSAGE_CHARS) return null;
  const norm = normalise(text);
  const fragment = passage.role === 'list-item' || passage.role === 'table-cell';
  if (norm.trimEnd().endsWith(':') || norm.trimEnd().endsWith('?')) return null;
  // A customer's words (a quoted testimonial, a star rating) are not the company's promise.
  if (TESTIMONIAL.test(norm)) return null;
  const lead = passage.leadIn ? normalise(passage.leadIn) : null;
  if (lead && CUES.request.test(CUES.pleaseOk.blank(lead))) return null;
  const committedLeadIn =
    fragment && lead !== null && LEAD_COMMITS.test(lead) && (markedStrength(lead) !== null || LEAD_INCLUDES.test(lead));
  // Short lines are read like fragments: "First response within 4 business hours" has no verb.
  if (!committedLeadIn && !isCandidate(norm, fragment || norm.length <= SHORT_LINE)) return null;
  if ((tooShort(norm) || isNavigation(norm)) && !hasWindow(norm)) return null;
  if (passage.role === 'heading' && !isHeadingPromise(norm)) return null;

  const mentions = findMentions(norm);
  const context = passage.context ? normalise(passage.context) : null;
  const section: Section = {
    staff: !!context && CUES.employees.test(context),
    requests: !!context && CUES.requestSection.test(context),
  };
  // "8am to 7pm, consultations by appointment" under "Saturday" or "Opening times": hours
  // whose days or whose being hours are said by the heading or table header.
  const windowInContext = !hasWindow(norm) && LEADING_TIME_RANGE.test(norm) && !!context && (DAYS.test(context) || CUES.openWords.test(context) || /\btimes\b/.test(context));
  const kept = keptRange(norm, mentions, committedLeadIn || windowInContext, fragment, section);
  if (!kept) return null;
  const keptNorm = norm.slice(kept.start, kept.end);
  const keptMentions = mentions
    .filter((m) => m.start >= kept.start && m.end <= kept.end)
    .map((m) => ({ ...m, start: m.start - kept.start, end: m.end - kept.start }));
  const compensation =
    CUES.compensation.test(keptNorm) || (!!prev?.compensation && CUES.paymentDeadline.test(keptNorm));
  const { main, brackets } = splitBrackets(keptNorm);
  const tableOrFaq = passage.role === 'table-cell' || passage.role === 'faq-answer';
  const category = windowInContext ? 'availability-hours' : categorise({
    main,
    brackets,
    leadIn: lead,
    context,
    prev: prev ? normalise(prev.text) : null,
    mentions: keptMentions,
    contextWeight: tableOrFaq ? 0.8 : 0.3,
    cell: passage.role === 'table-cell',
    compensation,
  });
  const measure = measureOf(category, keptMentions, compensation, conditionEnd(keptNorm));
  const strength = strengthOf({ text: keptNorm, leadIn: lead, fragmentContext: fragment ? context : null, category, compensation });
  const { scope, share } = scopeOf(kept.scopeText, keptMentions);
  return {
    text: text.slice(kept.start, kept.end),
    span: spanOf(keptNorm),
    category,
    ...measure,
    strength,
    scope,
    share,
    compensation,
  };
}

/** The stretch of a passage that makes the promise, and its text with non-promising clauses blanked. */
interface KeptRange extends ClauseRange {
  readonly scopeText: string;
}

// The stretch of clauses that makes the promise: leading and trailing clauses that are
// requests, caveats or history are left out; null when no clause promises anything.
function keptRange(
  norm: string,
  mentions: readonly Mention[],
  committedLeadIn: boolean,
  fragment: boolean,
  section: Section,
): KeptRange | null {
  const clauses = splitClauses(norm);
  const texts = clauses.map((c) => norm.slice(c.start, c.end));
  const evidence = clauses.map((c, i) =>
    clauseSignals(texts[i]!, mentions.filter((m) => m.start >= c.start && m.end <= c.end), fragment),
  );
  // Nothing undertaken or stated anywhere: no need to ask what kind of non-promise it is.
  if (!committedLeadIn && !evidence.some((e) => e.commits || e.states)) return null;
  const readings = evidence.map((e, i) => ({
    commits: e.commits,
    states: e.states,
    reject: clauseRejection(texts[i]!, e, committedLeadIn, fragment, section),
  }));
  // "..., which normally decides within a day" speaks of whoever the clause before was about.
  for (let i = 1; i < readings.length; i++) {
    if (readings[i - 1]!.reject === 'third-party' && /^\s*(?:which|who)\b/.test(texts[i]!)) readings[i] = { ...readings[i]!, reject: 'third-party' };
  }
  const ok = readings.map((r) => r.reject === null);
  const first = ok.indexOf(true);
  const last = ok.lastIndexOf(true);
  if (first < 0) return null;
  const promising = readings.slice(first, last + 1).some((r) => r.reject === null && (r.commits || r.states || committedLeadIn));
  if (!promising) return null;
  const start = clauses[first]!.start;
  const end = trimEnd(norm, clauses[last]!.end);
  // Scope words count only in the clauses that promise ("You can export everything, ..., and
  // we'll delete it within 30 days" is not a promise about everything).
  let scopeText = norm.slice(start, end);
  if (!committedLeadIn) for (let i = first; i <= last; i++) {
    const r = readings[i]!;
    if (r.commits || r.states) continue;
    const c = clauses[i]!;
    scopeText = scopeText.slice(0, c.start - start) + ' '.repeat(Math.min(c.end, end) - c.start) + scopeText.slice(Math.min(c.end, end) - start);
  }
  return { start, end, scopeText };
}

const SHORT_LINE = 100;
const MAX_PASSAGE_CHARS = 4000;

// A promise needs a few words: "Our promise" alone is a link or a label, and a gold quote
// (README) is at least four words, so nothing shorter can be checked either.
const MIN_WORDS = 4;

// Words are the tokens with a letter or digit in them; a dash between two times is not one, and
// does not break the count ("9:00 a.m. - 6:00 p.m." has four).
function tooShort(norm: string): boolean {
  let words = 0;
  for (const token of norm.split(/\s+/, 64)) if (/\w/.test(token) && ++words >= MIN_WORDS) return false;
  return true;
}

// Breadcrumbs and link rows: three or more short pieces between separators ("Help › Billing › ...").
function isNavigation(norm: string): boolean {
  if (!/\s[›»>|·•/]\s/.test(norm)) return false;
  const parts = norm.split(/\s[›»>|·•]\s|\s\/\s/);
  return parts.length >= 3 && parts.every((p) => p.trim().split(/\s+/).length <= 6);
}

function isHeadingPromise(norm: string): boolean {
  if (QUESTION_WORD.test(norm.trim())) return false;
  return CUES.values.test(norm) && CUES.firstPerson.test(norm);
}

function splitBrackets(text: string): { main: string; brackets: string } {
  const inner: string[] = [];
  const main = text.replace(/\(([^()]{0,200})\)/g, (all, body: string) => {
    inner.push(body);
    return ' '.repeat(all.length);
  });
  return { main, brackets: inner.join(' ') };
}

// The promise within its text: after any condition in front, up to the closing punctuation.
function spanOf(norm: string): [number, number] {
  const cond = conditionEnd(norm);
  const start = cond > 0 ? cond : norm.length - norm.trimStart().length;
  const end = norm.replace(/[\s.!;:,]+$/, '').length;
  return [Math.min(start, end), end];
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}
