import { describe, expect, it } from 'vitest';
import { isBareBullet, parseListMarker, parseOcrListMarker } from '../../../shared/sources/documents/bullets.js';

describe('parseListMarker', () => {
  it.each([
    ['• answer within 30 seconds', '•', false, 'answer within 30 seconds'],
    ['•answer', '•', false, 'answer'],
    ['\uF0B7 Word symbol bullet', '\uF0B7', false, 'Word symbol bullet'],
    ['▪ square', '▪', false, 'square'],
    ['  - dash item', '-', false, 'dash item'],
    ['* star item', '*', false, 'star item'],
    ['– en dash item', '–', false, 'en dash item'],
    ['1. first', '1.', true, 'first'],
    ['12) twelfth', '12)', true, 'twelfth'],
    ['(3) third', '(3)', true, 'third'],
    ['a. lettered', 'a.', true, 'lettered'],
    ['(b) lettered', '(b)', true, 'lettered'],
    ['B) capital with parenthesis', 'B)', true, 'capital with parenthesis'],
    ['iv. roman', 'iv.', true, 'roman'],
  ])('%j is an item marked %j', (line, marker, ordered, rest) => {
    expect(parseListMarker(line)).toEqual({ marker, ordered, rest });
  });

  it.each([
    ['-5 °C is not a bullet'],
    ['*emphasis*'],
    ['2024. A year of change'],
    ['A. Smith will call you'],
    ['e.g. our app'],
    ['We answer within 30 seconds'],
    ['•'],
    [''],
  ])('%j is not a list item', (line) => {
    expect(parseListMarker(line)).toBeNull();
  });
});

describe('parseOcrListMarker', () => {
  it.each([
    ['« answer your call', true, '«'],
    ['=» answer your call', false, '=»'],
    ['© send an engineer', false, '©'],
    ['e fix most faults', true, 'e'],
  ])('%j (indented: %s) is an OCR bullet %j', (line, indented, marker) => {
    expect(parseOcrListMarker(line, indented)?.marker).toBe(marker);
  });

  it('does not take a lone "e" or "o" at the margin for a bullet', () => {
    expect(parseOcrListMarker('o ring us', false)).toBeNull();
  });
});

describe('isBareBullet', () => {
  it.each([
    ['•', true],
    [' ▪ ', true],
    ['-', true],
    ['• a', false],
    ['1.', false],
  ])('%j -> %s', (text, expected) => {
    expect(isBareBullet(text)).toBe(expected);
  });
});
