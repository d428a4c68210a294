/** Practice logs over the API: presets, preview, import, manual reports, datasets. */
import type { ApiHandlers } from '../../contract/dispatch.js';
import { ApiError } from '../../contract/errors.js';
import type { DatasetInfo as ApiDatasetInfo, ImportOutcome, PracticePreview as ApiPreview } from '../../contract/types.js';
import type { CoreState } from '../core.js';
import type { Db } from '../../store/database.js';
import { getSettings } from '../../store/settings-repo.js';
import {
  importPractice,
  listDatasets,
  listPresets,
  logPracticeReport,
  previewPractice,
  removeDataset,
  MappingError,
  PracticeImportError,
  type DatasetInfo,
  type ImportOptions,
  type PracticeInput,
  type PracticePreview,
} from '../../practice/index.js';

type H = Pick<
  ApiHandlers,
  'practice.presets' | 'practice.preview' | 'practice.import' | 'practice.removeDataset' | 'practice.log' | 'practice.datasets'
>;

export function toApiDataset(d: DatasetInfo): ApiDatasetInfo {
  return {
    id: d.id,
    name: d.name,
    format: d.format,
    preset: d.preset,
    rowCount: d.records,
    skipped: d.skipped,
    skippedCount: d.skippedTotal,
    importedAt: d.importedAt,
  };
}

export function apiDatasets(db: Db): ApiDatasetInfo[] {
  return listDatasets(db).map(toApiDataset);
}

function toApiPreview(p: PracticePreview): ApiPreview {
  return {
    format: p.format,
    encoding: p.encoding ?? 'binary (XLSX)',
    columns: p.columns,
    rows: p.rows,
    detectedPreset: p.suggestion.preset,
    mapping: (p.suggestion.mapping as Record<string, unknown> | null) ?? null,
    records: p.records.map((r) => ({ occurredAt: r.occurredAt, metric: r.metric, value: r.value, unit: r.unit })),
    errors: p.errors,
    mappingError: p.mappingError,
    columnKinds: p.columnKinds,
  };
}

/**
 * Import one practice log into the workspace, all or nothing (or skipping bad rows). Bad rows
 * are an outcome, not an exception, so every caller can show them.
 */
export async function importIntoWorkspace(
  db: Db,
  input: PracticeInput,
  opts: Pick<ImportOptions, 'preset' | 'mapping' | 'skipBadRows' | 'name' | 'signal'>,
): Promise<ImportOutcome> {
  try {
    const result = await importPractice(db, input, { ...opts, workingTime: getSettings(db).workingTime });
    const ds = listDatasets(db).find((d) => d.id === result.datasetId);
    if (!ds) throw new Error('the imported dataset is missing');
    return { ok: true, dataset: toApiDataset(ds) };
  } catch (err) {
    if (err instanceof PracticeImportError) {
      return { ok: false, message: err.message, errors: err.errors, errorCount: err.total };
    }
    if (err instanceof MappingError) return { ok: false, message: err.message, errors: [], errorCount: 0 };
    throw new ApiError('bad-input', (err as Error).message);
  }
}

export function practiceHandlers(state: CoreState): H {
  const db = () => state.ws().db;
  return {
    'practice.presets': () => listPresets(),
    'practice.preview': async ({ name, dataBase64, preset, mapping }) => {
      try {
        return toApiPreview(
          await previewPractice(
            { bytes: Buffer.from(dataBase64, 'base64'), name },
            { preset, mapping, workingTime: getSettings(db()).workingTime },
          ),
        );
      } catch (err) {
        throw new ApiError('bad-input', `${name}: ${(err as Error).message}`);
      }
    },
    'practice.import': async ({ name, dataBase64, preset, mapping, skipBadRows }) => {
      const outcome = await importIntoWorkspace(db(), { bytes: Buffer.from(dataBase64, 'base64'), name }, { preset, mapping, skipBadRows, name });
      if (outcome.ok) state.emit({ type: 'workspace-changed' });
      return outcome;
    },
    'practice.removeDataset': ({ id }) => {
      if (!removeDataset(db(), id)) throw new ApiError('not-found', `There is no practice log ${id} in this audit.`);
      state.emit({ type: 'workspace-changed' });
    },
    'practice.log': (report) => {
      const rec = logPracticeReport(db(), report);
      state.emit({ type: 'workspace-changed' });
      return rec;
    },
    'practice.datasets': () => apiDatasets(db()),
  };
}
