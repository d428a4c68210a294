/** The words the report uses for the domain's closed vocabularies. */
import type { ClaimCategory, ReviewStatus, SourceKind, Strength, Verdict } from '../domain/types.js';

/** Category names as a reader would say them. */
export const CATEGORY_LABELS: Readonly<Record<ClaimCategory, string>> = {
  'phone-answer': 'Answering the phone',
  callback: 'Call-backs',
  'email-response': 'Email replies',
  'letter-response': 'Letter replies',
  'enquiry-response': 'Enquiry replies',
  'complaint-response': 'Complaint acknowledgement',
  'complaint-resolution': 'Complaint resolution',
  'visit-wait': 'Waiting in branch',
  appointment: 'Appointments',
  'delivery-time': 'Delivery time',
  'delivery-accuracy': 'Delivery accuracy',
  'refund-time': 'Refunds',
  'returns-window': 'Returns window',
  'first-contact-resolution': 'First-contact resolution',
  'availability-hours': 'Opening hours',
  price: 'Price',
  'satisfaction-guarantee': 'Satisfaction guarantee',
  'staff-conduct': 'Staff conduct',
  values: 'Values',
  other: 'Other',
};

/** Verdict names for a board reader. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  kept: 'Kept',
  'at-risk': 'At risk',
  'over-promised': 'Over-promised',
  unsubstantiated: 'Too few records',
  unmeasurable: 'Needs judgement',
  inconsistent: 'Inconsistent',
};

/** How bad a verdict is, worst first; orders lists and says whether a change is better or worse. */
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = {
  'over-promised': 0,
  inconsistent: 1,
  'at-risk': 2,
  unsubstantiated: 3,
  unmeasurable: 4,
  kept: 5,
};

/** Strength names for a board reader. */
export const STRENGTH_LABELS: Readonly<Record<Strength, string>> = {
  guarantee: 'Guarantee',
  firm: 'Firm promise',
  aim: 'Stated aim',
  vague: 'Vague wording',
};

/** Review statuses in words. */
export const REVIEW_LABELS: Readonly<Record<ReviewStatus, string>> = {
  open: 'Not yet reviewed',
  accepted: 'Accepted as a problem',
  dismissed: 'Dismissed',
  reworded: 'Reworded',
};

/** Source kinds in words. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  page: 'Web page',
  flyer: 'Flyer',
  policy: 'Policy',
};
