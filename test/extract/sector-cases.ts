/**
 * Realistic passages from sectors the dev corpus does not cover (banks, telecoms, utilities,
 * hospitals, councils, retailers, airlines, insurers, couriers), labelled by the corpus README's
 * conventions. They guard the extractor against rules that only fit the dev pages.
 */
import type { PassageRole } from '../../shared/domain/types.js';
import type { ClaimCategory, ClaimUnit, Scope, Strength } from '../../shared/domain/vocabulary.js';

/** The fields a case checks (those given). */
export interface Expected {
  readonly category?: ClaimCategory;
  readonly measurable?: boolean;
  readonly value?: number | null;
  readonly valueMax?: number | null;
  readonly unit?: ClaimUnit | null;
  readonly strength?: Strength;
  readonly scope?: Scope;
  readonly share?: number | null;
}

/** A passage and what extraction must make of it (null: no claim). */
export interface SectorCase {
  readonly sector: string;
  readonly text: string;
  readonly role?: PassageRole;
  readonly leadIn?: string;
  readonly context?: string;
  readonly expect: Expected | null;
}

const hours = { category: 'availability-hours', measurable: true, value: null, unit: null, strength: 'firm' } as const;

/** Promises, with their fields. */
export const SECTOR_PROMISES: readonly SectorCase[] = [
  { sector: 'bank', text: 'We aim to answer 80% of calls within 3 minutes.', expect: { category: 'phone-answer', value: 3, unit: 'minutes', strength: 'aim', scope: 'share', share: 80 } },
  { sector: 'bank', text: "If you're not happy with our service, we'll acknowledge your complaint within 2 working days.", expect: { category: 'complaint-response', value: 2, unit: 'working-days', strength: 'firm', scope: 'unspecified' } },
  { sector: 'bank', text: "We'll send you our final response within 8 weeks.", context: 'Making a complaint', expect: { category: 'complaint-resolution', value: 8, unit: 'weeks', strength: 'firm' } },
  { sector: 'bank', text: 'Our branches are open Monday to Friday 9.30am to 4.30pm and Saturday 9am to 12pm.', expect: { ...hours, scope: 'unspecified' } },
  { sector: 'bank', text: "Faster Payments usually reach the recipient's account within 2 hours.", expect: { measurable: true, value: 2, unit: 'hours', strength: 'aim' } },
  { sector: 'bank', text: 'We will never ask you for your full PIN.', expect: { measurable: false, strength: 'firm', scope: 'all' } },
  { sector: 'telecoms', text: "If an engineer misses an appointment, we'll credit your account with £30.", expect: { category: 'other', value: 30, unit: 'currency', strength: 'guarantee' } },
  { sector: 'telecoms', text: 'Our engineers will arrive within the 4-hour slot you choose.', expect: { category: 'appointment', value: 4, unit: 'hours', strength: 'firm' } },
  { sector: 'telecoms', text: 'Our UK-based team is available 8am to 8pm, seven days a week.', expect: { ...hours, scope: 'unspecified' } },
  { sector: 'telecoms', text: 'You can cancel within 14 days of your service starting without paying a penny.', expect: { category: 'returns-window', value: 14, unit: 'days', strength: 'firm' } },
  { sector: 'water', text: "We'll reply to written complaints within 10 working days.", expect: { category: 'complaint-response', value: 10, unit: 'working-days', strength: 'firm' } },
  { sector: 'water', text: "We will give you at least 48 hours' notice of any planned interruption to your supply.", expect: { value: 48, unit: 'hours', strength: 'firm', scope: 'all' } },
  { sector: 'water', text: 'Our emergency line is open 24 hours a day, 365 days a year.', expect: { category: 'availability-hours', value: 24, unit: 'hours', scope: 'all', strength: 'firm' } },
  { sector: 'hospital', text: 'You should be seen within 4 hours of arriving at A&E.', expect: { category: 'visit-wait', value: 4, unit: 'hours', strength: 'aim', scope: 'unspecified' } },
  { sector: 'hospital', text: 'We aim to see 95% of patients within 4 hours.', context: 'Emergency department', expect: { category: 'visit-wait', value: 4, unit: 'hours', strength: 'aim', scope: 'share', share: 95 } },
  { sector: 'hospital', text: 'Outpatient appointments will be booked within 18 weeks of your referral.', expect: { category: 'appointment', value: 18, unit: 'weeks', strength: 'firm' } },
  { sector: 'hospital', text: 'Visiting hours are 2pm to 8pm every day.', expect: { category: 'availability-hours', measurable: true, value: null } },
  { sector: 'hospital', text: 'Our staff will always introduce themselves and explain what is happening.', expect: { category: 'staff-conduct', measurable: false, strength: 'firm', scope: 'all' } },
  { sector: 'council', text: 'Missed bins reported by 5pm will be collected within 2 working days.', expect: { value: 2, unit: 'working-days', strength: 'firm' } },
  { sector: 'council', text: 'We aim to process housing benefit claims within 14 days.', expect: { category: 'other', value: 14, unit: 'days', strength: 'aim' } },
  { sector: 'council', text: 'Our contact centre is open Monday to Thursday 8.45am to 5.15pm and Friday 8.45am to 4.45pm.', expect: hours },
  { sector: 'council', text: 'Planning applications are decided within 8 weeks.', expect: { value: 8, unit: 'weeks', strength: 'firm' } },
  { sector: 'retail', text: 'Order before 8pm for next-day delivery.', expect: { category: 'delivery-time', value: 1, unit: 'days', strength: 'firm' } },
  { sector: 'retail', text: 'Standard delivery takes 3-5 working days.', expect: { category: 'delivery-time', value: 3, valueMax: 5, unit: 'working-days', strength: 'firm' } },
  { sector: 'retail', text: 'We offer a 30-day money-back guarantee on all our products.', expect: { category: 'satisfaction-guarantee', value: 30, unit: 'days', strength: 'guarantee', scope: 'all' } },
  { sector: 'retail', text: 'Click and collect orders are usually ready within 2 hours.', expect: { category: 'delivery-time', value: 2, unit: 'hours', strength: 'aim' } },
  { sector: 'retail', text: 'Our customer service team is available Monday to Saturday, 8am to 6pm.', expect: hours },
  { sector: 'airline', text: 'We will refund your ticket within 7 days if we cancel your flight.', expect: { category: 'refund-time', value: 7, unit: 'days', strength: 'firm' } },
  { sector: 'airline', text: 'We aim to deliver delayed baggage to you within 24 hours of it arriving.', expect: { category: 'delivery-time', value: 24, unit: 'hours', strength: 'aim' } },
  { sector: 'airline', text: 'Our customer relations team will respond to your claim within 28 days.', expect: { category: 'enquiry-response', value: 28, unit: 'days', strength: 'firm' } },
  { sector: 'insurer', text: "We'll settle most claims within 10 working days of receiving all the information we need.", expect: { value: 10, unit: 'working-days', strength: 'aim', scope: 'unspecified' } },
  { sector: 'insurer', text: 'Our claims line is open 24/7.', expect: { category: 'availability-hours', value: 24, unit: 'hours', scope: 'all' } },
  { sector: 'courier', text: 'Parcels sent before 5pm are delivered the next working day.', expect: { category: 'delivery-time', value: 1, unit: 'working-days', strength: 'firm' } },
  { sector: 'courier', text: "We'll text you a one-hour delivery window on the morning of delivery.", expect: { category: 'delivery-time', value: 1, unit: 'hours', strength: 'firm' } },
  { sector: 'support', text: 'Answered within 20 seconds', role: 'table-cell', context: 'Answering your call | Our standard', expect: { category: 'phone-answer', value: 20, unit: 'seconds' } },
  { sector: 'council', text: 'Within 5 working days', role: 'table-cell', context: 'Replying to letters | Target', expect: { category: 'letter-response', value: 5, unit: 'working-days' } },
  { sector: 'retail', text: 'Refunds are normally processed within 5 working days.', role: 'faq-answer', context: 'How long will my refund take?', expect: { category: 'refund-time', value: 5, unit: 'working-days', strength: 'aim' } },
  { sector: 'telecoms', text: 'answer your call within 30 seconds', role: 'list-item', leadIn: 'When you call us, we will:', expect: { category: 'phone-answer', value: 30, unit: 'seconds', strength: 'firm' } },
  { sector: 'bank', text: 'reply to your email within one working day where possible', role: 'list-item', leadIn: 'We promise to:', expect: { category: 'email-response', value: 1, unit: 'working-days', strength: 'aim' } },
  { sector: 'housing', text: 'keep you updated on the progress of your repair', role: 'list-item', leadIn: 'Our promises to you:', expect: { strength: 'guarantee', measurable: false } },
  { sector: 'council', text: 'We will reply within ten working days.', expect: { value: 10, unit: 'working-days', strength: 'firm' } },
  { sector: 'retail', text: 'Refunds are processed within three to five working days.', expect: { category: 'refund-time', value: 3, valueMax: 5, unit: 'working-days' } },
  { sector: 'utility', text: "We'll call you back within the hour.", expect: { category: 'callback', value: 1, unit: 'hours', strength: 'firm' } },
  { sector: 'retail', text: 'We offer same day dispatch on orders placed before 1pm.', expect: { category: 'delivery-time', value: 0, unit: 'days', strength: 'firm' } },
  { sector: 'telecoms', text: 'We resolve 90% of queries at the first point of contact.', expect: { category: 'first-contact-resolution', value: 90, unit: 'percent', scope: 'share', share: 90 } },
  { sector: 'bank', text: 'Our helpline is available 24 hours a day, 7 days a week.', expect: { category: 'availability-hours', value: 24, unit: 'hours', scope: 'all' } },
  { sector: 'clinic', text: 'Opening hours: Mon-Fri 9:00 a.m. to 5:30 p.m.', expect: hours },
  { sector: 'retail', text: 'Delivery is free on orders over £40.', expect: { category: 'price', value: 40, unit: 'currency', strength: 'firm' } },
  { sector: 'trades', text: 'There are no hidden charges and no call-out fee.', expect: { category: 'price', value: 0, unit: 'currency' } },
  { sector: 'housing', text: 'We will carry out emergency repairs within 24 hours.', expect: { value: 24, unit: 'hours', strength: 'firm' } },
  { sector: 'housing', text: 'Our repairs team will always show ID and treat your home with respect.', expect: { category: 'staff-conduct', strength: 'firm', scope: 'all', measurable: false } },
  { sector: 'bank', text: 'We put our customers at the heart of everything we do.', expect: { category: 'values', strength: 'vague', scope: 'all', measurable: false } },
  { sector: 'hotel', text: 'If you find a lower price elsewhere, we will match it.', expect: { category: 'price', strength: 'firm' } },
  { sector: 'courier', text: 'Lost parcels are refunded in full within 5 working days of the claim being approved.', expect: { category: 'refund-time', value: 5, unit: 'working-days' } },
];

/** Sentences that must not be reported as promises. */
export const SECTOR_NON_PROMISES: readonly SectorCase[] = [
  { sector: 'bank', text: 'Last year we answered 92% of calls within 5 minutes.', expect: null },
  { sector: 'bank', text: 'Please have your card and PIN ready when you call.', expect: null },
  { sector: 'bank', text: 'Your card issuer may take up to 5 working days to show the refund.', expect: null },
  { sector: 'bank', text: 'Calls may be recorded for training and monitoring purposes.', expect: null },
  { sector: 'telecoms', text: 'Broadband speeds can vary depending on where you live.', expect: null },
  { sector: 'telecoms', text: 'New customers get 50% off for the first six months.', expect: null },
  { sector: 'water', text: 'Water pressure may be low while we carry out repairs.', expect: null },
  { sector: 'hospital', text: 'Please do not visit if you have symptoms of flu.', expect: null },
  { sector: 'hospital', text: 'In 2022/23 we treated over 120,000 patients.', expect: null },
  { sector: 'retail', text: 'Join our loyalty scheme today and earn double points!', expect: null },
  { sector: 'retail', text: 'Items must be returned unused and in their original packaging.', expect: null },
  { sector: 'airline', text: 'If your flight is delayed by more than 3 hours, you may be entitled to compensation.', expect: null },
  { sector: 'airline', text: 'Check-in closes 45 minutes before departure.', expect: null },
  { sector: 'insurer', text: 'Your premium may increase if you make a claim.', expect: null },
  { sector: 'courier', text: 'Our drivers cover over 2 million miles a year.', expect: null },
  { sector: 'council', text: 'How do I make a complaint?', expect: null },
  { sector: 'council', text: 'You must tell us within 30 days if your circumstances change.', expect: null },
  { sector: 'trades', text: 'We have been serving the community since 1985.', expect: null },
  { sector: 'retail', text: 'This is a target rather than a guarantee.', expect: null },
  { sector: 'utility', text: 'Our staff receive regular training to help them do their jobs well.', expect: null },
  { sector: 'charity', text: 'We are proud to support local charities.', expect: null },
  { sector: 'retail', text: 'We may contact you to ask for feedback about our service.', expect: null },
  { sector: 'courier', text: 'Royal Mail delivered 95% of first class mail on time last year.', expect: null },
  { sector: 'energy', text: 'Your energy supplier must give you 30 days notice of any price change.', expect: null },
  { sector: 'bank', text: 'Interest rates are subject to change.', expect: null },
  { sector: 'retail', text: 'Sign up to our newsletter for 10% off your first order.', expect: null },
  { sector: 'airline', text: 'We flew 4.2 million passengers in 2023.', expect: null },
  { sector: 'telecoms', text: 'We were named best broadband provider in 2024.', expect: null },
  { sector: 'insurer', text: 'Call us on 0800 000 0000 to make a claim.', expect: null },
  { sector: 'hospital', text: 'Our hospital opened in 1962 and has 600 beds.', expect: null },
  { sector: 'energy', text: 'Estimated bills are a guide only and not a guarantee of the amount you will pay.', expect: null },
  { sector: 'council', text: 'We are recruiting for refuse collectors, apply now.', expect: null },
];
