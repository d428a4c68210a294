/**
 * promise-audit: the command line over the same core as the app.
 * Progress and warnings go to stderr; with --json, stdout carries nothing but JSON.
 * Exit codes: 0 done, 1 over-promising found (only with --fail-on over-promised), 2 bad input.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliCommand } from './cli-commands.js';
import { CliError, EXIT } from './cli-support.js';
import { ApiError } from '../contract/errors.js';
import { describeStorageError } from '../store/storage-errors.js';

const USAGE = `promise-audit: check what a company promises against what its staff report

Usage:
  promise-audit extract <file|dir|url>... [--json]
  promise-audit audit --site <url> [--docs <path>...] [--practice <file>...] [--workspace <file>]
                      [--max-pages N] [--json <out.json>] [--pdf <out.pdf>] [--fail-on over-promised]
  promise-audit practice import <file> --workspace <file> [--preset <name>] [--skip-bad-rows] [--json]
  promise-audit report --workspace <file> --pdf <out.pdf> [--paper A4|Letter]
  promise-audit diff --workspace <file> [--from <run#>] [--to <run#>] [--json]
  promise-audit serve --workspace <file> [--port N]

Commands:
  extract    read pages, flyers and policies and print the promises found in them
  audit      crawl a site, read documents and practice logs, cross-check, write findings and a PDF
  practice   import a practice log (CSV/TSV, XLSX, JSON/JSONL) into a workspace
  report     print the PDF board report of a workspace's latest run
  diff       what changed between two runs of a workspace (default: the last two)
  serve      serve the app and its API on 127.0.0.1 for a browser

Run "promise-audit <command> --help" for a command's options.
Exit codes: 0 done, 1 over-promising found (with --fail-on), 2 bad input.`;

const COMMAND_NAMES = ['extract', 'audit', 'practice', 'report', 'diff', 'serve'];

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? EXIT.ok : EXIT.badInput;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('promise-audit 0.1.0\n');
    return EXIT.ok;
  }
  if (!COMMAND_NAMES.includes(name)) {
    process.stderr.write(`promise-audit: unknown command "${name}"\n\n${USAGE}\n`);
    return EXIT.badInput;
  }
  // Commands load the pipeline (PDF, OCR, browser drivers): only when one is asked for.
  const { CLI_COMMANDS } = await import('./cli-commands.js');
  const command: CliCommand | undefined = CLI_COMMANDS[name];
  if (!command) {
    process.stderr.write(`promise-audit: unknown command "${name}"\n\n${USAGE}\n`);
    return EXIT.badInput;
  }
  const args: string[] = rest;
  if (command.subcommands) {
    const sub = rest[0];
    if (!sub || !command.subcommands.includes(sub)) {
      process.stderr.write(`promise-audit ${name}: expected one of: ${command.subcommands.join(', ')}\n\n${command.usage}\n`);
      return EXIT.badInput;
    }
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(command.usage + '\n');
    return EXIT.ok;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: command.options as ParseArgsConfig['options'], allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`promise-audit ${name}: ${(err as Error).message}\n\n${command.usage}\n`);
    return EXIT.badInput;
  }
  try {
    return await command.run(parsed.values as Record<string, unknown>, parsed.positionals);
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`promise-audit ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    const known = err instanceof ApiError ? err.message : describeStorageError(err);
    if (known) {
      process.stderr.write(`promise-audit ${name}: ${known}\n`);
      return EXIT.badInput;
    }
    process.stderr.write(`promise-audit ${name}: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.badInput;
  }
}

// Run when started as the script itself (npm run cli), not when imported (bin/, tests).
const isEntry = /(^|[\\/])cli\.(ts|js)$/.test(process.argv[1] ?? '');

if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error) => {
      process.stderr.write(`promise-audit: ${err.stack ?? err.message}\n`);
      process.exitCode = EXIT.badInput;
    },
  );
}
