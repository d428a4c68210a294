import { describe, expect, it } from 'vitest';
import { markBoilerplate } from '../../../shared/sources/documents/boilerplate.js';

interface P {
  uri: string;
  text: string;
  boilerplate: boolean;
  role?: string;
}

/** `pages` pages, each with its own sentence plus the shared passages for the pages listed. */
function site(pages: number, shared: Record<string, number[]>): P[] {
  const out: P[] = [];
  for (let i = 1; i <= pages; i++) {
    const uri = `https://example.org/p${i}`;
    out.push({ uri, text: `Page ${i} has its own text.`, boilerplate: false });
    for (const [text, on] of Object.entries(shared)) if (on.includes(i)) out.push({ uri, text, boilerplate: false, role: 'sentence' });
  }
  return out;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const marked = (passages: P[]): string[] => [...new Set(passages.filter((p) => p.boilerplate).map((p) => p.text))].sort();

describe('markBoilerplate', () => {
  it.each<[string, number, Record<string, number[]>, string[]]>([
    ['a footer on every page', 10, { 'Lines open 8am to 8pm, Monday to Saturday.': range(1, 10) }, ['Lines open 8am to 8pm, Monday to Saturday.']],
    ['a banner on 3 of 10 pages (30%)', 10, { 'Free delivery over £50.': [2, 5, 9] }, ['Free delivery over £50.']],
    ['a promise on 3 of 20 pages (15%) is not boilerplate', 20, { 'We deliver within 2 days.': [1, 2, 3] }, []],
    ['text on 2 of 2 pages is too little to tell', 2, { 'Call us.': [1, 2] }, []],
    ['text repeated on one page only', 5, { 'Call us.': [1] }, []],
  ])('%s', (_name, pages, shared, expected) => {
    expect(marked(markBoilerplate(site(pages, shared)))).toEqual(expected);
  });

  it('compares text with case and spacing ignored', () => {
    const passages = site(4, { 'We reply within 24 hours.': [1, 2] });
    passages.push({ uri: 'https://example.org/p3', text: 'we reply   within 24 HOURS.', boilerplate: false });
    expect(markBoilerplate(passages).filter((p) => p.boilerplate)).toHaveLength(3);
  });

  it('counts distinct pages, not repeats on one page', () => {
    const repeats = Array.from({ length: 50 }, () => ({ uri: 'https://example.org/p1', text: 'Menu', boilerplate: false }));
    expect(marked(markBoilerplate([...site(5, {}), ...repeats]))).toEqual([]);
  });

  it('keeps order, other fields, and flags already set', () => {
    const input = site(3, { Footer: [1, 2, 3] });
    input[0] = { ...input[0]!, boilerplate: true };
    const output = markBoilerplate(input);
    expect(output.map((p) => p.text)).toEqual(input.map((p) => p.text));
    expect(output[0]!.boilerplate).toBe(true);
    expect(output.find((p) => p.text === 'Footer')).toMatchObject({ role: 'sentence', boilerplate: true });
    expect(input.find((p) => p.text === 'Footer')!.boilerplate).toBe(false);
  });

  it('takes its thresholds as options', () => {
    const passages = site(20, { 'We deliver within 2 days.': [1, 2, 3] });
    expect(marked(markBoilerplate(passages, { minUris: 3, minShare: 0.1 }))).toEqual(['We deliver within 2 days.']);
  });
});
