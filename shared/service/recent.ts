/** Recently opened workspaces, newest first, kept in a small JSON file in the user's data folder. */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { RecentWorkspace } from '../contract/types.js';

const RecentSchema = z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).max(50);
const MAX = 10;

export class RecentList {
  constructor(private readonly file: string) {}

  list(): RecentWorkspace[] {
    try {
      const parsed = RecentSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      // Workspaces deleted or moved since are not offered.
      return parsed.success ? parsed.data.filter((r) => existsSync(r.path)) : [];
    } catch {
      return [];
    }
  }

  add(path: string, name: string): void {
    const next = [{ path, name, openedAt: new Date().toISOString() }, ...this.list().filter((r) => r.path !== path)].slice(0, MAX);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.tmp`;
      writeFileSync(tmp, JSON.stringify(next, null, 2));
      renameSync(tmp, this.file);
    } catch {
      // The list is a convenience; failing to save it must not fail opening a workspace.
    }
  }
}
