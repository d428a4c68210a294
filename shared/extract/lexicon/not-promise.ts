/**
 * What is not a promise, however promising it sounds (SPEC, README "non_promises"): requests to
 * customers, past results and history, disclaimers and "targets, not guarantees" caveats,
 * possibilities, third parties' doings, promises to employees, marketing and notices, opinions,
 * and text about the page itself.
 */
import type { Phrases } from './phrases.js';

/** Requests and obligations placed on the customer. */
export const REQUESTS: Phrases = [
  'please', 'you must', 'you need to', 'you will need to', "you'll need to", 'you will have to', "you'll have to",
  'you are required to', 'you are responsible for', 'we ask (you|that you|our customers|customers)',
  '(we would |we\'d )?(ask|encourage|recommend|advise) (you|that you|customers) to', 'is due', 'remember to',
  'make sure you', "don't forget", 'do not forget',
  'you should (contact|call|check|keep|tell|let|make|allow|quote|bring|arrive|read|visit|email|write|ensure|return|send|pay|note|be aware)',
];

/** "please" that asks nothing of the customer ("please allow up to 5 days for your refund"). */
export const PLEASE_NOT_A_REQUEST: Phrases = [
  'please note', 'please be aware', 'please (allow|give us) (up to |at least )?#',
];

/** Past results and history. */
export const PAST: Phrases = [
  'last (year|month|week|quarter|financial year|winter|summer)', 'ago', 'founded', 'established in',
  'started life', 'opened (its|our) first', 'has been (unblocking|serving|supporting|helping|providing|running|trading)',
  'have been (serving|supporting|helping|providing|running|trading)', 'has supported', 'has practised', 'has practiced',
  'we received', 'we handled', 'we welcomed', 'we answered', 'we dealt', 'we resolved', 'we achieved', 'we won',
  'we helped', 'we delivered', 'dealt with over', 'upheld', 'in the past', 'so far this year',
];

/** Year mentions that, without a commitment, mark history ("In 2023", "since 2006"). */
export const PAST_YEAR = /\b(?:in|during|since|from|by|throughout) (?:19|20)\d\d\b|\b(?:19|20)\d\d\b(?=[^.]*\b(?:we|our)\b[^.]*\b\w+ed\b)/i;

/** Caveats and explicit non-guarantees. */
export const DISCLAIMERS: Phrases = [
  'rather than a (guarantee|promise)', '(targets?|guides?|estimates?|indications?|aims?)( only)?,? (and |but )?not (a )?(guarantees?|promises?)',
  '(a|an) (target|guide|estimate|indication|aim)s?( only)?,? (and|but)? not a',
  'no guarantee', '(cannot|can\'t|can not|do not|don\'t|does not|doesn\'t|nobody can|no one can) (always )?(guarantee|promise)',
  'not guaranteed', "isn't guaranteed", 'is not guaranteed', 'for guidance only', 'estimates? only', 'not the same as',
  'over-promise', 'overpromise', "isn't due", 'is not due', 'not (be )?liable', 'no liability', 'accept no',
  'cannot be held', 'at your own risk', 'reserve the right', 'without notice', 'is not a commitment',
  '(goals?|targets?|aims?|estimates?|guides?),? not (a )?(guarantees?|promises?|commitments?)', 'are not (a )?(guarantees?|promises?)',
  "(is not|isn't|are not|aren't) (paid|payable|available|due|offered) (when|if|for|where|on)", 'paid (a )?commission', "(on|on the) * timetable, not ours", "on the * * timetable, not ours",
];

/** Possibilities rather than commitments. */
export const POSSIBILITY: Phrases = [
  'may', 'might', 'could', 'can take longer', 'can vary', 'subject to change', 'from time to time', 'would like to',
];

/** Descriptions of how often something happens: habits, not undertakings. */
export const FREQUENCY: Phrases = ['sometimes', 'occasionally', 'often', 'rarely', 'a small number', 'the odd'];

/** Marketing announcements and notices. */
export const MARKETING: Phrases = [
  '(spring|summer|autumn|winter|january|black friday|clearance|flash|big|mid-season|end of season) sale', 'sale now on',
  'sale:', 'sale ends', '#% off', 'now open', 'now hiring', 'this week only', 'limited time', 'special offer', 'subscribe',
  'newsletter', 'sign up (for|to) (our|the) (newsletter|emails?|updates|mailing list)', 'sign up (now|today)', 'shop now', 'book now', 'buy now', 'coming soon', 'introducing', 'discount code', 'promo code',
  'win a', 'competition', 'on select(ed)? (units|items|lines|products|models|rooms|dates)',
];

/** A one-off date ("on Wednesday 4 June"): a notice, not a standing promise. */
export const ONE_OFF_DATE =
  /\b\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:january|february|march|april|june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?\b/i;

/** Promises to employees, which always disqualify unless customers are named. */
export const EMPLOYEES: Phrases = [
  'leading here', 'vacancies', 'careers?', 'now hiring', 'join our team', 'staff training', 'for staff', 'leadership',
  'our employees', 'our colleagues', 'living wage', 'team leaders', 'apply now', 'our workforce', 'employee benefits',
  'members? of staff', 'volunteering', 'four-day week', '(paid|parental|annual) leave', 'pension scheme', 'to apply',
  "days'? holiday", 'apprentices?', 'apprenticeships?', 'job vacancies', 'applications? for', 'work(ing)? (for|with|at) us',
  'join (us|the team)', 'why work',
];

/** Employee topics that disqualify only when nothing is undertaken ("We hire people who..."). */
export const EMPLOYEES_WEAK: Phrases = ['hire', 'hires', 'hiring', 'recruit', 'recruits', 'recruiting', 'employ', 'employs'];

/** Staff pay and benefits: what an employer gives its people, never a promise to customers. */
export const EMPLOYEE_BENEFITS: Phrases = [
  'paid for (travel|training|overtime|their|every|all)', 'paid (* )?(break|breaks|leave|vacation|holidays?|study days?|sick days?|time off|travel time|parental leave|wellness days?|volunteering days?)',
  '# paid (study |sick |annual |wellness |volunteering |holiday )?days', "# weeks' (paid )?(vacation|holiday|leave)", 'award rates', 'living wage', 'company car',
  '(phone|car|travel|uniform) allowance', 'pension', 'salary', 'salaries', 'wages?', 'careers:', 'hybrid working', 'after probation',
];

/** Words naming the customer, which keep a sentence about staff customer-facing. */
export const CUSTOMERS: Phrases = [
  'customers?', 'clients?', 'patients?', 'callers?', 'residents?', 'tenants?', 'passengers?', 'members?', 'users?',
  'guests?', 'visitors?', 'policyholders?', 'shoppers?', 'households?', 'homes?', 'businesses',
];

/** Other organisations whose doings are not the audited company's promises. */
export const THIRD_PARTIES: Phrases = [
  'network operator', 'card issuer', 'your bank', 'the regulator', 'energy regulator', 'ofgem', 'ofwat', 'ofcom',
  'ombudsman', 'third part(y|ies)', 'your provider', 'manufacturers?', 'other companies', 'every company',
  'some companies', 'most companies', 'the council tax',
];

/**
 * Others acting, even when "our" names them ("processed by our payment partner", "issued by the
 * local council", "the IRS says", riders and staff being paid): not the company undertaking
 * anything to its customers unless "we" do something in the same clause.
 */
export const OTHERS_ACT: Phrases = [
  'by (our|a|the|your) (payment |delivery |card |banking |finance |insurance |courier )?(partners?|providers?|processors?|lenders?|insurers?|couriers?|carriers?|adjudicators?|regulators?|courts?|tribunals?)',
  'by the (local |county |city |district )?(council|authority|government|adjudicator|court|tribunal|agency)',
  'by (the|their|your|a) (* )?(lender|lenders|bank|government|council|authority|manufacturer|utility|insurer|regulator|agency|department|ministry|state|city|county|supplier|network operator)',
  '(provided|handled|decided|issued|set|approved|determined|run|operated) by (the )?(* )?* (credit|finance|electric|energy|power|water|bank|insurance|council|government|services)',
  '(permit|planning|council|government|lender|bank|insurer|interconnection|utility|regulations|building control|local authority) (approvals?|decisions?|consents?) (typically |usually |normally |generally )?(takes?|can take)',
  'the * (act|regulations) #', 'the * * (act|regulations) #', 'by the * (adjudicator|council|court|tribunal|ombudsman|regulator|authority)', '(the )?(irs|hmrc|cra|ato|revenue|government|council|regulator|adjudicator) (says|states|advises|aims|expects|issues|decides)',
  '(riders|drivers|couriers|staff|employees|colleagues|our people|our team members) (are|get|receive) (paid|given|offered|entitled)',
  '(guarantees?|gives?|offers?) (our )?(library |store |shop |all |our )?(staff|employees|colleagues|team members)',
];

/** Text about the page or site itself, and legal boilerplate. */
export const META: Phrases = [
  'this (policy|page|charter|document|guide|article|section|statement|website|site) (explains|sets out|describes|tells you|covers|outlines|takes|uses)',
  'by using (our|this)', 'cookies?', 'all rights reserved', 'registered in', 'registered office', 'company (no|number)',
  'vat (reg|number)', 'last updated', 'privacy (policy|notice)', '(these|here) are (the|our) (standards|promises|commitments)', '(min|mins|minute|minutes) read', 'reading time',
];

/** Opinions. */
export const OPINIONS: Phrases = ['we believe (that|these|this|our|it|the|we)', 'in our opinion', 'we feel that', 'we think that', 'i believe (that|these|this|our|it|the|we)'];

/** Verbs of things customers do: a list item opening with one is an instruction, even with a time in it. */
export const CUSTOMER_ACTIONS: readonly string[] = [
  'arrive', 'bring', 'quote', 'tell', 'let', 'give', 'send', 'call', 'email', 'contact', 'ask', 'check', 'read', 'keep',
  'make', 'remember', 'note', 'pay', 'provide', 'fill', 'sign', 'register', 'log', 'visit', 'choose', 'pick',
  'select', 'order', 'upgrade', 'subscribe', 'join', 'apply', 'upload', 'download', 'print', 'submit', 'report', 'book',
  'phone', 'ring', 'write', 'use', 'take', 'have', 'be', 'ensure', 'confirm', 'update', 'cancel', 'wait', 'try', 'follow',
];

/** Headings of sections that ask things of customers: their items are requests unless "we" undertake something. */
export const REQUEST_SECTIONS: Phrases = [
  'what we ask', 'ask of you', 'help us (to )?help you', 'helping us (to )?help you', 'what you can do', 'your responsibilities',
  'what we need from you', 'how you can help', 'we ask that you', 'what we expect from you', 'our expectations of you',
];
