/** The CLI's commands, each a thin use of the core. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CliError, EXIT, cliDataDir, endProgress, info, positiveInt, progressLine, requireString, writeOutput } from './cli-support.js';
import { extractFromInputs, InputError } from '../service/extract-inputs.js';
import { createAuditCore, type AuditCore, type AuditCoreOptions } from '../service/core.js';
import { SampleHost } from '../../sample/src/sample-workspace.js';
import { join } from 'node:path';
import { ApiError } from '../contract/errors.js';
import type { ImportOutcome, WorkspaceInfo } from '../contract/types.js';
import type { Run } from '../domain/types.js';
import { importPracticeFile } from '../service/practice-file.js';
import { auditJson } from '../report/export.js';
import { exportInput } from '../service/queries/report-input.js';
import { startHttpBridge } from './http-bridge.js';
import { rendererDir } from './paths.js';
import { PlaywrightPdfPrinter } from '../report/pdf.js';
import type { RunDiff } from '../domain/diff.js';

export interface CliCommand {
  readonly usage: string;
  readonly options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  readonly subcommands?: readonly string[];
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

function openCore(workspace: string, create: boolean, extra: Partial<AuditCoreOptions> = {}): AuditCore {
  const core = createAuditCore({ userDataDir: cliDataDir(), pdfPrinter: new PlaywrightPdfPrinter(), ...extra });
  const path = resolve(workspace);
  if (!create && !existsSync(path)) throw new CliError(`workspace not found: ${path}`);
  try {
    core.openWorkspace(path, create && !existsSync(path));
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  return core;
}

/** Call the core, turning its errors into CLI errors. */
async function call<T>(core: AuditCore, method: string, params: unknown = {}): Promise<T> {
  try {
    return (await core.dispatch(method, params)) as T;
  } catch (err) {
    if (err instanceof ApiError) throw new CliError(err.message);
    throw err;
  }
}

function describeImport(file: string, outcome: ImportOutcome): string {
  if (outcome.ok) {
    const d = outcome.dataset;
    return `${basename(file)}: imported ${d.rowCount} records${d.skippedCount ? `, skipped ${d.skippedCount} bad rows` : ''}`;
  }
  const lines = outcome.errors.slice(0, 50).map((e) => `  line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.reason}`);
  const more = outcome.errorCount > lines.length ? `\n  ... and ${outcome.errorCount - lines.length} more` : '';
  return `${basename(file)}: ${outcome.message}\n${lines.join('\n')}${more}\nNothing was imported. Fix the rows, or use --skip-bad-rows to import the rest.`;
}

async function runToEnd(core: AuditCore, quiet: boolean): Promise<Run> {
  const off = core.onEvent((e) => {
    if (quiet || e.type !== 'progress') return;
    const p = e.progress;
    const s = p.stats;
    progressLine(
      `[${p.stage}] pages ${s.pagesFetched} fetched, ${s.pagesQueued} queued, ${s.pagesFailed} failed; ` +
        `documents ${s.documentsRead}; claims ${s.claims}; findings ${s.findings}` +
        (p.current ? `  ${p.current.slice(0, 80)}` : ''),
    );
  });
  const { runId } = await call<{ runId: string }>(core, 'audit.start');
  await core.idle();
  off();
  if (!quiet) endProgress();
  const runs = await call<Run[]>(core, 'runs.list');
  const run = runs.find((r) => r.id === runId);
  if (!run) throw new CliError('the run vanished from the workspace');
  return run;
}

export const CLI_COMMANDS: Record<string, CliCommand> = {
  extract: {
    usage: `promise-audit extract <file|dir|url>... [--json]

Reads web pages (URLs, robots.txt honoured), HTML, PDF, DOCX, Markdown, TXT and PNG/JPG files
(folders are read recursively) and prints the promises found, one claim per distinct promise
with every place it occurs.
  --json        print {"claims":[...]} on stdout (nothing else)
  --max-pages N follow links from URLs up to N pages (default 1: just the page)`,
    options: { json: { type: 'boolean' }, 'max-pages': { type: 'string' } },
    async run(values, inputs) {
      if (inputs.length === 0) throw new CliError('give at least one file, folder or URL');
      const json = values['json'] === true;
      let claims;
      try {
        claims = await extractFromInputs(inputs, {
          maxPages: positiveInt(values['max-pages'], '--max-pages') ?? 1,
          onProgress: json ? undefined : (m: string) => info(m),
          onWarning: (m: string) => info(`warning: ${m}`),
        });
      } catch (err) {
        if (err instanceof InputError) throw new CliError(err.message);
        throw err;
      }
      if (json) {
        process.stdout.write(JSON.stringify({ claims }, null, 2) + '\n');
      } else {
        for (const c of claims) {
          const v = c.value === null ? '' : ` ${c.value}${c.valueMax !== null ? `-${c.valueMax}` : ''} ${c.unit ?? ''}`;
          process.stdout.write(`- [${c.category}${v}; ${c.strength}; ${c.scope}] ${c.text}\n    ${c.occurrences.length} occurrence(s), first in ${c.source.uri}\n`);
        }
        info(`${claims.length} claims`);
      }
      return EXIT.ok;
    },
  },

  audit: {
    usage: `promise-audit audit --site <url> [--docs <path>...] [--practice <file>...] [--workspace <file>]
                    [--max-pages N] [--json <out.json>] [--pdf <out.pdf>] [--fail-on over-promised]

Crawls the site, reads the documents, imports the practice logs, cross-checks every promise and
writes the findings. Re-running with the same --workspace keeps earlier runs for "diff".
  --site <url>         the site to crawl (repeatable); optional when --docs are given
  --docs <path>        a flyer or policy (PDF, DOCX, HTML, Markdown, TXT, PNG/JPG); repeatable
  --practice <file>    a practice log to import (canonical CSV, or a preset's format); repeatable
  --preset <name>      preset for the practice logs (zendesk, freshdesk, call-log, delivery-log)
  --skip-bad-rows      import the good rows of a practice log and list the bad ones
  --workspace <file>   the audit workspace (default: ./audit.paudit)
  --company <name>     the company's name for the report cover
  --max-pages N        crawl at most N pages (default 500)
  --json <out.json>    write {"summary":...,"findings":[...]} there ("-" for stdout)
  --pdf <out.pdf>      write the board report there
  --fail-on over-promised   exit with 1 when any promise is over-promised (for CI)`,
    options: {
      site: { type: 'string', multiple: true },
      docs: { type: 'string', multiple: true },
      practice: { type: 'string', multiple: true },
      preset: { type: 'string' },
      'skip-bad-rows': { type: 'boolean' },
      workspace: { type: 'string' },
      company: { type: 'string' },
      'max-pages': { type: 'string' },
      json: { type: 'string' },
      pdf: { type: 'string' },
      'fail-on': { type: 'string' },
    },
    async run(values, positionals) {
      if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"; did you mean --site or --docs?`);
      const sites = (values['site'] as string[] | undefined) ?? [];
      const docs = (values['docs'] as string[] | undefined) ?? [];
      const practice = (values['practice'] as string[] | undefined) ?? [];
      const failOn = values['fail-on'] as string | undefined;
      if (failOn !== undefined && failOn !== 'over-promised') throw new CliError(`--fail-on accepts "over-promised" (got "${failOn}")`);
      if (sites.length === 0 && docs.length === 0) throw new CliError('give --site <url> and/or --docs <path>');
      for (const s of sites) {
        let u: URL;
        try {
          u = new URL(s);
        } catch {
          throw new CliError(`--site "${s}" is not a URL (expected e.g. https://www.example.com/)`);
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new CliError(`--site "${s}" must be an http(s) URL`);
      }
      for (const f of [...docs, ...practice]) {
        if (!existsSync(f) || !statSync(f).isFile()) throw new CliError(`file not found: ${f}`);
      }
      const maxPages = positiveInt(values['max-pages'], '--max-pages');
      const wsPath = resolve((values['workspace'] as string | undefined) ?? 'audit.paudit');
      const quietStdout = values['json'] === '-';
      const core = openCore(wsPath, true);
      try {
        const ws = await call<WorkspaceInfo>(core, 'workspace.info');
        const settings = {
          ...ws.settings,
          company: (values['company'] as string | undefined) ?? ws.settings.company,
          crawl: { ...ws.settings.crawl, startUrls: sites, ...(maxPages ? { maxPages } : {}) },
        };
        await call(core, 'settings.update', { settings });
        // Documents of the same name are replaced by the ones given now.
        for (const f of docs) {
          const name = basename(f);
          const existing = ws.documents.find((d) => d.name === name);
          if (existing) await call(core, 'documents.remove', { id: existing.id });
          await call(core, 'documents.add', { name, dataBase64: readFileSync(f).toString('base64') });
          info(`document: ${name}`);
        }
        for (const f of practice) {
          const outcome = await importPracticeFile(core.workspace(), f, {
            preset: values['preset'] as string | undefined,
            skipBadRows: values['skip-bad-rows'] === true,
          });
          info(describeImport(f, outcome));
          if (!outcome.ok) return EXIT.badInput;
        }
        const run = await runToEnd(core, false);
        if (run.status !== 'done') throw new CliError(`run ${run.number} ${run.status}${run.error ? `: ${run.error}` : ''}`);
        if (run.error) info(`warning: ${run.error}`);
        const out = auditJson(exportInput(core.workspace(), run.id, new Date().toISOString()));
        info(
          `run ${run.number}: ${out.summary.promises} promises, ${out.summary.kept} kept, ${out.summary.atRisk} at risk, ` +
            `${out.summary.overPromised} over-promised, ${out.summary.unsubstantiated} unsubstantiated, ` +
            `${out.summary.unmeasurable} unmeasurable, ${out.summary.inconsistent} inconsistent. Workspace: ${wsPath}`,
        );
        if (values['json']) writeOutput(values['json'] as string, JSON.stringify(out, null, 2) + '\n');
        if (values['pdf']) {
          const file = await call<{ dataBase64: string }>(core, 'report.export', { format: 'pdf', runId: run.id });
          writeOutput(values['pdf'] as string, Buffer.from(file.dataBase64, 'base64'));
          if (!quietStdout) info(`report: ${resolve(values['pdf'] as string)}`);
        }
        return failOn && out.summary.overPromised > 0 ? EXIT.overPromised : EXIT.ok;
      } finally {
        await core.close();
      }
    },
  },

  practice: {
    subcommands: ['import'],
    usage: `promise-audit practice import <file> --workspace <file> [--preset <name>] [--skip-bad-rows] [--json]

Imports a practice log: the canonical CSV (occurred_at,metric,value,unit,channel,team,reported_by,note),
or a preset's format (zendesk, freshdesk, call-log, delivery-log); CSV/TSV, XLSX, JSON, JSONL;
UTF-8, UTF-16 or Windows-1252. All or nothing unless --skip-bad-rows.`,
    options: {
      workspace: { type: 'string' },
      preset: { type: 'string' },
      'skip-bad-rows': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    async run(values, positionals) {
      const [, file, extra] = positionals;
      if (!file) throw new CliError('give the file to import');
      if (extra) throw new CliError(`unexpected argument "${extra}"`);
      if (!existsSync(file)) throw new CliError(`file not found: ${file}`);
      const core = openCore(requireString(values['workspace'], '--workspace'), true);
      try {
        const outcome = await importPracticeFile(core.workspace(), file, {
          preset: values['preset'] as string | undefined,
          skipBadRows: values['skip-bad-rows'] === true,
        });
        if (values['json']) process.stdout.write(JSON.stringify(outcome, null, 2) + '\n');
        else info(describeImport(file, outcome));
        return outcome.ok ? EXIT.ok : EXIT.badInput;
      } finally {
        await core.close();
      }
    },
  },

  report: {
    usage: `promise-audit report --workspace <file> --pdf <out.pdf> [--paper A4|Letter] [--run <run#>]

Prints the board report of the workspace's latest finished run (or --run) to PDF, with a local
Chrome/Chromium.`,
    options: { workspace: { type: 'string' }, pdf: { type: 'string' }, paper: { type: 'string' }, run: { type: 'string' } },
    async run(values) {
      const paper = (values['paper'] as string | undefined) ?? 'A4';
      if (paper !== 'A4' && paper !== 'Letter') throw new CliError(`--paper must be A4 or Letter (got "${paper}")`);
      const out = requireString(values['pdf'], '--pdf');
      const core = openCore(requireString(values['workspace'], '--workspace'), false);
      try {
        const runs = await call<Run[]>(core, 'runs.list');
        const wanted = positiveInt(values['run'], '--run');
        const run = wanted ? runs.find((r) => r.number === wanted) : runs.find((r) => r.status === 'done');
        if (!run) throw new CliError(wanted ? `there is no run ${wanted}` : 'the workspace has no finished run yet: run "audit" first');
        const file = await call<{ dataBase64: string }>(core, 'report.export', { format: 'pdf', runId: run.id, paper });
        writeOutput(out, Buffer.from(file.dataBase64, 'base64'));
        info(`report of run ${run.number}: ${resolve(out)}`);
        return EXIT.ok;
      } finally {
        await core.close();
      }
    },
  },

  diff: {
    usage: `promise-audit diff --workspace <file> [--from <run#>] [--to <run#>] [--json]

Shows claims added, removed and reworded, and verdicts that changed, between two finished runs
(default: the two latest).`,
    options: { workspace: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    async run(values) {
      const core = openCore(requireString(values['workspace'], '--workspace'), false);
      try {
        const done = (await call<Run[]>(core, 'runs.list')).filter((r) => r.status === 'done');
        const pick = (flag: string, fallback: Run | undefined): Run => {
          const n = positiveInt(values[flag], `--${flag}`);
          const r = n ? done.find((x) => x.number === n) : fallback;
          if (!r) throw new CliError(n ? `there is no finished run ${n}` : 'diff needs two finished runs; run "audit" again first');
          return r;
        };
        const to = pick('to', done[0]);
        const from = pick('from', done.find((r) => r.number < to.number));
        const d = await call<RunDiff>(core, 'runs.diff', { fromRunId: from.id, toRunId: to.id });
        if (values['json']) {
          process.stdout.write(JSON.stringify({ from: from.number, to: to.number, ...d }, null, 2) + '\n');
        } else {
          const out = process.stdout;
          out.write(`Run ${from.number} -> run ${to.number}\n`);
          out.write(`Added (${d.added.length}):\n${d.added.map((c) => `  + ${c.text}\n`).join('')}`);
          out.write(`Removed (${d.removed.length}):\n${d.removed.map((c) => `  - ${c.text}\n`).join('')}`);
          out.write(`Reworded (${d.reworded.length}):\n${d.reworded.map((r) => `  ~ ${r.before.text}\n    -> ${r.after.text}\n`).join('')}`);
          out.write(`Verdict changed (${d.verdictChanged.length}):\n${d.verdictChanged.map((v) => `  * ${v.before} -> ${v.after}: ${v.claim.text}\n`).join('')}`);
        }
        return EXIT.ok;
      } finally {
        await core.close();
      }
    },
  },

  serve: {
    usage: `promise-audit serve --workspace <file> [--port N]

Serves the app and its API on 127.0.0.1 only, behind a token made at start; open the printed URL
in a browser. Stops with Ctrl+C.`,
    options: { workspace: { type: 'string' }, port: { type: 'string' } },
    async run(values) {
      const sample = new SampleHost(join(cliDataDir(), 'samples'));
      const core = openCore(requireString(values['workspace'], '--workspace'), true, { openSample: () => sample.open() });
      const bridge = await startHttpBridge({ core, staticDir: rendererDir(), port: positiveInt(values['port'], '--port') ?? 0 });
      process.stdout.write(`${bridge.url}\n`);
      info('Promise Auditor is served on 127.0.0.1 only. Press Ctrl+C to stop.');
      await new Promise<void>((done) => {
        const stop = () => done();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await bridge.close();
      await core.close();
      await sample.close();
      return EXIT.ok;
    },
  },
};
