/** Human words for the domain's closed vocabularies. */
import type { ClaimCategory, ClaimUnit, PracticeUnit, ReviewStatus, RunStage, RunStatus, SourceKind, Strength, Verdict } from '../../../shared/domain/types.js';
import { formatNumber } from './format.js';

export const VERDICT_LABELS: Record<Verdict, string> = {
  kept: 'Kept',
  'at-risk': 'At risk',
  'over-promised': 'Over-promised',
  unsubstantiated: 'Unsubstantiated',
  unmeasurable: 'Unmeasurable',
  inconsistent: 'Inconsistent',
};

/** One line on what each verdict means, for the scorecard. */
export const VERDICT_MEANINGS: Record<Verdict, string> = {
  kept: 'Practice meets the promise',
  'at-risk': 'Close to the line',
  'over-promised': 'Clearly below the promise',
  unsubstantiated: 'Too few records to judge',
  unmeasurable: 'Conduct or values: needs a person',
  inconsistent: 'Sources disagree',
};

export const CATEGORY_LABELS: Record<ClaimCategory, string> = {
  'phone-answer': 'Phone answer',
  callback: 'Call-back',
  'email-response': 'Email response',
  'letter-response': 'Letter response',
  'enquiry-response': 'Enquiry response',
  'complaint-response': 'Complaint response',
  'complaint-resolution': 'Complaint resolution',
  'visit-wait': 'Visit wait',
  appointment: 'Appointment',
  'delivery-time': 'Delivery time',
  'delivery-accuracy': 'Delivery accuracy',
  'refund-time': 'Refund time',
  'returns-window': 'Returns window',
  'first-contact-resolution': 'First-contact resolution',
  'availability-hours': 'Opening hours',
  price: 'Price',
  'satisfaction-guarantee': 'Satisfaction guarantee',
  'staff-conduct': 'Staff conduct',
  values: 'Values',
  other: 'Other',
};

export const REVIEW_LABELS: Record<ReviewStatus, string> = {
  open: 'Open',
  accepted: 'Accepted',
  dismissed: 'Dismissed',
  reworded: 'Reworded',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = { page: 'Web page', flyer: 'Flyer', policy: 'Policy' };

export const STRENGTH_LABELS: Record<Strength, string> = { guarantee: 'Guarantee', firm: 'Firm', aim: 'Aim', vague: 'Vague' };

export const STAGE_LABELS: Record<RunStage, string> = {
  crawl: 'Crawl the site',
  documents: 'Read documents',
  extract: 'Find promises',
  crosscheck: 'Check against practice',
  done: 'Done',
};

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  running: 'Running',
  done: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

const UNIT_WORDS: Record<PracticeUnit, [string, string]> = {
  seconds: ['second', 'seconds'],
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  'working-days': ['working day', 'working days'],
  'business-hours': ['business hour', 'business hours'],
  weeks: ['week', 'weeks'],
  rings: ['ring', 'rings'],
  percent: ['%', '%'],
  currency: ['', ''],
  outcome: ['met', 'met'],
};

export const UNIT_LABELS: Record<PracticeUnit, string> = Object.fromEntries(
  Object.entries(UNIT_WORDS).map(([k, [, many]]) => [k, k === 'currency' ? 'currency' : k === 'outcome' ? 'outcome (1 met, 0 missed)' : many]),
) as Record<PracticeUnit, string>;

/** "30 seconds", "2 working days", "95%". */
export function formatQuantity(value: number | null, unit: ClaimUnit | PracticeUnit | string | null, valueMax: number | null = null): string {
  if (value === null) return '—';
  const words = unit && unit in UNIT_WORDS ? UNIT_WORDS[unit as PracticeUnit] : null;
  const range = valueMax !== null && valueMax !== value ? `${formatNumber(value)}–${formatNumber(valueMax)}` : formatNumber(value);
  if (!words) return unit ? `${range} ${unit}` : range;
  if (unit === 'percent') return `${range}%`;
  const word = (valueMax ?? value) === 1 ? words[0] : words[1];
  return word ? `${range} ${word}` : range;
}
