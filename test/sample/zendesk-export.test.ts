/**
 * The sample's Zendesk export looks like Zendesk's own (its column names, CRLF, quoting) and tells
 * the same "at risk" story about email replies as the canonical log, however its times are read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DIR } from '../../sample/src/build-practice.js';
import { ZENDESK_COLUMNS, ZENDESK_PLAN, ZENDESK_REPLIED_IN_TIME, ZENDESK_SCHEDULE, ZENDESK_TICKETS } from '../../sample/src/zendesk-export.js';
import { businessMinutesBetween, dayStart, hours } from '../../sample/src/uk-calendar.js';
import { plannedVerdict, wilson } from './verdict-math.js';

type Ticket = Record<(typeof ZENDESK_COLUMNS)[number], string>;

/** A Zendesk local timestamp as naive local milliseconds. */
function localMs(stamp: string): number {
  const ms = Date.parse(`${stamp.replace(' ', 'T')}Z`);
  if (Number.isNaN(ms)) throw new Error(`bad Zendesk time: ${stamp}`);
  return ms;
}

/** The app's default working week: Monday to Friday, 9am to 5pm, with the summer bank holiday. */
const APP_WORKING_WEEK = hours({ 1: ['09:00', '17:00'], 2: ['09:00', '17:00'], 3: ['09:00', '17:00'], 4: ['09:00', '17:00'], 5: ['09:00', '17:00'] });

/** Ways an importer might turn a ticket into "working days to first reply". */
const READINGS: readonly (readonly [string, (t: Ticket) => number])[] = [
  ['business minutes / 10-hour day', (t) => Number(t['First reply time in minutes within business hours']) / 600],
  ['business minutes / 8-hour day', (t) => Number(t['First reply time in minutes within business hours']) / 480],
  ['calendar minutes / 24 hours', (t) => Number(t['First reply time in minutes']) / 1440],
  [
    'working time (9 to 5) from Created at',
    (t) => {
      const created = localMs(t['Created at']);
      const reply = created + Number(t['First reply time in minutes']) * 60_000;
      return businessMinutesBetween(created, reply, APP_WORKING_WEEK) / 480;
    },
  ],
];

describe('sample Zendesk export', () => {
  let text: string;
  let tickets: Ticket[];

  beforeAll(async () => {
    text = await readFile(path.join(SAMPLE_DIR, 'practice/zendesk-export.csv'), 'utf8');
    tickets = parse(text, { columns: true }) as Ticket[];
  });

  it("uses Zendesk's column names and CRLF line endings", () => {
    expect(text.slice(0, text.indexOf('\r\n'))).toBe(ZENDESK_COLUMNS.join(','));
    expect(text.split('\r\n').length - 2).toBe(ZENDESK_TICKETS);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('has about 200 tickets with increasing ids, all created in the quarter', () => {
    expect(tickets).toHaveLength(ZENDESK_TICKETS);
    const ids = tickets.map((t) => Number(t.Id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of tickets) {
      const created = localMs(t['Created at']);
      expect(created >= dayStart('2026-07-01') && created < dayStart('2026-10-01'), t.Id).toBe(true);
    }
  });

  it('keeps its own times consistent', () => {
    const problems: string[] = [];
    for (const t of tickets) {
      const created = localMs(t['Created at']);
      const reply = Number(t['First reply time in minutes']);
      const business = Number(t['First reply time in minutes within business hours']);
      if (!(business <= reply)) problems.push(`${t.Id}: business minutes exceed calendar minutes`);
      const solved = t['Solved at'];
      const isSolved = t.Status === 'Solved' || t.Status === 'Closed';
      if (isSolved !== (solved !== '')) problems.push(`${t.Id}: status ${t.Status} with Solved at "${solved}"`);
      if (solved !== '') {
        const full = Number(t['Full resolution time in minutes']);
        if (Math.abs(localMs(solved) - created - full * 60_000) > 60_000) problems.push(`${t.Id}: full resolution time`);
        if (full < reply) problems.push(`${t.Id}: solved before the first reply`);
      }
      const recomputed = businessMinutesBetween(created, created + reply * 60_000, ZENDESK_SCHEDULE);
      if (Math.abs(recomputed - business) > 1) problems.push(`${t.Id}: business minutes ${business}, schedule says ${recomputed}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(READINGS)('counts 154 of 200 first replies within two working days, read as %s', (_, workingDays) => {
    const met = tickets.filter((t) => workingDays(t) <= 2).length;
    expect(met).toBe(ZENDESK_REPLIED_IN_TIME);
    expect(plannedVerdict(met, tickets.length, 0.8, 20)).toBe('at-risk');
  });

  it.each(ZENDESK_PLAN)('keeps the split per channel: $repliedInTime of $tickets via $via, still at risk', ({ via, tickets: count, repliedInTime }) => {
    const group = tickets.filter((t) => t.Via === via);
    expect(group).toHaveLength(count);
    const met = group.filter((t) => Number(t['First reply time in minutes within business hours']) / 480 <= 2).length;
    expect(met).toBe(repliedInTime);
    expect(plannedVerdict(met, count, 0.8, 20)).toBe('at-risk');
  });

  it('stays at risk when its mail tickets are pooled with the canonical email log (30 of 40)', () => {
    const mail = ZENDESK_PLAN.find((p) => p.via === 'Mail');
    if (!mail) throw new Error('no Mail channel planned');
    const met = mail.repliedInTime + 30;
    const n = mail.tickets + 40;
    expect(plannedVerdict(met, n, 0.8, 20)).toBe('at-risk');
    expect(wilson(met, n)[1]).toBeGreaterThan(0.8);
  });

  it('has too few solved complaint tickets to judge the complaint promises', () => {
    const complaints = tickets.filter((t) => /complaint/i.test(`${t.Tags} ${t['Ticket type']}`) && t['Solved at'] !== '');
    expect(complaints.length).toBeGreaterThan(0);
    expect(complaints.length).toBeLessThan(20);
  });
});
