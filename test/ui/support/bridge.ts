/** The real core behind the real HTTP bridge, in a throwaway data folder, serving out/renderer. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpBridge, type HttpBridge } from '../../../shared/node/http-bridge.js';
import { createAuditCore, type AuditCore } from '../../../shared/service/core.js';

export interface RunningBridge {
  readonly bridge: HttpBridge;
  readonly core: AuditCore;
  /** A folder for workspaces made during the test. */
  readonly dir: string;
  close(): Promise<void>;
}

export async function startBridge(): Promise<RunningBridge> {
  const dir = mkdtempSync(join(tmpdir(), 'promise-auditor-ui-'));
  const core = createAuditCore({ userDataDir: join(dir, 'user-data') });
  const bridge = await startHttpBridge({ core, staticDir: join(process.cwd(), 'out', 'renderer') });
  return {
    bridge,
    core,
    dir,
    async close() {
      await bridge.close();
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
