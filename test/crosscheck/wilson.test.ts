import { describe, expect, it } from 'vitest';
import { normalQuantile, wilsonInterval, zFor } from '../../shared/crosscheck/wilson.js';

describe('normalQuantile', () => {
  it.each([
    [0.5, 0],
    [0.975, 1.959963985],
    [0.995, 2.575829304],
    [0.9, 1.281551566],
    [0.025, -1.959963985],
    [0.001, -3.090232306],
  ])('quantile(%f) = %f', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 7);
  });

  it('refuses probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(() => normalQuantile(0)).toThrow(RangeError);
  });

  it('gives the two-sided z of a confidence level', () => {
    expect(zFor(0.95)).toBeCloseTo(1.96, 2);
    expect(zFor(0.99)).toBeCloseTo(2.576, 3);
  });
});

describe('wilsonInterval', () => {
  // reference values: Wilson score interval without continuity correction
  it.each([
    [15, 20, 0.95, 0.5313, 0.8881],
    [10, 10, 0.95, 0.7225, 1],
    [0, 10, 0.95, 0, 0.2775],
    [81, 263, 0.95, 0.2553, 0.3662],
    [1, 1, 0.95, 0.2065, 1],
  ])('%i of %i at %f -> [%f, %f]', (met, n, conf, low, high) => {
    const w = wilsonInterval(met, n, conf)!;
    expect(w.low).toBeCloseTo(low, 4);
    expect(w.high).toBeCloseTo(high, 4);
  });

  it('is null without records', () => {
    expect(wilsonInterval(0, 0, 0.95)).toBeNull();
  });

  it('narrows as n grows at the same share', () => {
    const small = wilsonInterval(18, 20, 0.95)!;
    const big = wilsonInterval(1800, 2000, 0.95)!;
    expect(big.high - big.low).toBeLessThan(small.high - small.low);
    expect(small.high).toBeGreaterThan(0.95); // 90% of 20 could still be 95%
    expect(big.high).toBeLessThan(0.95); // 90% of 2000 cannot
  });
});
