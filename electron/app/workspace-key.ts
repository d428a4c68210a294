/**
 * The identity of a workspace file for "one window per workspace": two spellings of the same
 * file (relative, `..`, trailing separators, letter case on case-insensitive systems) give the
 * same key. Symlinks are resolved by the caller (fs.realpath) before this, where the file exists.
 */
import { posix, win32 } from 'node:path';

/** A comparable key for a workspace path on the given platform, relative paths read from `cwd`. */
export function workspaceKey(path: string, cwd: string, platform: NodeJS.Platform = process.platform): string {
  const p = platform === 'win32' ? win32 : posix;
  const resolved = p.resolve(cwd, path);
  // Windows and macOS file systems are case-insensitive by default.
  return platform === 'win32' || platform === 'darwin' ? resolved.normalize('NFC').toLowerCase() : resolved;
}

/** The file extension of workspace files. */
export const WORKSPACE_EXTENSION = '.paudit';

/**
 * The workspace a launch asks for: the last non-flag argument ending in `.paudit` (the OS passes
 * the double-clicked file; Chromium may append its own `--switches`). Null when none is given.
 */
export function workspaceFromArgv(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (arg && !arg.startsWith('-') && arg.toLowerCase().endsWith(WORKSPACE_EXTENSION) && arg.length <= 4096) return arg;
  }
  return null;
}
