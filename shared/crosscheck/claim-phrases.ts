/**
 * How each kind of promise is put into words, as data: what customers are told ("calls are
 * returned"), what the logs count ("call-backs"), and the act for a rewording ("return
 * calls"). Explanations and suggestions are assembled from these.
 */
import type { ClaimCategory } from '../domain/vocabulary.js';

export interface ClaimPhrase {
  /** What customers are told happens, in the passive: "calls are returned". */
  readonly told: string;
  /** What one practice record is about, plural: "call-backs". */
  readonly records: string;
  /** The act, for "We aim to <verb> <object> within ...": "return", "calls". */
  readonly verb: string;
  readonly object: string;
  /** Words after the object, for outcome promises: " complete and correct". */
  readonly after?: string;
}

export const CLAIM_PHRASES: Readonly<Record<ClaimCategory, ClaimPhrase>> = {
  'phone-answer': { told: 'calls are answered', records: 'calls', verb: 'answer', object: 'calls' },
  callback: { told: 'calls are returned', records: 'call-backs', verb: 'return', object: 'calls' },
  'email-response': { told: 'emails are answered', records: 'emails', verb: 'reply to', object: 'emails' },
  'letter-response': { told: 'letters are answered', records: 'letters', verb: 'reply to', object: 'letters' },
  'enquiry-response': { told: 'enquiries are answered', records: 'enquiries', verb: 'respond to', object: 'enquiries' },
  'complaint-response': { told: 'complaints are acknowledged', records: 'complaints', verb: 'acknowledge', object: 'complaints' },
  'complaint-resolution': { told: 'complaints are resolved', records: 'complaints', verb: 'resolve', object: 'complaints' },
  'visit-wait': { told: 'visitors are seen', records: 'visits', verb: 'see', object: 'visitors' },
  appointment: { told: 'appointments are offered', records: 'appointments', verb: 'offer', object: 'appointments' },
  'delivery-time': { told: 'orders are delivered', records: 'deliveries', verb: 'deliver', object: 'orders' },
  'delivery-accuracy': {
    told: 'orders arrive complete and correct',
    records: 'deliveries',
    verb: 'deliver',
    object: 'orders',
    after: ' complete and correct',
  },
  'refund-time': { told: 'refunds are paid', records: 'refunds', verb: 'pay', object: 'refunds' },
  'returns-window': { told: 'returns are accepted', records: 'returns', verb: 'accept', object: 'returns' },
  'first-contact-resolution': {
    told: 'problems are solved at the first contact',
    records: 'contacts',
    verb: 'solve',
    object: 'problems',
    after: ' at the first contact',
  },
  'availability-hours': { told: 'the service is available', records: 'checks', verb: 'keep', object: 'the service available' },
  price: { told: 'prices are as stated', records: 'charges', verb: 'charge', object: 'the stated price' },
  'satisfaction-guarantee': { told: 'customers are satisfied', records: 'cases', verb: 'satisfy', object: 'customers' },
  'staff-conduct': { told: 'staff behave as promised', records: 'cases', verb: 'keep', object: 'this promise' },
  values: { told: 'the company lives its values', records: 'cases', verb: 'keep', object: 'this promise' },
  other: { told: 'this promise is kept', records: 'cases', verb: 'keep', object: 'this promise' },
};

/** How each kind of source is named in a sentence. */
export const SOURCE_NAMES = { page: 'the website', flyer: 'a flyer', policy: 'a policy' } as const;
