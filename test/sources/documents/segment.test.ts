import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/sources/documents/blocks.js';
import { blocksToPassages } from '../../../shared/sources/documents/segment.js';
import { boundLength, MAX_PASSAGE_CHARS } from '../../../shared/sources/documents/segment-bound.js';
import { splitSentences } from '../../../shared/sources/documents/segment-sentences.js';

const at = (path: string) => ({ page: null, path, line: null });
const block = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, location: at('p'), ...extra });

describe('splitSentences', () => {
  const cases: [string, string[]][] = [
    ['We aim to reply within 5 days. We will call you back.', ['We aim to reply within 5 days.', 'We will call you back.']],
    ['Lines are open Monday to Friday 9:00 a.m. to 5:30 p.m. and Saturday 9 a.m. to noon.', ['Lines are open Monday to Friday 9:00 a.m. to 5:30 p.m. and Saturday 9 a.m. to noon.']],
    ['Open from 9 a.m. Monday to Friday. Closed on Sundays.', ['Open from 9 a.m. Monday to Friday.', 'Closed on Sundays.']],
    ['We close at 5:30 p.m. Please call before then.', ['We close at 5:30 p.m.', 'Please call before then.']],
    ['Bring ID, e.g. a passport or driving licence. We check it at the door.', ['Bring ID, e.g. a passport or driving licence.', 'We check it at the door.']],
    ['Use one channel, i.e. Email or phone, not both.', ['Use one channel, i.e. Email or phone, not both.']],
    ['We repair boilers, radiators, pumps etc. We do not fit kitchens.', ['We repair boilers, radiators, pumps etc.', 'We do not fit kitchens.']],
    ['We stock pumps, valves etc. and fit them the same day.', ['We stock pumps, valves etc. and fit them the same day.']],
    ['Call our office at No. 4 High Street. We open at 9.30 daily.', ['Call our office at No. 4 High Street.', 'We open at 9.30 daily.']],
    ['You can accept it or say no. If you do, nothing is owed.', ['You can accept it or say no.', 'If you do, nothing is owed.']],
    ['Delivery costs £4.50 per order. Returns are free.', ['Delivery costs £4.50 per order.', 'Returns are free.']],
    ['Contact J. R. Smith, our complaints manager, for help.', ['Contact J. R. Smith, our complaints manager, for help.']],
    ['Visit www.example.co.uk or email help@example.co.uk. We reply in 2 days.', ['Visit www.example.co.uk or email help@example.co.uk.', 'We reply in 2 days.']],
    ['Is it right for you? Read our guide!', ['Is it right for you?', 'Read our guide!']],
    ['He said "we will call." Then he did.', ['He said "we will call."', 'Then he did.']],
    ['Prices rose 2.5% in 2024. We kept ours fixed.', ['Prices rose 2.5% in 2024.', 'We kept ours fixed.']],
    ['Thamesgate Ltd · VAT reg. GB 123 4567 89', ['Thamesgate Ltd · VAT reg. GB 123 4567 89']],
    ['2. Fixed prices for blockages', ['2. Fixed prices for blockages']],
    ['', []],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });
});

describe('boundLength', () => {
  it('keeps short text whole', () => {
    expect(boundLength('We reply within 5 days.')).toEqual(['We reply within 5 days.']);
  });

  it('cuts a run-on text at punctuation or spaces, never beyond the limit, losing no words', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}${i % 37 === 0 ? ',' : ''}`);
    const text = words.join(' ');
    const pieces = boundLength(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    expect(pieces.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it('cuts a text with no spaces at all at the limit', () => {
    const pieces = boundLength('x'.repeat(2500));
    expect(pieces.map((p) => p.length)).toEqual([1000, 1000, 500]);
  });
});

describe('blocksToPassages', () => {
  it('splits paragraphs into sentences and collapses whitespace and control characters', () => {
    const out = blocksToPassages([block('paragraph', '  We aim\n to reply\u0000 within  5 days.   We will call you back. ')]);
    expect(out.map((p) => [p.text, p.role])).toEqual([
      ['We aim to reply within 5 days.', 'sentence'],
      ['We will call you back.', 'sentence'],
    ]);
    expect(out.every((p) => p.boilerplate === false && p.location.path === 'p')).toBe(true);
  });

  it('keeps a list item whole, several sentences and all', () => {
    const out = blocksToPassages([block('list-item', 'We aim to respond within 7 days. If not, we will explain why.')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.role).toBe('list-item');
  });

  const leadIns: [string, Block[], (string | null)[]][] = [
    [
      'a paragraph ending with ":" leads the list items after it',
      [block('paragraph', 'We keep it simple. When you ring us, we aim to:'), block('list-item', 'answer within 30 seconds'), block('list-item', 'call you back the same day')],
      [null, null, 'When you ring us, we aim to:', 'When you ring us, we aim to:'],
    ],
    [
      'a heading ending with ":" leads too',
      [block('heading', 'We promise to:', { level: 2 }), block('list-item', 'keep every appointment')],
      [null, 'We promise to:'],
    ],
    [
      'a paragraph not ending with ":" leads nothing',
      [block('paragraph', 'Here are our standards.'), block('list-item', 'answer within 30 seconds')],
      [null, null],
    ],
    [
      'other text in between ends the lead-in',
      [block('paragraph', 'We will:'), block('list-item', 'reply in 5 days'), block('paragraph', 'Please note.'), block('list-item', 'an unrelated item')],
      [null, 'We will:', null, null],
    ],
    [
      "a reader's own lead-in wins",
      [block('paragraph', 'We will:'), block('list-item', 'nested item', { leadIn: 'Parent item:' })],
      [null, 'Parent item:'],
    ],
  ];
  it.each(leadIns)('%s', (_name, blocks, expected) => {
    expect(blocksToPassages(blocks).map((p) => p.leadIn)).toEqual(expected);
  });

  it('gives a table cell its headers and the section it sits in', () => {
    const out = blocksToPassages([
      block('heading', 'What we guarantee', { level: 2 }),
      block('table-cell', 'Within 5 working days', { context: 'Replying to complaints | Our standard' }),
      block('table-cell', 'No headers here'),
    ]);
    expect(out.slice(1).map((p) => [p.role, p.context])).toEqual([
      ['table-cell', 'Replying to complaints | Our standard — What we guarantee'],
      ['table-cell', 'What we guarantee'],
    ]);
  });

  it('gives FAQ answers their question, from the block or from a question heading before them', () => {
    const out = blocksToPassages([
      block('faq-question', 'How long does delivery take?', { level: 3 }),
      block('paragraph', 'Usually 3 days. Sometimes 4.'),
      block('faq-answer', 'Within 14 days.', { context: 'When will I get my refund?' }),
      block('heading', 'Contact us', { level: 2 }),
      block('paragraph', 'Lines open 9am to 5pm.'),
    ]);
    expect(out.map((p) => [p.text, p.role, p.context])).toEqual([
      ['How long does delivery take?', 'heading', null],
      ['Usually 3 days.', 'faq-answer', 'How long does delivery take?'],
      ['Sometimes 4.', 'faq-answer', 'How long does delivery take?'],
      ['Within 14 days.', 'faq-answer', 'When will I get my refund?'],
      ['Contact us', 'heading', null],
      ['Lines open 9am to 5pm.', 'sentence', 'Contact us'],
    ]);
  });

  it('gives sentences the nearest heading, popping deeper headings when a shallower one comes', () => {
    const out = blocksToPassages([
      block('heading', 'Contacting us', { level: 2 }),
      block('heading', 'By phone', { level: 3 }),
      block('paragraph', 'We answer in 30 seconds.'),
      block('heading', 'Complaints', { level: 2 }),
      block('paragraph', 'We reply in 5 days.'),
    ]);
    expect(out.filter((p) => p.role === 'sentence').map((p) => p.context)).toEqual(['By phone', 'Complaints']);
  });

  it('bounds every passage, including a 10 MB paragraph', () => {
    const out = blocksToPassages([block('paragraph', 'a '.repeat(5_000_000))]);
    expect(out.length).toBeGreaterThan(1000);
    expect(out.every((p) => p.text.length <= MAX_PASSAGE_CHARS)).toBe(true);
  });

  it('skips empty blocks', () => {
    expect(blocksToPassages([block('paragraph', ' \n\t '), block('list-item', '')])).toEqual([]);
  });
});
