/**
 * A second process for the lock tests: opens the workspace given as argv[2], starts a run (left
 * 'running'), prints READY and waits to be killed.
 */
import { Workspace } from '../../../shared/store/workspace.js';
import { createRun } from '../../../shared/store/runs-repo.js';
import { getSettings } from '../../../shared/store/settings-repo.js';

const ws = Workspace.open(process.argv[2]!);
const run = createRun(ws.db, getSettings(ws.db));
process.stdout.write(`READY ${run.id}\n`);
setInterval(() => {}, 1_000);
