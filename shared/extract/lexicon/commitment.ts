/**
 * The language of undertaking: phrases by which an organisation commits itself to do something
 * for its customers ("we will", "you'll receive", "is free on every order"). A passage needs
 * one of these, a lead-in that has one, or a stated standard (a time limit, a price, opening
 * hours) to be a promise at all.
 */
import type { Phrases } from './phrases.js';

/** First-person undertakings: the organisation says what it does or will do. */
export const WE_COMMIT: Phrases = [
  'we will', "we'll", 'we shall', 'we are going to', "we're going to", 'we always', 'we never', 'we will never',
  'we commit', 'we are committed to', "we're committed to", 'we undertake', 'we pledge', 'we make sure', 'we ensure',
  "we don't charge", 'we do not charge', 'we will not', "we won't", 'we offer', 'we provide', 'we give you',
  'we include', 'we fix', 'then we fix', 'we put things right', 'we put it right', 'we respond',
  'we reply', 'we answer', 'we aim', 'we try', 'we promise', 'we guarantee', 'we work hard to', 'we strive',
  'we endeavour', 'we endeavor', 'we do our best', 'we think of', 'we welcome', 'we want', 'we talk about',
  'we should', 'we must', 'we can promise', 'we dispatch', 'we deliver', 'we refund', 'we process', 'we ship',
  'our * will', 'our * * will', 'our * * * will', 'our * (always|never)', 'our * * (always|never)', 'our commitments? (to you|are|is to)', 'our (service |customer )?(standards|pledges?)',
  'we (resolve|collect|repair|acknowledge|treat|visit|call|return|send|match|accept|contact|confirm|update|investigate|pay|arrange|book|answer|aim|offer|give|ship|publish|notify|tell|listen|respect|explain)',

  'the engineer will', 'a member of (our )?staff will', 'someone will', 'staff will',
  '(a|an|the|your|our) (* )?(handler|adviser|advisor|caseworker|officer|engineer|technician|nurse|doctor|specialist|agent|adjuster|surveyor|manager|representative|consultant|inspector|assessor|coordinator|co-ordinator|pharmacist|clinician|therapist) will',
  'the (engineer|team|nurse|doctor|adviser|advisor|technician|consultant|officer) will',
  '(reception|our reception|the reception team|the front desk|our front desk|the office|our office|the surgery|the practice|the clinic|the pharmacy|the store|the branch|the shop) will', 'every * will', 'all * will', '(it|they|this|these) will be', 'will be (plain|clear|free|sent|delivered|dispatched|answered|processed|refunded|kept|included|available)',
  '(will|shall) (always|never|only|aim|try|be able)', 'aims to', 'aim to', 'will be dealt with',
];

/**
 * Everyday acts of service in the first person ("We release the hold ...", "We inspect every
 * property ...", "We source parts locally wherever possible"): any present-tense verb after
 * "we" except those of feeling, knowing, history or possibility. An undertaking only together
 * with a stated standard (ACT_STANDARD or a threshold), since "We keep delivery simple" and
 * "We supply 40,000 homes" commit to nothing.
 */
export const WE_ACT =
  /\bwe\s+(?!(?:are|were|was|have|had|has|be|been|believe|think|feel|hope|know|love|understand|want|wish|like|enjoy|see|say|said|may|might|could|can|cannot|would|need|needed|did|do|don't|didn't|does|also|all|both|only|just|recently|once|still|now|then|often|sometimes|started|began|became|grew|founded|opened|joined|moved|won|serve|operate|employ|work|live|pride|take pride|look|are proud)\b)[a-z]{2,}(?<!ed)\b(?!')/;

/** The stated standard WE_ACT needs, besides a threshold. */
export const ACT_STANDARD: Phrases = [
  'every', 'each', 'all (your|our|of)', 'always', 'automatically', 'wherever possible', 'where possible', 'up front', 'upfront',
  'at least (once|twice|#)', '(once|twice|# times) a (day|week|month|year)', 'same day', 'next (working |business )?day', 'before (each|every)',
];

/** Undertakings phrased from the customer's side: what they will get or need not do. */
export const YOU_RECEIVE: Phrases = [
  'you will (receive|get|be|have|always|never|only|not|hear|see)', "you'll (receive|get|be|have|always|never|only|not|hear|see)",
  "you won't", 'you will not', 'you can expect', 'you (get|then get)', 'you have # (days|weeks|months)',
  'you pay (the|only|nothing|no|just)', "you (never|won't|will never|don't|do not) pay",
  '(may|can) be (returned|exchanged|cancelled|canceled|refunded|swapped|transferred|rebooked|moved)', 'you (should|shouldn\'t|should not) (receive|get|hear|be kept|be seen|be called|be contacted|have to wait|wait)',
  'you are entitled to', "you're entitled to", 'you can always (ask|talk|speak|call|get|return|cancel|change|see|come)', "you'll always (get|have|see|be)", 'you are free to', 'you can (return|exchange|cancel|use|reach|call|contact|chat|speak)',
  'your (order|parcel|refund|money|call|complaint|enquiry|query|payment) will',
];

/** Statements of policy that commit without a modal ("Standard delivery is free", "costs a fixed £60"). */
export const POLICY: Phrases = [
  '(is|are) free', 'free (uk |standard |next day |next-day |express |tracked )?(delivery|shipping|postage|returns?|collection|of charge|inspection|installation|consultation|quotes?|survey|estimates?)',
  '(ships?|shipped|dispatch(es)?|despatch(es)?|leaves?|arrives?|delivered) (within|in under|the same day|same day|the next|next|the following)',
  'estimated delivery', 'delivered (in|within)', 'delivery (in|within)',
  'for (just |only |an extra |an additional )?(£|$|€)#', '(priced at|price of|rate is|rates are) (£|$|€)#',
  'free * (delivery|returns?|inspection)', 'at no (extra |additional )?cost', 'no (* )?(fee|charge)s?',
  'costs? (a fixed|just|only|from)?', 'there is nothing to pay', 'nothing to pay', '(is|are) covered by',
  '(is|are) (always )?available', '(is|are) included', 'include(s)? (phone |email |chat )?support', 'arrives? within',
  'leaves? our warehouse', 'go(es)? out (on|the|today|tomorrow|same|next|by|within)',
  '(can|will) be (exchanged|returned|swapped|refunded)', '(our |all )?(quotes|prices) are (fixed|firm|final|guaranteed|all-inclusive)',
  '(is|are) open', 'please (allow|give us) (up to |at least )?#',
  '(is|are|will be|shall be|will always be|are always) (usually |normally |typically |generally |then )?(dispatched|delivered|sent|processed|answered|refunded|resolved|booked|collected|decided|repaired|fixed|completed|issued|paid|returned|handled|acknowledged|investigated|credited|contacted|seen|treated|given|offered|told|kept|informed|installed|connected|restored|reviewed|assessed|approved|notified|replaced|confirmed|finished|done|sorted|published|posted|announced|emailed|texted|displayed|held|honoured|honored|safety-checked|serviced|cleaned|checked)',
  '(delivery|dispatch|refunds?|returns?|processing|shipping|repairs?|installation) (usually |normally |typically |generally )?takes?',
  '(takes|will take|should take|normally takes|usually takes) (up to |around |about |no more than |less than )?# (working |business |calendar )?(days?|weeks?|hours?|minutes?)',
  'for (free )?(next|same)( |-)(working |business )?day (delivery|dispatch|collection)', '(is|are) (usually |normally |typically )?ready (within|from|by|at|to (collect|pick up|be collected)|the same day|same day|in #|the next)', '(is|are|will be) * within',
  // Standing practice stated of every item or customer ("Every car is cleaned before each rental").
  '(every|each|all) (* )?(* )?(* )?(is|are|gets?|has|have|receives?) (always |automatically |personally |then )?(cleaned|sanitised|sanitized|checked|double-checked|inspected|tested|cooked|prepared|registered|covered|protected|insured|guaranteed|included|reviewed|assessed|signed|backed|handled|named|assigned|allocated|given|offered|entitled)',
  '(every|each) (* )?(* )?(gets?|has|receives?) (a|an|their|its|his|her|one) (own|free|named|dedicated|personal)',
  'all (* )?(* )?(are|is) (cooked|made|prepared|baked) (fresh|freshly|on site|in-house)',
  '(is|are|gets?) (added|applied|credited|waived|released|returned|reimbursed|paid) (to your|into your|within|automatically|the same|on the|at no)',
  '(is|are) (instant|immediate|automatic)', '(is|are) applied automatically', 'automatically (applied|credited|refunded|added)',
  "(there's|there is|there are) no (* )?(* )?(fees?|charges?|fines?|penalt(y|ies)|costs?|lock-in|contract|minimum)",
  '(no|never) more than (£|$|€)#', '(is|are) never more than', '(is|are) capped at', 'never (costs?|charges?) more than',
  'free * on (every|all|any|each)', 'free * * on (every|all|any|each)', 'free * * * on (every|all|any|each)', '(gets?|receives?) a free', '(we\'re|we are) open',
  '(open|staffed|available) # (days|weeks) a (week|year)',
  '(for|with) a (full|complete) refund', 'cancel (for free|free of charge|at no cost|without (a )?(charge|fee|penalty))',
  // "Every lesson is a full sixty minutes", "Every wedding has exclusive use of ...", "Every visit lasts the full time".
  '(every|each) (* )?(* )?(* )?(has|have|gets?|includes?|lasts|comes with|receives?) ', '(every|each) (* )?(* )?(* )?(is|are) (a full|the full|fully|free|\\w+-checked)',
  '(is|are) (a )?(fixed|firm|set|guaranteed|all-inclusive) (price|fee|rate|quote|cost)', 'price (we quote |you are quoted |you\'re quoted )?includes?',
  'the price you see is the price you pay', '(no|never) (more|longer) than # (seconds?|minutes?|hours?|days?|weeks?|working days|business days)',
  "(it's|it is) (always )?free", '(travel|ride|park|stay|eat|enter|go|fly|swim|train) (for )?free', '(carry|wear|show) (photo |their |an? )?(id|identification|badges?|id cards?)',
  "(won't|will not|never|don't|do not) (change|go up|increase|rise|expire)", '(get|gets|receive|receives) a (reply|response|call back|callback|call-back|decision|answer) within',
  '(our|the) * (are|is) (always )?(patient|polite|courteous|respectful|friendly|calm|professional|punctual|qualified|certified|licensed|insured|vetted|dbs-checked)',
  'no (* )?(referral|appointment|deposit|booking) (needed|required|necessary)',
];

/** Telegraphic standards of flyers and banners, at the start of a line ("Emails answered by the next working day"). */
export const TELEGRAPHIC_START =
  /^\s*(?:(?:all|every|our|your)\s+)?(?:emails?|calls?|letters?|orders?|parcels?|refunds?|complaints?|enquiries|queries|messages?|repairs?|faults?|claims?|returns?)\s+(?:are\s+|will\s+be\s+)?(?:always\s+)?(?:answered|dispatched|delivered|processed|resolved|returned|refunded|repaired|fixed|acknowledged|handled|shipped|sent|picked\s+up)\b/;
