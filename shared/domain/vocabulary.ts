/**
 * The closed vocabularies of the product, kept as data so that schemas, the UI's
 * filters and the report all list exactly the same values.
 */

/** What a claim is about. */
export const CLAIM_CATEGORIES = [
  'phone-answer',
  'callback',
  'email-response',
  'letter-response',
  'enquiry-response',
  'complaint-response',
  'complaint-resolution',
  'visit-wait',
  'appointment',
  'delivery-time',
  'delivery-accuracy',
  'refund-time',
  'returns-window',
  'first-contact-resolution',
  'availability-hours',
  'price',
  'satisfaction-guarantee',
  'staff-conduct',
  'values',
  'other',
] as const;
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];

/** The unit of a claim's threshold. */
export const CLAIM_UNITS = [
  'seconds',
  'minutes',
  'hours',
  'days',
  'working-days',
  'business-hours',
  'weeks',
  'rings',
  'percent',
  'currency',
] as const;
export type ClaimUnit = (typeof CLAIM_UNITS)[number];

/** The unit of a practice record: a claim unit, or `outcome` (1 = met, 0 = missed). */
export const PRACTICE_UNITS = [...CLAIM_UNITS, 'outcome'] as const;
export type PracticeUnit = (typeof PRACTICE_UNITS)[number];

/** How firmly a claim commits. */
export const STRENGTHS = ['guarantee', 'firm', 'aim', 'vague'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** How widely a claim applies. */
export const SCOPES = ['all', 'share', 'unspecified'] as const;
export type Scope = (typeof SCOPES)[number];

/** Where a source's text came from. */
export const SOURCE_KINDS = ['page', 'flyer', 'policy'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The file format a source was read from. */
export const SOURCE_FORMATS = ['html', 'pdf', 'docx', 'markdown', 'text', 'image'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** The structural role of a passage in its source. */
export const PASSAGE_ROLES = ['sentence', 'list-item', 'table-cell', 'heading', 'faq-answer'] as const;
export type PassageRole = (typeof PASSAGE_ROLES)[number];

/** The verdict of a finding. */
export const VERDICTS = [
  'kept',
  'at-risk',
  'over-promised',
  'unsubstantiated',
  'unmeasurable',
  'inconsistent',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A reviewer's decision on a finding. */
export const REVIEW_STATUSES = ['open', 'accepted', 'dismissed', 'reworded'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The life of an audit run. */
export const RUN_STATUSES = ['running', 'done', 'failed', 'cancelled', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** The stages of an audit run, in order. */
export const RUN_STAGES = ['crawl', 'documents', 'extract', 'crosscheck', 'done'] as const;
export type RunStage = (typeof RUN_STAGES)[number];
