/**
 * One table per construction the README and the issue name: lead-ins, hedges inside fragments,
 * tables, FAQs, contractions, numbers in words, ranges, fixed expressions, rings, percentages,
 * compensation and availability windows.
 */
import { describe, expect, it } from 'vitest';
import { claimOf, claimsOf, fields, type PassageSpec } from './helpers.js';

type Row = [string, PassageSpec | string, Record<string, unknown>];

function table(rows: Row[]) {
  it.each(rows)('%s', (_name, spec, expected) => {
    expect(fields(claimOf(spec))).toMatchObject(expected);
  });
}

const item = (text: string, leadIn: string): PassageSpec => ({ text, role: 'list-item', leadIn });

describe('lead-ins carry their strength to fragments', () => {
  table([
    ['"we will:" makes a fragment firm', item('answer your call within 30 seconds', 'When you call us, we will:'), { category: 'phone-answer', strength: 'firm', value: 30, unit: 'seconds' }],
    ['"we aim to:" makes it an aim', item('make sure no call rings more than 10 times', 'When you ring the council, we aim to:'), { category: 'phone-answer', strength: 'aim', value: 10, unit: 'rings', scope: 'all' }],
    ['"we will aim to:" is an aim', item('reply to letters within 10 working days', 'We will aim to:'), { strength: 'aim', value: 10, unit: 'working-days' }],
    ['"we promise to:" is a guarantee', item('keep every booked appointment', 'When we visit, we promise to:'), { category: 'appointment', strength: 'guarantee', scope: 'all' }],
    ['"our promises to you:" is a guarantee', item('tell you the name of your case officer', 'Our promises to you:'), { strength: 'guarantee' }],
    ['a neutral lead-in leaves a stated standard firm', item('Economy (free): arrives within 5-7 working days', 'Choose the option that suits you:'), { category: 'delivery-time', strength: 'firm', value: 5, valueMax: 7 }],
    ['a full sentence keeps its own modal under a neutral lead-in', item('We should reply to all letters within 10 working days.', 'These are the standards our teams work to:'), { strength: 'aim', scope: 'all' }],
  ]);
});

describe('a hedge inside a fragment beats its lead-in', () => {
  table([
    ['"wherever we can" under "we promise to:"', item('offer you a choice of appointment dates wherever we can', 'When we visit, we promise to:'), { category: 'appointment', strength: 'aim' }],
    ['"as far as we\'re able" under "we promise to:"', item("book a date and time that suits you, as far as we're able", 'When we visit, we promise to:'), { strength: 'aim' }],
    ['"where possible" under "we will:"', item('reply to your email within one working day where possible', 'We will:'), { category: 'email-response', strength: 'aim', value: 1, unit: 'working-days' }],
    ['"as many calls as we can" is an aim, not "all"', item('pick up as many calls as we can within 5 rings', 'We will:'), { strength: 'aim', scope: 'unspecified', value: 5, unit: 'rings' }],
  ]);
});

describe('tables are read with their headers', () => {
  table([
    ['a bare time limit under its row and column', { text: 'Answered within 20 seconds', role: 'table-cell', context: 'Phone calls | Our standard' }, { category: 'phone-answer', value: 20, unit: 'seconds' }],
    ['a reply standard filed by the channel in its header', { text: 'Within 5 working days', role: 'table-cell', context: 'Replying to letters | Target' }, { category: 'letter-response', value: 5, unit: 'working-days' }],
    ['a cell under "What we guarantee" is a guarantee', { text: 'Within 10 working days', role: 'table-cell', context: 'Replying to complaints | Our standard — What we guarantee' }, { category: 'complaint-response', strength: 'guarantee' }],
    ['a compensation cell', { text: 'We credit £40 to your account', role: 'table-cell', context: 'Keeping appointments | If we miss it' }, { category: 'other', value: 40, unit: 'currency', strength: 'guarantee' }],
  ]);
});

describe('FAQ answers are read with their question', () => {
  table([
    ['a bare answer', { text: 'Usually 3 to 5 working days.', role: 'faq-answer', context: 'How long does delivery take?' }, { category: 'delivery-time', strength: 'aim', value: 3, valueMax: 5, unit: 'working-days' }],
    ['an answer about refunds', { text: 'Refunds are normally processed within 5 working days.', role: 'faq-answer', context: 'When will I get my money back?' }, { category: 'refund-time', value: 5 }],
  ]);
});

describe('contractions', () => {
  table([
    ["we'll", "We'll reply to every email within 24 hours.", { category: 'email-response', strength: 'firm', scope: 'all', value: 24, unit: 'hours' }],
    ["you'll", "You'll receive a full refund within 14 days.", { category: 'refund-time', strength: 'firm', value: 14, unit: 'days' }],
    ["won't", "You won't pay a penny more for delivery.", { category: 'price', value: 0, unit: 'currency', scope: 'all' }],
    ["shouldn't", "You shouldn't be kept waiting for more than 10 minutes.", { category: 'visit-wait', strength: 'aim', value: 10, unit: 'minutes' }],
    ["don't", "We don't charge a call-out fee.", { category: 'price', value: 0, unit: 'currency' }],
  ]);
});

describe('numbers in words and ranges', () => {
  table([
    ['two working days', 'We will reply within two working days.', { value: 2, unit: 'working-days' }],
    ['ten minutes', 'You will be seen within ten minutes.', { value: 10, unit: 'minutes' }],
    ['twenty-four hours', 'We aim to call you back within twenty-four hours.', { category: 'callback', value: 24, unit: 'hours' }],
    ['"an hour"', 'We will call you back within an hour.', { value: 1, unit: 'hours' }],
    ['"less than a day"', 'We will never cancel a visit with less than a day of notice.', { value: 1, unit: 'days', scope: 'all' }],
    ['3-5', 'Standard delivery takes 3-5 working days.', { value: 3, valueMax: 5, unit: 'working-days' }],
    ['3–5 (en dash)', 'Standard delivery takes 3–5 working days.', { value: 3, valueMax: 5, unit: 'working-days' }],
    ['3 to 5', 'Refunds are processed within 3 to 5 working days.', { value: 3, valueMax: 5 }],
    ['three to five', 'Refunds are processed within three to five working days.', { value: 3, valueMax: 5 }],
    ['between 2 and 4 weeks', 'Made-to-order sofas are delivered in between 2 and 4 weeks.', { value: 2, valueMax: 4, unit: 'weeks' }],
    ['a 30-day compound', 'Every job is covered by our 30-day no-quibble guarantee.', { category: 'satisfaction-guarantee', value: 30, unit: 'days', strength: 'guarantee', scope: 'all' }],
    ['business days are working days', 'We aim to respond within 3 business days.', { value: 3, unit: 'working-days' }],
  ]);
});

describe('fixed expressions', () => {
  table([
    ['next working day', 'Orders placed before 2pm are dispatched the next working day.', { category: 'delivery-time', value: 1, unit: 'working-days' }],
    ['next business day', 'We will reply by the next business day.', { value: 1, unit: 'working-days' }],
    ['same day', 'We offer same day dispatch on orders placed before 1pm.', { value: 0, unit: 'days' }],
    ['on the day', 'We try to pack orders on the day they arrive.', { value: 0, unit: 'days', strength: 'aim' }],
    ['within the hour', "We'll call you back within the hour.", { category: 'callback', value: 1, unit: 'hours' }],
    ['24/7', 'Our emergency line is available 24/7.', { category: 'availability-hours', value: 24, unit: 'hours', scope: 'all' }],
    ['24 hours a day', 'Our helpline is open 24 hours a day, 7 days a week.', { category: 'availability-hours', value: 24, unit: 'hours', scope: 'all' }],
    ['around the clock', 'Our incident team is available around the clock.', { value: 24, unit: 'hours', scope: 'all' }],
    ['straight away', 'We will confirm your booking straight away.', { value: 0, unit: 'minutes' }],
    ['N hours during business hours', 'Target first response: within 4 hours during business hours.', { category: 'enquiry-response', strength: 'aim', value: 4, unit: 'business-hours' }],
    ['an equivalent in brackets is not the threshold', 'We will aim to answer your call within 10 seconds (4 rings).', { category: 'phone-answer', value: 10, unit: 'seconds' }],
  ]);
});

describe('rings', () => {
  table([
    ['within N rings', 'We aim to answer all calls within 5 rings.', { category: 'phone-answer', value: 5, unit: 'rings', scope: 'all' }],
    ['no call rings more than N times', 'We will make sure no call rings more than 8 times.', { category: 'phone-answer', value: 8, unit: 'rings', scope: 'all' }],
  ]);
});

describe('percentages, with and without a time limit', () => {
  table([
    ['share with a time limit', 'We aim to answer 80% of calls within 20 seconds.', { category: 'phone-answer', value: 20, unit: 'seconds', scope: 'share', share: 80 }],
    ['share written "per cent"', 'We aim to resolve 85 per cent of complaints within 10 working days.', { category: 'complaint-resolution', value: 10, scope: 'share', share: 85 }],
    ['share as a proportion', 'We aim to answer nine in ten calls within 60 seconds.', { value: 60, scope: 'share', share: 90 }],
    ['percentage only', 'We aim to resolve 80% of enquiries at first contact.', { category: 'first-contact-resolution', value: 80, unit: 'percent', scope: 'share', share: 80 }],
    ['100% is all', 'We answer 100% of emails within 2 working days.', { scope: 'all', share: null, value: 2 }],
  ]);
});

describe('compensation', () => {
  table([
    ['a payment is category other, valued in money', "If we miss an appointment, we'll pay you £30 in compensation.", { category: 'other', value: 30, unit: 'currency', strength: 'guarantee', scope: 'unspecified' }],
    ['a standard backed by payment is a guarantee even when it says "aim"', "We aim to reply within 5 working days; if we don't, we'll pay you £20.", { strength: 'guarantee', value: 5, unit: 'working-days' }],
    ['entitlement without an amount', "If we don't meet them, you are entitled to compensation.", { category: 'other', measurable: false, strength: 'guarantee' }],
  ]);

  it('makes a payment deadline in the next sentence its own guaranteed promise', () => {
    const claims = claimsOf(
      { text: "If we're late, we'll pay you £30 in compensation.", path: 'div > p:nth-of-type(2)' },
      { text: "You'll receive it within 10 working days.", path: 'div > p:nth-of-type(2)' },
    );
    expect(claims.map(fields)).toEqual([
      expect.objectContaining({ category: 'other', value: 30, unit: 'currency', strength: 'guarantee' }),
      expect.objectContaining({ category: 'other', value: 10, unit: 'working-days', strength: 'guarantee' }),
    ]);
  });
});

describe('availability windows', () => {
  const hours = { category: 'availability-hours', measurable: true, value: null, valueMax: null, unit: null, strength: 'firm' };
  table([
    ['a.m. and p.m. in one sentence', 'Our lines are open Monday to Friday 9:00 a.m. to 5:30 p.m.', hours],
    ['a footer contact line', { text: 'Customer services: 01632 960100 (Monday to Friday, 8.45am to 5pm)', path: 'footer > p' }, hours],
    ['a list item under a lead-in', item('Monday to Friday: 9:00 AM - 6:00 PM (Eastern Time)', 'Our support team is available at these times:'), hours],
    ['hours with a label', 'Clinic hours: Tuesday to Saturday, 9am to 7pm', hours],
    ['"whenever support is open"', 'You can use live chat on our website whenever support is open.', hours],
    ['"during normal support hours"', 'Premium plans include phone support during normal support hours.', hours],
  ]);

  it('does not take a reply time for opening hours', () => {
    expect(fields(claimOf('During the working week (Monday to Friday) we aim to reply to any message within 4 hours.'))).toMatchObject({
      category: 'enquiry-response',
      value: 4,
      unit: 'hours',
      scope: 'all',
    });
  });

  it('does not report a closed day', () => {
    expect(claimOf(item('Sunday: Closed', 'Our support team is available at these times:'))).toBeNull();
  });
});

describe('values', () => {
  table([
    ['ethos is vague', 'We put our customers at the heart of everything we do.', { category: 'values', strength: 'vague', scope: 'all', measurable: false, value: null }],
    ['a values heading', { text: 'You are our priority', role: 'heading' }, { category: 'values', strength: 'vague' }],
  ]);

  it('does not count a heading without an undertaking', () => {
    expect(claimOf({ text: 'Guaranteed Standards of Performance', role: 'heading' })).toBeNull();
  });
});
