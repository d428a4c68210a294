/**
 * What must never be reported as a promise (SPEC, README "non_promises"), one table per kind.
 */
import { describe, expect, it } from 'vitest';
import { claimOf, type PassageSpec } from './helpers.js';

function none(rows: (string | PassageSpec)[]) {
  it.each(rows.map((r) => [typeof r === 'string' ? r : r.text, r] as const))('%s', (_text, spec) => {
    expect(claimOf(spec)).toBeNull();
  });
}

describe('requests to customers', () => {
  none([
    'Please have your council tax reference number ready when you call.',
    'Please quote your reference number when you contact us.',
    'If you need your order the next day, please get it to us by 3pm.',
    'Write to support@example.co.uk.',
    'Pick next working day delivery at checkout.',
    'If you smell gas, call the National Gas Emergency Service on 0800 111 999.',
    'You must tell us within 30 days if your circumstances change.',
    'Payment is due when the work is finished.',
    { text: 'give us your meter reading every quarter', role: 'list-item', leadIn: 'To help us, please:' },
  ]);
});

describe('past results and history', () => {
  none([
    'In 2023 our contact centre dealt with over 210,000 enquiries by phone, email and in person.',
    'We handled more than 48,000 letters and 310,000 phone calls last year.',
    'Last year we received 412 first-stage complaints and upheld just under a third of them.',
    'Thamesgate has been unblocking drains across south London since 2006.',
    'We always answered within a day when we were smaller.',
    'Vitalroot was founded by two sports nutritionists in 2015.',
  ]);
});

describe('questions', () => {
  none(['Did you know you can report a missed bin online?', 'How quickly will you answer my call?', { text: 'How we will treat you', role: 'heading' }]);
});

describe('caveats and explicit non-guarantees', () => {
  none([
    'This is a guide rather than a guarantee.',
    'Again, this is a target and not a promise.',
    'Our published response times are targets, not guarantees.',
    'Nobody can guarantee perfection.',
    'Compensation isn\'t due if we\'re in a genuine dispute with you about whether you\'re entitled to it.',
    'A first response is not the same as a fix.',
    'Delivery times may change during our busiest periods.',
    'Orders containing 10 or more items may take longer to dispatch.',
  ]);
});

describe("third parties' timings", () => {
  none([
    'Your card issuer may take up to 5 working days to show the refund.',
    'If you are out, the courier may leave your parcel with a neighbour.',
    'Occasionally your network operator has to make a payment to you under its own guaranteed standards.',
    'Every water company in England and Wales must meet the standards set by the regulator.',
  ]);
});

describe('promises made to employees', () => {
  none([
    'We hire people who put others first, and they are hard to find.',
    'Anyone chasing a title will not enjoy leading here.',
    'We offer every member of staff a four-day week and a paid volunteering day.',
    { text: "We'll reply to every application within 10 working days.", context: 'How to apply' },
    { text: 'We will pay for your training and give you a fully equipped van.', role: 'list-item', context: 'Why work with us' },
  ]);
});

describe('marketing announcements and notices', () => {
  none([
    'Spring sale: up to 30% off selected jigsaws this week only',
    'Garden waste subscriptions for 2025 are now open.',
    'Now hiring: warehouse team leaders at Heathrow',
    'Hazelford Town Hall reception will open at 10am on Wednesday 4 June for staff training.',
    'Sign up to our newsletter for 10% off your first order.',
  ]);
});

describe('descriptions, opinions, navigation and text about the page', () => {
  none([
    'The council runs more than 700 different services, from bin collections to building control.',
    'We believe these response times lead the field and give everyone a clear idea of what to expect.',
    'This policy explains the support we provide, when we provide it and how quickly we respond.',
    'These are the standards you can expect from us.',
    'Every company says it offers great customer service.',
    'All collections › Your account › Guaranteed Standards of Performance',
    'Our promise',
    'We use essential cookies to make this website work.',
  ]);
});

describe('clauses: the promise is kept, the caveat beside it is left out', () => {
  const rows: [string, string][] = [
    [
      "We try to pick and pack orders on the day they arrive, and we often send out orders that come in after 3pm too, but we'd rather not over-promise.",
      'We try to pick and pack orders on the day they arrive',
    ],
    [
      'We think of others before we think of ourselves, and we treat leadership as a duty rather than a privilege.',
      'We think of others before we think of ourselves',
    ],
    [
      'Royal Mail aims to deliver standard parcels within 2 working days of dispatch, though a small number take 3 working days.',
      'Royal Mail aims to deliver standard parcels within 2 working days of dispatch',
    ],
  ];
  it.each(rows)('%s', (text, kept) => {
    expect(claimOf(text)?.text).toBe(kept);
  });
});
