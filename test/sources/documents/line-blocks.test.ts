import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/sources/documents/blocks.js';
import { linesToBlocks, type VisualLine } from '../../../shared/sources/documents/line-blocks.js';

const RIGHT_MARGIN = 545;

/** A line of 12 pt text at (left, y); `full` makes it run to the right margin, as wrapped lines do. */
function line(text: string, y: number, opts: { left?: number; size?: number; page?: number; full?: boolean } = {}): VisualLine {
  const left = opts.left ?? 50;
  const size = opts.size ?? 12;
  const right = opts.full ? RIGHT_MARGIN : Math.min(RIGHT_MARGIN, left + text.length * size * 0.5);
  return { text, page: opts.page ?? 1, line: null, left, right, y, size };
}

const summary = (blocks: Block[]): [string, string, number | null | undefined][] =>
  blocks.map((b) => [b.kind, b.text, b.kind === 'heading' ? b.level : b.location.page]);

describe('linesToBlocks', () => {
  it.each<[string, VisualLine[], [string, string, number | null | undefined][]]>([
    [
      'headings by size, ranked largest first',
      [line('Service charter', 40, { size: 24 }), line('Phone', 80, { size: 16 }), line('We answer quickly.', 100)],
      [['heading', 'Service charter', 1], ['heading', 'Phone', 2], ['paragraph', 'We answer quickly.', 1]],
    ],
    [
      'a paragraph wrapped over lines, then a gap',
      [line('We answer every call within', 100, { full: true }), line('30 seconds.', 114), line('Letters take a week.', 140)],
      [['paragraph', 'We answer every call within 30 seconds.', 1], ['paragraph', 'Letters take a week.', 1]],
    ],
    [
      'a short line ending a sentence ends its paragraph even without a gap',
      [line('Our opening hours are nine to five on weekdays and ten to four on', 86, { full: true }), line('Saturdays.', 100), line('We close on bank holidays.', 114), line('Call us any time.', 128)],
      [['paragraph', 'Our opening hours are nine to five on weekdays and ten to four on Saturdays.', 1], ['paragraph', 'We close on bank holidays.', 1], ['paragraph', 'Call us any time.', 1]],
    ],
    [
      'bullets with a hanging indent',
      [line('If you phone us, we will:', 100), line('• answer within 30 seconds and take your', 114, { left: 60, full: true }), line('details;', 128, { left: 72 }), line('• call you back.', 142, { left: 60 })],
      [['paragraph', 'If you phone us, we will:', 1], ['list-item', 'answer within 30 seconds and take your details;', 1], ['list-item', 'call you back.', 1]],
    ],
    [
      'items indented under a lead-in, their bullets drawn as shapes',
      [line('When you complain, we aim to:', 100), line('reply within 2 days;', 114, { left: 80 }), line('resolve it within 8 weeks, even when we need to visit', 128, { left: 80, full: true }), line('your home.', 142, { left: 80 }), line('Thank you.', 170)],
      [['paragraph', 'When you complain, we aim to:', 1], ['list-item', 'reply within 2 days;', 1], ['list-item', 'resolve it within 8 weeks, even when we need to visit your home.', 1], ['paragraph', 'Thank you.', 1]],
    ],
    [
      'a bullet glyph set as its own line',
      [line('•', 114, { left: 60 }), line('free delivery', 114, { left: 75 })],
      [['list-item', 'free delivery', 1]],
    ],
    [
      'page numbers and running folios are dropped',
      [line('Page 1 of 2', 800), line('- 2 -', 810), line('We reply quickly.', 100, { page: 2 }), line('7', 820, { page: 2 })],
      [['paragraph', 'We reply quickly.', 2]],
    ],
    [
      'a sentence cut by a page break goes on to the next page',
      [line('Refunds are paid within', 780, { full: true }), line('ten working days.', 60, { page: 2 })],
      [['paragraph', 'Refunds are paid within ten working days.', 1]],
    ],
    [
      'cells on one baseline stay apart',
      [line('Phone', 100), line('within 60 seconds', 100, { left: 300 })],
      [['paragraph', 'Phone', 1], ['paragraph', 'within 60 seconds', 1]],
    ],
    [
      'a soft hyphen at a line end joins the word',
      [line('We guaran\u00AD', 100, { full: true }), line('tee it.', 114)],
      [['paragraph', 'We guarantee it.', 1]],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(summary(linesToBlocks(lines))).toEqual(expected);
  });

  it('numbered OCR lines keep their line number as location', () => {
    const ocr = [{ ...line('« reply in a day', 100, { left: 70 }), page: null, line: 4 }, { ...line('Intro text here.', 80), page: null, line: 3 }];
    const blocks = linesToBlocks([ocr[1]!, ocr[0]!], { ocr: true });
    expect(blocks.map((b) => [b.kind, b.text, b.location])).toEqual([
      ['paragraph', 'Intro text here.', { page: null, path: null, line: 3 }],
      ['list-item', 'reply in a day', { page: null, path: null, line: 4 }],
    ]);
  });

  it('returns nothing for no text', () => {
    expect(linesToBlocks([line('   ', 10)])).toEqual([]);
  });
});
