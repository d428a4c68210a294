/**
 * Guarantee language: explicit guarantees and promises, and standards backed by compensation
 * ("if we don't, we'll pay you £20"), which README counts as guarantees even when they say "aim".
 */
import type { Phrases } from './phrases.js';

/** Explicit guarantees and promises. */
export const GUARANTEES: Phrases = [
  'guarantee', 'guarantees', 'guaranteed', 'we promise', 'our promises?', 'promise to', 'promise that', 'we pledge',
  'money-back', 'money back guarantee', 'no-quibble', 'no quibble', 'warranty', 'warranties', 'warranted',
];

/** Compensation: the customer is paid when a standard is missed. */
export const COMPENSATION: Phrases = [
  'compensation', 'compensate', '(we\'ll|we will|we) pay you (£|$|€)#', '(we\'ll|we will|we) pay you (a |an )?(compensation|refund of|sum of|goodwill)', "you'll (get|receive) (£|$|€)#", 'you will (get|receive) (£|$|€)#',
  'goodwill payment', 'credit your account', '(we will|we\'ll|we) credit', '(a )?(£|$|€)# credit', 'credit of (£|$|€)#',
  'pay you a further', 'entitled to a payment',
  '(£|$|€)# (from us|payment|credit)',
];

/** Deadlines for paying compensation, stated after it ("You'll receive it within 10 working days"). */
export const PAYMENT_DEADLINE: Phrases = [
  "(you'll|you will) receive (it|this|the payment|your payment)", '(it|the payment) will be paid', 'paid (to you )?within',
  "we'll pay it", 'we will pay it', 'credited within',
];
