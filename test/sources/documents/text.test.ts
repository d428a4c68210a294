import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/sources/documents/blocks.js';
import { textToBlocks } from '../../../shared/sources/documents/text-blocks.js';
import { readText } from '../../../shared/sources/documents/text.js';

const POLICY = [
  'DELIVERY POLICY',
  '',
  'We deliver to every address in the UK. Orders placed before 2pm',
  'are dispatched the same day.',
  '',
  'If your parcel is late, we will:',
  '  - refund the delivery charge within 5 working days;',
  '  - send a replacement by next-day courier, at no cost',
  '    to you.',
  '',
  'Returns',
  '=======',
  '',
  'You can return any item within 30 days.',
].join('\n');

describe('readText on a delivery policy', () => {
  const doc = readText(POLICY, 'file:///policies/delivery.txt');

  it('is a policy titled by its capitalised heading', () => {
    expect(doc).toMatchObject({ format: 'text', kind: 'policy', title: 'DELIVERY POLICY', pageCount: null, warnings: [] });
  });

  it('reads paragraphs, hard-wrapped lines and bullets with their first line', () => {
    expect(doc.passages.map((p) => [p.text, p.role, p.leadIn, p.location])).toEqual([
      ['DELIVERY POLICY', 'heading', null, { page: null, path: null, line: 1 }],
      ['We deliver to every address in the UK.', 'sentence', null, { page: null, path: null, line: 3 }],
      ['Orders placed before 2pm are dispatched the same day.', 'sentence', null, { page: null, path: null, line: 3 }],
      ['If your parcel is late, we will:', 'sentence', null, { page: null, path: null, line: 6 }],
      ['refund the delivery charge within 5 working days;', 'list-item', 'If your parcel is late, we will:', { page: null, path: null, line: 7 }],
      ['send a replacement by next-day courier, at no cost to you.', 'list-item', 'If your parcel is late, we will:', { page: null, path: null, line: 8 }],
      ['Returns', 'heading', null, { page: null, path: null, line: 11 }],
      ['You can return any item within 30 days.', 'sentence', null, { page: null, path: null, line: 14 }],
    ]);
  });
});

describe('textToBlocks', () => {
  const blocks = (text: string): [Block['kind'], string, number | null][] => textToBlocks(text).map((b) => [b.kind, b.text, b.location.line]);

  it.each([
    ['numbered items', '1. Call us\n2. Email us', [['list-item', 'Call us', 1], ['list-item', 'Email us', 2]]],
    ['bullet glyphs without a space', '•Open 24/7\n•Free returns', [['list-item', 'Open 24/7', 1], ['list-item', 'Free returns', 2]]],
    ['an item wrapped without indent goes on until its sentence ends', '* we reply within\nten days.\nThanks.', [['list-item', 'we reply within ten days.', 1], ['paragraph', 'Thanks.', 3]]],
    ['a short capitalised line that ends a sentence is not a heading', 'CALL US NOW.', [['paragraph', 'CALL US NOW.', 1]]],
    ['a lower-case short line is not a heading', 'Opening hours', [['paragraph', 'Opening hours', 1]]],
    ['a dash underline makes a level-2 heading', 'Refunds\n-------', [['heading', 'Refunds', 1]]],
    ['tabs and trailing spaces', '\tWe answer   \n\tquickly.  ', [['paragraph', 'We answer quickly.', 1]]],
    ['CR-only line endings', 'One.\r\rTwo.', [['paragraph', 'One.', 1], ['paragraph', 'Two.', 3]]],
  ] as const)('%s', (_name, text, expected) => {
    expect(blocks(text)).toEqual(expected);
  });
});
