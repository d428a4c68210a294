/**
 * Category cues: for each claim category, phrases that say a promise is about it. `strong`
 * cues name the act ("dispatched", "kept waiting"), `weak` ones only the topic ("order",
 * "visit"). Categories are listed in the order that breaks ties. The response family (reply,
 * acknowledge, explain the delay) is resolved to e-mail, letter or enquiry by its channels.
 */
import type { ClaimCategory } from '../../domain/vocabulary.js';
import type { Phrases } from './phrases.js';

/** Cues of one category. */
export interface CategoryCues {
  readonly category: ClaimCategory;
  readonly strong: Phrases;
  readonly weak?: Phrases;
  /** Cues in the promise itself that rule the category out (visit-wait is waiting without an appointment). */
  readonly excludedBy?: Phrases;
}

/** Cue lists, in tie-breaking order. */
export const CATEGORY_CUES: readonly CategoryCues[] = [
  {
    category: 'satisfaction-guarantee',
    strong: [
      '(money-back|money back|no-quibble|no quibble|satisfaction|lifetime|#-day|# day|#-month|# month|#-year|# year) guarantee',
      'guarantee(d)? (your )?satisfaction', 'satisfaction guaranteed', 'not (happy|satisfied) with', 'covered by our * guarantee',
      'covered by our * * guarantee', 'love it or', 'price promise', 'warranty', 'warranties',
    ],
  },
  {
    category: 'first-contact-resolution',
    strong: [
      'first (call|contact|time of asking|point of contact|visit)', 'rather than (handing|passing|transferring) you',
      'without (handing|passing|transferring) you', 'at first contact', 'first-contact', 'handing you on', 'passing you (on|around)',
      'deal with your (query|enquiry|question) ourselves',
    ],
  },
  {
    category: 'callback',
    strong: [
      'call(s)? (you )?back', 'ring you back', 'phone you back', 'return (your |all |missed |every )?(calls?|voicemails?|phone calls?)',
      'voicemails?', 'take a message', 'call-?backs?', 'messages? left', 'get back to you by phone', '(call|ring|phone) you (within|on|by)',
    ],
  },
  {
    category: 'phone-answer',
    strong: [
      'answer (your |all |every |the |our |any )?(calls?|phones?|telephones?)', 'pick up', 'picked up', 'rings?',
      'calls? (are |will be )?answered', 'answer within', 'answered within', 'phone lines',
    ],
    weak: ['calls?', 'phones?', 'telephones?', 'callers?', 'ring (us|the)', 'phoning', 'phoned'],
    // "Questions sent online are answered within a day" is a written reply, not a call.
    excludedBy: ['emails?', 'e-mails?', 'letters?', 'online', 'web ?form', 'contact form', 'messages?', 'questions sent', 'in writing', 'written'],
  },
  {
    category: 'complaint-resolution',
    strong: [],
  },
  {
    category: 'complaint-response',
    strong: [],
  },
  {
    category: 'returns-window',
    strong: [
      '# (days|weeks) to (return|send|exchange|cancel)', 'within # (days|weeks|hours) of (delivery|receipt|purchase|receiving)',
      'exchanged', 'swapped', 'return (it|them|the items?|goods|your order|items|full-price items)', 'returns? (period|window|policy)',
      'send (it|them|items?|goods) back', 'sending (it|them|items?|goods) back', 'cooling-off', 'change your mind',
      'cancel (your order )?within', '(may|can) be (returned|exchanged)', '(cancel|cancellations?) (up to|at least|more than|within) #', 'to return', '(report|tell us about|let us know about)( it| this| them| any damage| the damage)? within',
    ],
    weak: ['return', 'returns', 'returning', 'exchange'],
  },
  {
    category: 'refund-time',
    strong: ['refunds?', 'refunded', 'money back', 'reimburse(d|ment)?', 'credit (your|the) (card|account)'],
  },
  {
    category: 'delivery-accuracy',
    strong: [
      '(complete|correct|accurate|right) (items?|orders?|goods)', 'complete and correct', 'undamaged', 'in perfect condition',
      'exactly what you ordered', 'wrong items?',
    ],
  },
  {
    category: 'appointment',
    strong: [
      'appointments?', 'booked', '(appointment|time|visit|arrival) (slot|window)s?', '#-hour (slot|window)',
      '(we|engineers?|technicians?|our team|our engineers?) (will|should|always) arrive', 'arrive (on time|within the|in the|at the agreed)',
      'attend (within|on time|at|the same day)', 'be with you', '(engineers?|operatives?|technicians?|plumbers?|electricians?) (will )?attend', 'book (a|your) (date|time|slot|visit|appointment)', 'rearrange', 'reschedule', 'time slot',
      'arrival (time|window)', 'turn up', 'visit you', 'visiting', 'home visits?', 'be seen at', 'choice of (appointment )?dates', 'choice of (clinic|date|time|times|appointment|hospital|location)s?',
      'engineers? (will )?(arrive|visit|attend|be with you)', 'date and time', 'when we visit',
      'see (you|them|your pet|your child|patients) (on )?(the|that) same day', 'come out (the|that) same day', 'come out within', 'on site within',
      'schedule (your|a|the) (session|visit|appointment|consultation|viewing|survey|inspection)', 'meet you (at|in|within)', 'viewings?',
      '(consultations?|check-ups?|checkups?|assessments?|sessions?) (are )?(normally |usually |always )?available within',
    ],
    weak: ['arrive', 'visit', 'visits'],
  },
  {
    category: 'delivery-time',
    strong: [
      'deliver', 'delivers', 'delivered', 'delivery (date|time|times|window|slot)', 'dispatch', 'dispatches', 'dispatched',
      'ship', 'ships', 'shipped', 'leaves? our warehouse', 'go(es)? out (on|the|today|tomorrow|same|next|by|within)', 'sent out', 'pick and pack', 'arrives? within',
      '(order|parcel|goods|item|items|orders|parcels) (will )?arrive', 'tracked', 'next[- ]day delivery', 'courier', 'parcels?',
      'in stock items', 'shipping', 'shipped', 'ships', 'estimated delivery', '(day|morning|date|time) of delivery',
    ],
    weak: ['delivery', 'deliveries', 'orders?', 'post', 'postage', 'next (working |business )?day', 'made( |-)to( |-)order', 'lead times?'],
  },
  {
    category: 'visit-wait',
    strong: [
      'kept waiting', 'wait(ing)? (no |for no )?(more|longer) than', 'queue', 'queues', 'queuing', 'see you promptly',
      'seen (within|promptly|straight away)', 'reception', 'walk-in', 'drop-in', 'waiting times?', 'when you visit', 'visit us',
      'counter', 'see (you|patients|customers|people|visitors) (within|promptly)', 'see #% of', 'be seen',
    ],
    weak: ['wait', 'waiting'],
    excludedBy: ['appointments?', 'booked'],
  },
  {
    category: 'price',
    strong: [
      'free', '(£|$|€)#', 'costs?', 'free shipping', 'charges?', 'charged', 'fees?', 'prices?', 'priced', 'pay (more|less|nothing|only|a penny|the|one|for)',
      'nothing to pay', 'quotes?', 'a penny', 'vat', 'rates?', 'tariffs?', 'call-out', 'minimum spend', 'price match',
    ],
    weak: ['pay', 'paid', 'spend'],
  },
  {
    category: 'staff-conduct',
    strong: [
      'polite(ly)?', 'courteous(ly)?', 'courtesy', 'respect(ful|fully)?', 'honest(y|ly)?', 'fairly', 'friendly', 'professional(ly)?',
      'listen', 'listen carefully', 'id card', 'photo id', 'carry (an |their |our )?(id|identification)', 'carry * id',
      '(show|wear)s? (their |our |an |a )?(id|identification|badge|name badge)', 'identification', 'identify (themselves|ourselves)', 'name badge',
      'uniform', 'dignity', 'take ownership', 'empathy', 'helpful', 'considerate',
      'patiently', 'discreet', 'sensitive', 'introduce (themselves|ourselves)',
    ],
  },
  {
    category: 'other',
    strong: ['(give|include|tell)s? (you )?the name', 'the name(s)? of the (person|officer|member of staff)', 'plain english', 'jargon'],
  },
];

/** The response family: acts of replying to what a customer sent. */
export const RESPONSE_ACTS: Phrases = [
  'reply to', 'reply within', 'replies', 'respond', 'responds', 'response', 'responses', 'answer (your|the|any|all|every) (emails?|letters?|messages?|enquir(y|ies)|quer(y|ies)|questions?)',
  'acknowledge', 'acknowledged', 'acknowledgement', 'acknowledgment', 'confirm receipt', 'deal with', 'get back to you',
  'keep you (up to date|informed|updated)', 'explain (the delay|why)', 'tell you how long', 'give (you )?a new date',
  'contact you', 'full reply', 'a reply', 'aim to reply', "we'll reply", 'will reply', 'we reply', 'be in touch',
  'come back to you', 'let you know', 'first response', 'answer within', 'answered within', '(are|is) answered', 'answers? to your', 'replying( to)?', 'responding( to)?',
  'answering (your |all )?(emails?|letters?|messages?|enquir(y|ies)|quer(y|ies))',
  '(emails?|letters?|messages?|enquiries|queries|requests|tickets) (are |will be )?(answered|acknowledged|responded to|replied to|dealt with)',
];

/** Channels of the response family; more than one (or a mixed one) makes it `enquiry-response`. */
export const CHANNELS = {
  email: ['e-?mails?', 'e-?mail address(es)?', 'emailing'],
  letter: ['letters?', 'in writing', 'write to us', 'writing to us', 'by post'],
  mixed: ['social media', 'online forms?', 'web ?forms?', 'contact forms?', 'webchat', 'live chat', 'chat', 'tickets?', 'support requests?', 'text messages?', 'sms', 'facebook', 'twitter', 'messages'],
} as const satisfies Record<string, Phrases>;

/** What makes a passage about complaints (or feedback and things going wrong). */
export const COMPLAINT_TOPIC: Phrases = [
  'complaints?', 'complain', 'when (things|something) go(es)? wrong', 'get it wrong', 'fallen short', 'first-stage', 'stage one',
];

/** Acts that resolve a complaint rather than acknowledge it. */
export const RESOLUTION_ACTS: Phrases = [
  'resolve', 'resolved', 'resolution', 'final (response|reply|decision)', 'full (response|reply)', 'put (it|things) right',
  'fix (it|the problem|things)', 'sort (it|things) out', 'investigat(e|ion)', 'outcome', 'new (target )?date', 'settle',
  'close your complaint', 'take longer',
];

/** Acts of a promise to pay compensation, which README files as category `other`. */
export const COMPENSATION_CATEGORY: ClaimCategory = 'other';
