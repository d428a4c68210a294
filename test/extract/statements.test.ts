/**
 * Promises real sites make without "we will": standing practice stated of every item, passive
 * standards, prices on their own line, entitlements written as imperatives, lead-ins that
 * commit without a strength word, hours whose days are in the heading; and the look-alikes
 * that are not promises (customers' words, others' doings, goals that are not guarantees).
 * Found by a blind corpus (test/fixtures/corpus/blind, FIRST-RUN.txt); the sentences here are
 * our own wordings of each construction, not the corpus's.
 */
import { describe, expect, it } from 'vitest';
import { claimOf, fields, type PassageSpec } from './helpers.js';

type Row = [string, PassageSpec | string, Record<string, unknown>];

function table(rows: Row[]) {
  it.each(rows)('%s', (_name, spec, expected) => {
    expect(fields(claimOf(spec))).toMatchObject(expected);
  });
}

function none(rows: (string | PassageSpec)[]) {
  it.each(rows.map((r) => [typeof r === 'string' ? r : r.text, r] as const))('%s', (_text, spec) => {
    expect(claimOf(spec)).toBeNull();
  });
}

describe('standing practice stated without "we"', () => {
  table([
    ['every item, passive', 'Every van is cleaned and checked before each job.', { strength: 'firm' }],
    ['every customer gets something of their own', 'Each new patient has a named dental nurse.', { strength: 'firm' }],
    ['all, made fresh', 'All sandwiches are made fresh in-house each morning.', { strength: 'firm' }],
    ['a passive standard with a time limit', 'The credit is added to your account within 48 hours.', { value: 48, unit: 'hours' }],
    ['instant', 'Refunds to your gift card are instant.', { category: 'refund-time' }],
    ['applied automatically', 'Service credits are applied automatically to your next invoice.', { strength: 'firm' }],
    ['ready to collect', 'Spectacles are ready to collect within 10 working days of your test.', { value: 10, unit: 'working-days' }],
  ]);
});

describe('first-person acts with a stated standard', () => {
  table([
    ['a time limit', 'We refund the deposit within 3 business days of the final inspection.', { value: 3, unit: 'working-days', strength: 'firm' }],
    ['"every"', 'We test every boiler we fit before we leave.', { strength: 'firm' }],
    ['a frequency', 'We service each lift at least twice a year.', { strength: 'firm' }],
    ['"wherever possible" makes an aim', 'We source parts locally wherever possible.', { strength: 'aim' }],
  ]);
  none(['We keep our pricing simple.', 'We use three couriers because they are reliable.', 'We supply gas to 40,000 homes.']);
});

describe('prices and free things on their own line', () => {
  table([
    ['"from" a price', { text: 'From £45 for a single room', role: 'sentence', context: 'Carpet cleaning' }, { category: 'price', value: 45, unit: 'currency' }],
    ['a price first', { text: '£30 flat, materials included', role: 'sentence', context: 'Key cutting' }, { category: 'price', value: 30, unit: 'currency' }],
    ['a label and a price', 'Off-peak pass: £22.50 per month, cancel any time.', { category: 'price', value: 22.5, unit: 'currency' }],
    ['no fee, with a condition after it', "There's no booking fee when you book by phone.", { category: 'price', value: 0, unit: 'currency' }],
    ['no fines', 'There are no overdue charges on children\'s books.', { category: 'price', value: 0 }],
    ['a cap', 'The delivery charge is never more than £3.95 per order.', { category: 'price', value: 3.95, unit: 'currency' }],
    ['free on every', 'Free eye pressure check on every visit.', { category: 'price', value: 0 }],
    ['everyone gets a free', 'Every new client gets a free 30-minute consultation.', { category: 'price', value: 0 }],
  ]);
});

describe('entitlements written as imperatives', () => {
  table([
    ['cancel for a full refund', 'Cancel up to 48 hours before your lesson for a full refund.', { value: 48, unit: 'hours' }],
    ['at no cost', 'Pause your plan for up to two months a year at no cost.', { value: 0, unit: 'currency' }],
    ['an imperative, then "who will"', 'Ask for the duty manager, who will aim to sort it out within 2 working days.', { strength: 'aim', value: 2, unit: 'working-days' }],
  ]);
});

describe('lead-ins that commit without a strength word', () => {
  const item = (text: string, leadIn: string): PassageSpec => ({ text, role: 'list-item', leadIn });
  table([
    ['"includes:"', item('protective covers for every sofa and mattress', 'Every clean includes:'), { strength: 'firm' }],
    ['"count on us to:"', item('return your call the same working day', 'You can count on us to:'), { category: 'callback', value: 0, unit: 'days' }],
    ['"we\'ll provide:"', item('a hotel room for the night', 'If your flight is cancelled after 8pm, we\'ll provide:'), { strength: 'firm' }],
  ]);
});

describe('hours whose days are in the heading or header', () => {
  table([
    ['under a day heading', { text: '10am to 4pm, walk-ins welcome', role: 'sentence', context: 'Sunday' }, { category: 'availability-hours' }],
    ['in a table under "Times"', { text: '8am until 6pm, including lunch', role: 'table-cell', context: 'Full day | Times' }, { category: 'availability-hours' }],
    ['"a.m./p.m." with a time zone stays one sentence', 'Phone lines: 8 a.m. to 8 p.m. ET, Monday to Saturday', { category: 'availability-hours' }],
    ['someone else\'s title or staff', { text: 'A team member will answer within 2 minutes', role: 'sentence', context: 'Live chat' }, { value: 2, unit: 'minutes' }],
  ]);
  none([{ text: '10am to 4pm, walk-ins welcome', role: 'sentence', context: 'Our story' }]);
});

describe('not promises: customers\' words, others\' doings, goals', () => {
  none([
    '★★★★☆ "Boiler fixed within the hour, brilliant."',
    '"They answered the phone in two rings every time." - Jo, Leeds',
    'Card payments are processed by our payment partner, Paylane.',
    'Bin collections on bank holidays are set by the local council and can take 10 days.',
    'Complaints about deposits are decided by the TDS adjudicator, not by us.',
    'The Consumer Rights Act 2015 gives you 30 days to reject faulty goods.',
    'HMRC says most repayments are made within 5 weeks.',
    'Drivers are paid for every minute they wait at the depot.',
    'Our staff handbook gives colleagues two volunteering days a year.',
    'Repair times are goals, not guarantees, because parts can be delayed.',
  ]);
});

describe('categories and strength from the words around a promise', () => {
  table([
    ['a cell under "Our target" is an aim', { text: 'Resolved within 4 hours of logging', role: 'table-cell', context: 'Priority 1 | Resolution target' }, { strength: 'aim', value: 4, unit: 'hours' }],
    ['an answer in writing is not a phone answer', { text: 'Messages sent through the web form are answered within one working day.', role: 'sentence' }, { category: 'enquiry-response' }],
    ['seeing an animal the same day is an appointment', "If your dog is unwell, we'll see them the same day.", { category: 'appointment', value: 0, unit: 'days' }],
    ['on site within', { text: 'Engineer on site within 6 hours', role: 'table-cell', context: 'Critical | Response' }, { category: 'appointment', value: 6 }],
  ]);
});

describe('more standing practice, from a second blind corpus (our own wordings)', () => {
  table([
    ['every X has', 'Every tenancy has a named property manager.', { strength: 'firm' }],
    ['every X is a full', 'Every massage is a full fifty minutes on the table.', { strength: 'firm' }],
    ['a fixed price', 'Every roofing quote is a fixed price.', { category: 'price' }],
    ['a cap on a duration', 'Adverts before the show run for no more than 15 minutes.', { value: 15, unit: 'minutes' }],
    ['published ahead', 'Fare changes are published at least 28 days before they start.', { value: 28, unit: 'days' }],
    ['travel free', 'Children under five travel free on all our trains.', { category: 'price', value: 0 }],
    ['free with an ampersand', 'Free Park & Ride on every match day.', { category: 'price', value: 0 }],
    ["it's free", "It's free when you spend £30 or more.", { category: 'price' }],
    ['never pay', 'You never pay us a fee for a valuation.', { category: 'price', value: 0 }],
    ['won\'t change', 'Your rent is agreed up front and won\'t change during the tenancy.', { strength: 'firm' }],
    ['never expire', 'No, gift vouchers never expire.', { strength: 'firm' }],
    ['may be returned', 'Unworn shoes may be returned within 60 days.', { category: 'returns-window', value: 60, unit: 'days' }],
    ['schedule online 24/7', 'Book a repair online 24/7.', { category: 'availability-hours', value: 24, unit: 'hours' }],
    ['free first', 'Free eye tests, no appointment needed.', { category: 'price', value: 0 }],
    ['an imperative, then someone will', 'Send us the form and an adviser will normally call you within 2 business days.', { strength: 'aim', value: 2, unit: 'working-days' }],
    ['move out with notice', "Move out with just 14 days' notice.", { value: 14, unit: 'days' }],
    ['a season of opening hours', 'From June 1 to August 31 we are also open Sundays, 10 a.m. to 4 p.m.', { category: 'availability-hours' }],
    ['hours with a dash only', { text: '8:30 a.m. – 5:30 p.m.', role: 'table-cell', context: 'Monday to Friday — Branch' }, { category: 'availability-hours' }],
    ['seven days', 'Lines answered 8am to 8pm, 7 days.', { category: 'availability-hours' }],
    ['dealt with by', 'Anything urgent will be dealt with by the shift supervisor straight away.', { value: 0, unit: 'minutes' }],
  ]);
  none([
    'Our drivers get a paid 30-minute break on every shift.',
    'We give every branch manager a company car.',
    'All our nurses are paid for travel time between appointments.',
    'Careers: we offer every apprentice 10 paid study days a year.',
    'Loans are provided by Redfern Finance, which normally decides within a day.',
    'Building regulations approval typically takes 5-8 weeks.',
    'Refunds are not payable when you cancel on the day.',
    'Half price on select frames this month.',
    'We are paid a commission by the insurer.',
    '2 Choose a delivery slot and check out.',
  ]);
});
