/** The summary of an open workspace that the app's screens start from. */
import type { WorkspaceInfo } from '../../contract/types.js';
import type { Workspace } from '../../store/workspace.js';
import { listDocuments } from '../../store/documents-repo.js';
import { listRuns } from '../../store/runs-repo.js';
import { getSettings } from '../../store/settings-repo.js';
import { apiDatasets } from '../handlers/practice.js';

export function workspaceInfo(ws: Workspace, activeRunId: string | null): WorkspaceInfo {
  const manual = ws.db.prepare('SELECT count(*) AS n FROM practice_records WHERE manual = 1').get() as { n: number };
  return {
    path: ws.path,
    name: ws.name,
    settings: getSettings(ws.db),
    documents: listDocuments(ws.db),
    datasets: apiDatasets(ws.db),
    manualRecords: manual.n,
    runs: listRuns(ws.db),
    activeRunId,
    sample: ws.isSample,
  };
}
