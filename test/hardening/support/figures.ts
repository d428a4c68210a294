/**
 * How every hardening test reports what it measured: one greppable line per figure,
 * "hardening: <what>: <figure>", so a run's log is the evidence the README cites.
 */

/** Prints one figure of the hardening suite. */
export function figure(what: string, value: string | number): void {
  console.log(`hardening: ${what}: ${value}`);
}

/** Milliseconds with no decimals, for figures. */
export function ms(value: number): string {
  return `${Math.round(value)} ms`;
}
