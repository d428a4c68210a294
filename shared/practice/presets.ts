/**
 * The saved mappings: the canonical CSV, Zendesk's and Freshdesk's ticket exports, a generic
 * call log and a delivery log. They are data, validated by the same schema as a hand-made
 * mapping. Column names are the ones those tools write (Zendesk: "Created at", "First reply
 * time in minutes", "... within business hours"; Freshdesk: "Created time", "Initial response
 * time", "Resolved time", "First response time (in hrs)").
 *
 * Help-desk exports give each ticket in calendar *and* in working time, so each duration is
 * kept twice (e.g. minutes and business-hours); the cross-check measures a claim against the
 * family its unit belongs to, never both.
 */
import { PresetSchema, type Preset, type PresetInput } from './mapping-schema.js';

const CANONICAL: PresetInput = {
  name: 'canonical',
  label: 'Promise Auditor CSV',
  description:
    'occurred_at, metric, value, unit, channel, team, reported_by, note: one record per row, metric a claim category, unit a claim unit or "outcome".',
  requires: ['occurred_at', 'metric', 'value', 'unit'],
  requiresAny: [],
  mapping: {
    occurredAt: 'occurred_at',
    measures: [{ metric: { column: 'metric' }, unit: { column: 'unit' }, value: { column: 'value' } }],
    channel: { column: 'channel' },
    team: { column: 'team' },
    reportedBy: { column: 'reported_by' },
    note: { column: 'note' },
  },
};

/** Tickets whose tags or type mention a complaint count as complaints; others as enquiries. */
const ZENDESK_REPLY_METRIC = {
  lookup: ['Via'],
  rules: [{ contains: ['mail'], metric: 'email-response' as const }],
  otherwise: 'enquiry-response' as const,
};
const ZENDESK_COMPLAINT = {
  lookup: ['Tags', 'Ticket type'],
  rules: [{ contains: ['complaint'], metric: 'complaint-resolution' as const }],
};

const ZENDESK: PresetInput = {
  name: 'zendesk',
  label: 'Zendesk ticket export',
  description:
    'First reply time -> email-response (tickets via mail) or enquiry-response, in minutes and in business hours. ' +
    'Full resolution time -> complaint-resolution for tickets tagged or typed "complaint". Unsolved tickets make no resolution record.',
  requires: ['Created at'],
  requiresAny: ['First reply time in minutes', 'Full resolution time in minutes', 'Solved at'],
  mapping: {
    occurredAt: 'Created at',
    measures: [
      {
        metric: ZENDESK_REPLY_METRIC,
        unit: { constant: 'minutes' },
        value: { column: 'First reply time in minutes', inputUnit: 'minutes' },
        whenEmpty: 'skip',
      },
      {
        metric: ZENDESK_REPLY_METRIC,
        unit: { constant: 'business-hours' },
        value: { column: 'First reply time in minutes within business hours', inputUnit: 'minutes' },
        whenEmpty: 'skip',
      },
      {
        metric: ZENDESK_COMPLAINT,
        unit: { constant: 'hours' },
        value: { column: 'Full resolution time in minutes', inputUnit: 'minutes' },
        whenEmpty: 'skip',
      },
      {
        metric: ZENDESK_COMPLAINT,
        unit: { constant: 'business-hours' },
        value: { column: 'Full resolution time in minutes within business hours', inputUnit: 'minutes' },
        whenEmpty: 'skip',
      },
      {
        metric: ZENDESK_COMPLAINT,
        unit: { constant: 'hours' },
        value: { start: 'Created at', end: 'Solved at' },
        whenEmpty: 'skip',
        onlyWithout: ['Full resolution time in minutes'],
      },
      {
        metric: ZENDESK_COMPLAINT,
        unit: { constant: 'working-days' },
        value: { start: 'Created at', end: 'Solved at' },
        whenEmpty: 'skip',
        onlyWithout: ['Full resolution time in minutes within business hours'],
      },
    ],
    channel: { column: 'Via' },
    team: { column: 'Group' },
    reportedBy: { column: 'Assignee' },
    note: { column: ['Id', 'ID'], prefix: 'Zendesk ticket ' },
  },
};

const FRESHDESK_REPLY_METRIC = {
  lookup: ['Source'],
  rules: [{ contains: ['email'], metric: 'email-response' as const }],
  otherwise: 'enquiry-response' as const,
};
const FRESHDESK_COMPLAINT = {
  lookup: ['Type', 'Tags'],
  rules: [{ contains: ['complaint'], metric: 'complaint-resolution' as const }],
};

const FRESHDESK: PresetInput = {
  name: 'freshdesk',
  label: 'Freshdesk ticket export',
  description:
    'Created time -> Initial response time: email-response (source Email) or enquiry-response, in hours and business hours ' +
    '(working time from the audit settings). Created time -> Resolved time: complaint-resolution for tickets typed or tagged "complaint". ' +
    'Older exports without timestamps use "First response time (in hrs)" and "Resolution time (in hrs)".',
  requires: ['Created time'],
  requiresAny: ['Initial response time', 'Resolved time', 'First response time (in hrs)', 'Resolution time (in hrs)'],
  mapping: {
    occurredAt: 'Created time',
    measures: [
      {
        metric: FRESHDESK_REPLY_METRIC,
        unit: { constant: 'hours' },
        value: { start: 'Created time', end: 'Initial response time' },
        whenEmpty: 'skip',
      },
      {
        metric: FRESHDESK_REPLY_METRIC,
        unit: { constant: 'business-hours' },
        value: { start: 'Created time', end: 'Initial response time' },
        whenEmpty: 'skip',
      },
      {
        metric: FRESHDESK_REPLY_METRIC,
        unit: { constant: 'hours' },
        value: { column: 'First response time (in hrs)', inputUnit: 'hours' },
        whenEmpty: 'skip',
        onlyWithout: ['Initial response time'],
      },
      {
        metric: FRESHDESK_COMPLAINT,
        unit: { constant: 'hours' },
        value: { start: 'Created time', end: 'Resolved time' },
        whenEmpty: 'skip',
      },
      {
        metric: FRESHDESK_COMPLAINT,
        unit: { constant: 'working-days' },
        value: { start: 'Created time', end: 'Resolved time' },
        whenEmpty: 'skip',
      },
      {
        metric: FRESHDESK_COMPLAINT,
        unit: { constant: 'hours' },
        value: { column: 'Resolution time (in hrs)', inputUnit: 'hours' },
        whenEmpty: 'skip',
        onlyWithout: ['Resolved time'],
      },
    ],
    channel: { column: 'Source' },
    team: { column: 'Group' },
    reportedBy: { column: 'Agent' },
    note: { column: 'Ticket ID', prefix: 'Freshdesk ticket ' },
  },
};

const CALL_START = ['Call start', 'Start time', 'Started', 'Call date', 'Date/Time', 'Date time', 'Timestamp', 'Date'];
const ANSWER_SECONDS = [
  'Answer time (s)',
  'Answer time seconds',
  'Answer time (seconds)',
  'Answer time',
  'Time to answer',
  'Speed of answer',
  'Wait time (s)',
  'Wait time',
  'Queue time',
  'Ring time',
  'Ring duration',
];
const RINGS = ['Rings', 'Ring count', 'Number of rings'];

const CALL_LOG: PresetInput = {
  name: 'call-log',
  label: 'Call log',
  description:
    'A telephone system export: call start and answer time in seconds (or h:mm:ss) -> phone-answer in seconds; a rings column -> phone-answer in rings. Unanswered calls (empty answer time) make no record.',
  requires: [],
  requiresAny: [...ANSWER_SECONDS, ...RINGS],
  mapping: {
    occurredAt: CALL_START,
    measures: [
      {
        metric: { constant: 'phone-answer' },
        unit: { constant: 'seconds' },
        value: { column: ANSWER_SECONDS, inputUnit: 'seconds' },
        whenEmpty: 'skip',
      },
      {
        metric: { constant: 'phone-answer' },
        unit: { constant: 'rings' },
        value: { column: RINGS },
        whenEmpty: 'skip',
      },
    ],
    channel: { constant: 'phone' },
    team: { column: ['Queue', 'Team', 'Group', 'Skill'] },
    reportedBy: { column: ['Agent', 'Answered by', 'User', 'Extension'] },
  },
};

const ORDER_START = ['Order date', 'Ordered', 'Ordered at', 'Dispatch date', 'Dispatched', 'Dispatched at', 'Ship date', 'Shipped date', 'Shipped'];
const DELIVERED = ['Delivered date', 'Delivery date', 'Delivered', 'Delivered at', 'Delivered on'];

const DELIVERY_LOG: PresetInput = {
  name: 'delivery-log',
  label: 'Delivery log',
  description:
    'Order (or dispatch) date and delivered date -> delivery-time in working days and in calendar days; a complete-and-correct column (yes/no) -> delivery-accuracy outcome. Undelivered orders make no delivery-time record.',
  requires: [],
  requiresAny: DELIVERED,
  mapping: {
    occurredAt: ORDER_START,
    measures: [
      {
        metric: { constant: 'delivery-time' },
        unit: { constant: 'working-days' },
        value: { start: ORDER_START, end: DELIVERED },
        whenEmpty: 'skip',
      },
      {
        metric: { constant: 'delivery-time' },
        unit: { constant: 'days' },
        value: { start: ORDER_START, end: DELIVERED },
        whenEmpty: 'skip',
      },
      {
        metric: { constant: 'delivery-accuracy' },
        unit: { constant: 'outcome' },
        value: { outcome: ['Complete and correct', 'Complete & correct', 'Correct', 'Accurate', 'Order correct'] },
        whenEmpty: 'skip',
      },
    ],
    channel: { column: ['Service', 'Delivery service', 'Method'] },
    team: { column: ['Courier', 'Carrier', 'Depot'] },
    note: { column: ['Order', 'Order number', 'Order ID', 'Reference'], prefix: 'order ' },
  },
};

/** Every preset, in the order they are offered. */
export const PRESETS: readonly Preset[] = [CANONICAL, ZENDESK, FRESHDESK, CALL_LOG, DELIVERY_LOG].map((p) =>
  PresetSchema.parse(p),
);

/** A preset by name, or undefined. */
export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((p) => p.name === name);
}

/** What the UI and CLI list: name, label and description of each preset. */
export function listPresets(): { name: string; label: string; description: string }[] {
  return PRESETS.map(({ name, label, description }) => ({ name, label, description }));
}
