/** What every CLI command shares: exit codes, errors, progress on stderr, output files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { tmpdir } from 'node:os';

export const EXIT = { ok: 0, overPromised: 1, badInput: 2 } as const;

/** An error the user can fix; its message is printed as is. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.badInput) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** One line of progress on stderr, rewritten in place on a terminal. */
export function progressLine(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
  else process.stderr.write(text + '\n');
}

export function endProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\n');
}

export function info(text: string): void {
  process.stderr.write(text + '\n');
}

/** Write an output file, creating its folder; "-" means stdout. */
export function writeOutput(path: string, data: string | Uint8Array): void {
  if (path === '-') {
    process.stdout.write(data);
    return;
  }
  const abs = resolve(path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, data);
}

/** Where the CLI keeps its own small state (recent workspaces). */
export function cliDataDir(): string {
  return process.env['PROMISE_AUDIT_DATA'] ?? resolve(tmpdir(), 'promise-auditor');
}

export function requireString(v: unknown, flag: string): string {
  if (typeof v !== 'string' || v.length === 0) throw new CliError(`${flag} is required`);
  return v;
}

export function positiveInt(v: unknown, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} must be a whole number of at least 1 (got "${String(v)}")`);
  return n;
}
