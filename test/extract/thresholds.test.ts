import { describe, expect, it } from 'vitest';
import { normalise } from '../../shared/extract/cues.js';
import { findMentions, parseNumber } from '../../shared/extract/thresholds.js';

const mentions = (text: string) => findMentions(normalise(text)).map(({ kind, value, valueMax, unit, all, inBrackets }) => ({ kind, value, valueMax, unit, all, inBrackets }));

describe('parseNumber', () => {
  const cases: [string, number | null][] = [
    ['24', 24], ['1,200', 1200], ['2.5', 2.5], ['two', 2], ['ten', 10], ['twenty-four', 24], ['forty eight', 48],
    ['a', 1], ['an', 1], ['hundred', 100], ['fortnight', 14], ['several', null],
  ];
  it.each(cases)('%s = %s', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });
});

describe('findMentions', () => {
  const d = (value: number, unit: string, extra: object = {}) => ({ kind: 'duration', value, valueMax: null, unit, all: false, inBrackets: false, ...extra });
  const cases: [string, object[]][] = [
    ['within 10 working days', [d(10, 'working-days')]],
    ['within 5 business days', [d(5, 'working-days')]],
    ['3-5 working days', [d(3, 'working-days', { valueMax: 5 })]],
    ['between 2 and 4 weeks', [d(2, 'weeks', { valueMax: 4 })]],
    ['within 10 seconds (4 rings)', [d(10, 'seconds'), d(4, 'rings', { inBrackets: true })]],
    ['no call rings more than 10 times', [d(10, 'rings')]],
    ['within 4 hours during business hours', [d(4, 'business-hours')]],
    ['within 4 business hours', [d(4, 'business-hours')]],
    ['within 24 hours on business days', [d(24, 'hours')]],
    ['the next working day', [d(1, 'working-days')]],
    ['same-day dispatch', [d(0, 'days')]],
    ['within the hour', [d(1, 'hours')]],
    ['open 24/7', [d(24, 'hours', { all: true })]],
    ['a 30-day guarantee', [d(30, 'days')]],
    ['seven days a week', []],
    ['365 days a year', []],
    ['at 9am on Monday', []],
    ['Tracked 24 at checkout', []],
    ['80% of calls', [{ kind: 'percent', value: 80, valueMax: null, unit: 'percent', all: false, inBrackets: false }]],
    ['nine in ten calls', [{ kind: 'percent', value: 90, valueMax: null, unit: 'percent', all: false, inBrackets: false }]],
    ['costs £4.50 or $3', [
      { kind: 'currency', value: 4.5, valueMax: null, unit: 'currency', all: false, inBrackets: false },
      { kind: 'currency', value: 3, valueMax: null, unit: 'currency', all: false, inBrackets: false },
    ]],
    ['free of charge', [{ kind: 'free', value: 0, valueMax: null, unit: 'currency', all: false, inBrackets: false }]],
    ['you are free to leave, jargon-free', []],
    ['open until 5.30 p.m.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
