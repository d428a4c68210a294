import { describe, expect, it } from 'vitest';
import { measureExtraction } from '../../shared/extract/bench-extract.js';

describe('measureExtraction', () => {
  it('reports both speeds and the claims found on the same text', () => {
    const text = ['We aim to answer 80% of calls within 20 seconds.', 'Our history goes back to 1902.', '- reply within 2 working days', ''].join('\n').repeat(20);
    const speed = measureExtraction(text);
    expect(speed.bytes).toBe(Buffer.byteLength(text));
    expect(speed.claims).toBe(2);
    expect(Number.isFinite(speed.ourMBps) && speed.ourMBps > 0).toBe(true);
    expect(Number.isFinite(speed.plainCompromiseMBps) && speed.plainCompromiseMBps > 0).toBe(true);
  });
});
