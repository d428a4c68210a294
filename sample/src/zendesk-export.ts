/**
 * A Zendesk Support ticket export (the legacy "export view as CSV" columns) for the sample
 * company's email and web-form queue: what a compliance lead would actually be handed instead of a
 * tidy canonical log. First replies are planned so that 154 of 200 tickets (77%) are answered
 * within two working days under any sensible reading of the times (business minutes, calendar
 * minutes, or working time between "Created at" and the reply): the same "at risk" picture as
 * practice/emails.csv. The split holds per channel too (92 of 120 by mail, 62 of 80 by web form),
 * because importers file mail tickets under email-response and the rest under enquiry-response.
 */
import { csvLine } from './practice-csv.js';
import { pick, pickWeighted, randomInt, seededRandom, shuffle, type Random } from './prng.js';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  dateOf,
  dayStart,
  hours,
  isBankHoliday,
  isoWeekday,
  zendeskLocal,
  type LocalMs,
} from './uk-calendar.js';

/** Zendesk's column names, in its export order. */
export const ZENDESK_COLUMNS = [
  'Id',
  'Requester',
  'Requester id',
  'Requester external id',
  'Requester email',
  'Requester domain',
  'Submitter',
  'Assignee',
  'Group',
  'Subject',
  'Tags',
  'Status',
  'Priority',
  'Via',
  'Ticket type',
  'Created at',
  'Updated at',
  'Assigned at',
  'Organization',
  'Due date',
  'Initially assigned at',
  'Solved at',
  'Resolution time',
  'Satisfaction Score',
  'Group stations',
  'Assignee stations',
  'Reopens',
  'Replies',
  'First reply time in minutes',
  'First reply time in minutes within business hours',
  'First resolution time in minutes',
  'First resolution time in minutes within business hours',
  'Full resolution time in minutes',
  'Full resolution time in minutes within business hours',
  'Agent wait time in minutes',
  'Agent wait time in minutes within business hours',
  'Requester wait time in minutes',
  'Requester wait time in minutes within business hours',
  'On hold time in minutes',
  'On hold time in minutes within business hours',
  'Job type [list]',
] as const;

/** Tickets per channel ("Via"), and how many of them got a first reply within two working days. */
export const ZENDESK_PLAN = [
  { via: 'Mail', tickets: 120, repliedInTime: 92 },
  { via: 'Web form', tickets: 80, repliedInTime: 62 },
] as const;

/** Tickets in the export, and how many got a first reply within two working days. */
export const ZENDESK_TICKETS = ZENDESK_PLAN.reduce((sum, p) => sum + p.tickets, 0);
export const ZENDESK_REPLIED_IN_TIME = ZENDESK_PLAN.reduce((sum, p) => sum + p.repliedInTime, 0);

/** The support team's Zendesk schedule: Monday to Friday, 8am to 6pm. */
export const ZENDESK_SCHEDULE = hours({ 1: ['08:00', '18:00'], 2: ['08:00', '18:00'], 3: ['08:00', '18:00'], 4: ['08:00', '18:00'], 5: ['08:00', '18:00'] });

/** When the export was taken; every event in it happened before this. */
const EXPORTED_AT = dayStart('2026-10-01') + 8 * 3_600_000;
const MINUTE = 60_000;

const FIRST_NAMES = ['Sarah', 'James', 'Aisha', 'Mark', 'Joanne', 'Liam', 'Hannah', 'Wojciech', 'Grace', 'Paul', 'Fatima', 'Neil', 'Claire', 'Oliver', 'Beverley', 'Raj', 'Megan', 'Stuart', 'Karen', 'Tom'];
const LAST_NAMES = ['Wilson', 'Clarke', 'Begum', 'Robinson', 'Dawson', 'Fletcher', 'Kaur', 'Nowicki', 'Hughes', 'Marshall', 'Ali', 'Thompson', 'Lister', 'Green', 'Hardy', 'Patel', 'Sykes', 'Walker', 'Morris', 'Baxter'];
const DOMAINS = ['example.com', 'example.net', 'example.org'];
const AGENTS = ['Amira Shah', 'Dan Kowalski', 'Ellie Turner', 'Josh Pearson', 'Callum Reid'];

/** Subject, tags and job type of the kinds of ticket the queue gets. */
const TOPICS: readonly (readonly [string, string, string])[] = [
  ['Boiler losing pressure', 'boiler repair_request', 'Boiler'],
  ['Rebook engineer visit', 'appointment rebook', 'Boiler'],
  ['Which door seal fits my washing machine?', 'parts_query washing_machine', 'Parts order'],
  ['Wrong part delivered', 'parts_order wrong_item', 'Parts order'],
  ['Order not arrived', 'parts_order delivery', 'Parts order'],
  ['Request copy of invoice', 'invoice billing', 'Plumbing'],
  ['Quote for new radiator, hallway', 'quote heating', 'Boiler'],
  ['Dishwasher not draining', 'appliance repair_request', 'Appliance'],
  ['Oven fan noisy after repair', 'appliance follow_up', 'Appliance'],
  ['Gas safety certificate for tenant', 'landlord gas_safety', 'Boiler'],
  ['Return unused pump', 'returns parts_order', 'Parts order'],
  ['Leaking kitchen tap, "urgent"', 'plumbing repair_request', 'Plumbing'],
  ['Annual boiler service booking', 'boiler service', 'Boiler'],
  ['Refund not received', 'returns refund', 'Parts order'],
  ['Engineer left mess in hallway', 'complaint visit', 'Plumbing'],
];

interface Ticket {
  readonly via: string;
  readonly created: LocalMs;
  readonly firstReply: LocalMs;
}

function isOpenWeekday(ms: LocalMs): boolean {
  const date = dateOf(ms);
  return isoWeekday(ms) <= 5 && !isBankHoliday(date);
}

/** A weekday moment between 08:00 and 16:00 in July to mid-September. */
function officeMoment(random: Random): LocalMs {
  for (let guard = 0; guard < 1000; guard++) {
    const day = dayStart('2026-07-01') + randomInt(random, 0, 79) * 86_400_000;
    if (isOpenWeekday(day)) return day + randomInt(random, 8 * 60, 16 * 60 - 1) * MINUTE + randomInt(random, 0, 59) * 1000;
  }
  throw new Error('no weekday found in the quarter');
}

/** Any moment in July to mid-September (web forms and emails arrive at night and at weekends). */
function anyMoment(random: Random): LocalMs {
  return dayStart('2026-07-01') + randomInt(random, 0, 79) * 86_400_000 + randomInt(random, 0, 24 * 60 * 60 - 1) * 1000;
}

/** Answered the same working day, within seven hours and before the office closes. */
function quickTicket(random: Random, via: string): Ticket {
  const created = officeMoment(random);
  const closing = dayStart(dateOf(created)) + 18 * 60 * MINUTE;
  const latest = Math.min(420, Math.floor((closing - created) / MINUTE) - 5);
  return { via, created, firstReply: created + randomInt(random, 6, Math.max(6, latest)) * MINUTE };
}

/** Answered more than three working days later. */
function slowTicket(random: Random, via: string): Ticket {
  const created = anyMoment(random);
  const waited = randomInt(random, 31 * 60, 58 * 60);
  return { via, created, firstReply: addBusinessMinutes(created, waited, ZENDESK_SCHEDULE) + randomInt(random, 0, 59) * 1000 };
}

function minutesBetween(from: LocalMs, to: LocalMs): number {
  return Math.round((to - from) / MINUTE);
}

function ticketRow(random: Random, id: number, ticket: Ticket): string[] {
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, LAST_NAMES);
  const domain = pick(random, DOMAINS);
  const [subject, tags, jobType] = pick(random, TOPICS);
  const agent = pick(random, AGENTS);
  const parts = jobType === 'Parts order';
  const assigned = ticket.created + Math.min(randomInt(random, 1, 25) * MINUTE, ticket.firstReply - ticket.created);
  const state = pickWeighted(random, [['solved', 88], ['pending', 8], ['open', 4]] as const);
  const reopened = state === 'solved' && random() < 0.06;
  const solved =
    state === 'solved'
      ? Math.min(
          addBusinessMinutes(ticket.firstReply, randomInt(random, 20, 1800), ZENDESK_SCHEDULE),
          EXPORTED_AT - 3_600_000,
        )
      : null;
  const firstSolved = solved && reopened ? ticket.firstReply + Math.floor((solved - ticket.firstReply) / 2) : solved;
  const closed = solved !== null && solved + 4 * 86_400_000 < EXPORTED_AT;
  const updated = solved !== null ? (closed ? solved + 4 * 86_400_000 : solved) : ticket.firstReply + randomInt(random, 5, 600) * MINUTE;
  const business = (from: LocalMs, to: LocalMs | null) => (to === null ? '' : String(businessMinutesBetween(from, to, ZENDESK_SCHEDULE)));
  const calendar = (from: LocalMs, to: LocalMs | null) => (to === null ? '' : String(minutesBetween(from, to)));
  const requesterWaitEnd = solved ?? ticket.firstReply;
  const onHold = random() < 0.05 ? randomInt(random, 30, 900) : 0;
  const score =
    solved === null ? 'Not Offered' : pickWeighted(random, [['Good', 45], ['Bad', 6], ['Offered', 30], ['Not Offered', 19]] as const);
  return [
    String(id),
    `${first} ${last}`,
    String(361_200_000 + randomInt(random, 0, 899_999)),
    '',
    `${first.toLowerCase()}.${last.toLowerCase()}@${domain}`,
    domain,
    `${first} ${last}`,
    agent,
    parts ? 'Parts Shop' : 'Customer Service',
    subject,
    tags,
    solved === null ? (state === 'pending' ? 'Pending' : 'Open') : closed ? 'Closed' : 'Solved',
    pickWeighted(random, [['Low', 10], ['Normal', 70], ['High', 15], ['Urgent', 5]] as const),
    ticket.via,
    pickWeighted(random, [['Question', 45], ['Incident', 35], ['Problem', 8], ['Task', 7], ['', 5]] as const),
    zendeskLocal(ticket.created),
    zendeskLocal(updated),
    zendeskLocal(assigned),
    tags.startsWith('landlord') ? 'Humber Lettings Ltd' : '',
    '',
    zendeskLocal(assigned),
    solved === null ? '' : zendeskLocal(solved),
    solved === null ? '' : String(Math.round((solved - ticket.created) / 3_600_000)),
    score,
    String(parts && random() < 0.3 ? 2 : 1),
    String(random() < 0.2 ? 2 : 1),
    String(reopened ? 1 : 0),
    String(randomInt(random, 1, reopened ? 6 : 4)),
    calendar(ticket.created, ticket.firstReply),
    business(ticket.created, ticket.firstReply),
    calendar(ticket.created, firstSolved),
    business(ticket.created, firstSolved),
    calendar(ticket.created, solved),
    business(ticket.created, solved),
    calendar(ticket.created, ticket.firstReply),
    business(ticket.created, ticket.firstReply),
    calendar(ticket.created, requesterWaitEnd),
    business(ticket.created, requesterWaitEnd),
    String(onHold),
    String(Math.min(onHold, 600)),
    jobType,
  ];
}

/** The export as Zendesk writes it (CRLF line endings). */
export function zendeskExportCsv(seed = 0x2e4d): string {
  const random = seededRandom(seed);
  const tickets: Ticket[] = [];
  for (const { via, tickets: count, repliedInTime } of ZENDESK_PLAN) {
    for (let i = 0; i < repliedInTime; i++) tickets.push(quickTicket(random, via));
    for (let i = repliedInTime; i < count; i++) tickets.push(slowTicket(random, via));
  }
  shuffle(random, tickets).sort((a, b) => a.created - b.created);
  let id = 48_211;
  const lines = [csvLine(ZENDESK_COLUMNS)];
  for (const ticket of tickets) {
    lines.push(csvLine(ticketRow(random, id, ticket)));
    id += randomInt(random, 1, 4);
  }
  return `${lines.join('\r\n')}\r\n`;
}
