/**
 * Counts that differ between the everyday suite and the nightly one (HARDENING_NIGHTLY=1):
 * the everyday counts keep the whole folder within a few minutes on a shared two-core
 * machine, the nightly counts are the full figures. A scaled-down count is printed.
 */
import { figure } from './figures.js';

/** True when the full (nightly) counts were asked for. */
export const NIGHTLY = process.env['HARDENING_NIGHTLY'] === '1';

/** `nightly` under HARDENING_NIGHTLY=1, else `everyday`; prints the choice when it is the smaller one. */
export function scaled(what: string, everyday: number, nightly: number): number {
  if (NIGHTLY || everyday >= nightly) return nightly;
  figure(`${what} (scaled down; HARDENING_NIGHTLY=1 runs ${nightly})`, everyday);
  return everyday;
}
