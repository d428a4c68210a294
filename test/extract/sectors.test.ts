/**
 * Passages from sectors the dev corpus does not cover: the guard against rules that fit only
 * the dev pages.
 */
import { describe, expect, it } from 'vitest';
import { claimOf } from './helpers.js';
import { SECTOR_NON_PROMISES, SECTOR_PROMISES } from './sector-cases.js';

describe('promises in other sectors', () => {
  it.each(SECTOR_PROMISES.map((c) => [c.sector, c.text, c] as const))('%s: %s', (_sector, _text, c) => {
    const claim = claimOf({ text: c.text, role: c.role, leadIn: c.leadIn, context: c.context });
    expect(claim).not.toBeNull();
    expect(claim).toMatchObject(c.expect ?? {});
  });
});

describe('non-promises in other sectors', () => {
  it.each(SECTOR_NON_PROMISES.map((c) => [c.sector, c.text, c] as const))('%s: %s', (_sector, _text, c) => {
    expect(claimOf({ text: c.text, role: c.role, leadIn: c.leadIn, context: c.context })).toBeNull();
  });
});
