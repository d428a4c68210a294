/** Importing a practice log from a file path (CLI, demo): streamed, never loaded whole. */
import { basename } from 'node:path';
import type { ImportOutcome } from '../contract/types.js';
import type { Workspace } from '../store/workspace.js';
import { importIntoWorkspace } from './handlers/practice.js';

export function importPracticeFile(
  ws: Workspace,
  path: string,
  opts: { preset?: string; skipBadRows?: boolean },
): Promise<ImportOutcome> {
  return importIntoWorkspace(ws.db, { path }, { preset: opts.preset, skipBadRows: opts.skipBadRows ?? false, name: basename(path) });
}
