/**
 * Child processes for the durability tests. A child that is killed fifty (or a thousand)
 * times must start fast, so its TypeScript is bundled once with esbuild (the compiler tsx
 * runs on) into one CommonJS file; only better-sqlite3, a native module, stays outside and
 * is found through NODE_PATH. Starting the bundle takes a fraction of what tsx takes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Bundles `entry` (a path relative to this folder) into `outDir`; returns the bundle's path. */
export function bundleChild(entry: string, outDir: string): string {
  const outfile = join(outDir, `${entry.replace(/\W+/g, '-')}.cjs`);
  buildSync({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** How a child ended, with every stdout line it wrote. */
export interface ChildEnd {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly lines: readonly string[];
  readonly stderr: string;
}

/**
 * Starts `bundle` with `args`; `onLine` sees each stdout line as it arrives (it may be set
 * later through the returned `listen`). Its stdin is a pipe, for children that wait for a go.
 */
export function startChild(
  bundle: string,
  args: readonly string[],
  onLine?: (line: string, child: ChildProcess) => void,
): { child: ChildProcess; ended: Promise<ChildEnd>; listen: (fn: (line: string, child: ChildProcess) => void) => void } {
  const child = spawn(process.execPath, [bundle, ...args], {
    cwd: REPO,
    env: { ...process.env, NODE_PATH: join(REPO, 'node_modules') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let listener = onLine;
  const lines: string[] = [];
  let pending = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    pending += d;
    let nl: number;
    while ((nl = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      lines.push(line);
      listener?.(line, child);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const ended = new Promise<ChildEnd>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, lines, stderr }));
  });
  return { child, ended, listen: (fn) => (listener = fn) };
}
