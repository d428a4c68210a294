/**
 * Importing a practice log: upload, preview (columns, first rows, detected preset, mapping,
 * errors), then import, all-or-nothing unless "skip bad rows" is ticked.
 */
import { useState } from 'react';
import type { ImportOutcome, PracticePreview } from '../../../../shared/contract/types.js';
import { MAX_UPLOAD_BYTES } from '../../../../shared/contract/api.js';
import { useApi, useDesktop } from '../../api/api-context.js';
import { useQuery } from '../../api/use-query.js';
import { useWorkspace } from '../../app/workspace-context.js';
import { Alert, ErrorAlert } from '../../components/Alert.js';
import { DropZone } from '../../components/DropZone.js';
import { Check, Field } from '../../components/Field.js';
import { Icon } from '../../components/Icon.js';
import { readFileAsBase64 } from '../../lib/files.js';
import { formatBytes, formatInteger } from '../../lib/format.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';
import { MappingEditor } from './MappingEditor.js';
import { asMapping, guessMapping, type Mapping } from './mapping-model.js';
import { PreviewTables } from './PreviewTables.js';
import { RowErrorsTable } from './RowErrorsTable.js';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.json,.jsonl,.ndjson';

interface Upload {
  readonly name: string;
  readonly dataBase64: string;
  readonly preset: string | undefined;
  readonly mapping: Mapping | undefined;
}

/** The mapping to show for editing: the importer's, or a guess when none fits the file. */
function editableMapping(p: PracticePreview): Mapping | null {
  return asMapping(p.mapping) ?? (p.mapping ? null : guessMapping(p.columns, p.columnKinds));
}

export function PracticeImport() {
  const api = useApi();
  const desktop = useDesktop();
  const { reload } = useWorkspace();
  const presets = useQuery(() => api.call('practice.presets'), [api]);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<PracticePreview | null>(null);
  const [draftMapping, setDraftMapping] = useState<Mapping | null>(null);
  const [busy, setBusy] = useState<'reading' | 'preview' | 'import' | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  async function loadPreview(next: Upload) {
    setBusy('preview');
    setError(null);
    setOutcome(null);
    try {
      const p = await api.call('practice.preview', {
        name: next.name,
        dataBase64: next.dataBase64,
        ...(next.preset ? { preset: next.preset } : {}),
        ...(next.mapping ? { mapping: next.mapping as unknown as Record<string, unknown> } : {}),
      });
      setUpload(next);
      setPreview(p);
      setDraftMapping(editableMapping(p));
    } catch (err) {
      setUpload(next);
      setPreview(null);
      setError(toUiError(err));
    } finally {
      setBusy(null);
    }
  }

  async function pick(files: File[]) {
    const file = files[0];
    if (!file) return;
    setBusy('reading');
    setError(null);
    setOutcome(null);
    try {
      if (file.size > MAX_UPLOAD_BYTES) throw new Error(`“${file.name}” is ${formatBytes(file.size)}; the largest file accepted is ${formatBytes(MAX_UPLOAD_BYTES)}.`);
      const dataBase64 = await readFileAsBase64(file);
      await loadPreview({ name: file.name, dataBase64, preset: undefined, mapping: undefined });
    } catch (err) {
      setError(toUiError(err));
      setBusy(null);
    }
  }

  /** The desktop app's native dialog hands back the file's name and content. */
  async function pickNative() {
    if (!desktop) return;
    setBusy('reading');
    setError(null);
    setOutcome(null);
    try {
      const picked = await desktop.call('desktop.pickPracticeLog', {});
      if (!picked) return setBusy(null);
      await loadPreview({ name: picked.name, dataBase64: picked.dataBase64, preset: undefined, mapping: undefined });
    } catch (err) {
      setError(toUiError(err));
      setBusy(null);
    }
  }

  async function doImport() {
    if (!upload) return;
    setBusy('import');
    setError(null);
    try {
      const result = await api.call('practice.import', {
        name: upload.name,
        dataBase64: upload.dataBase64,
        skipBadRows,
        ...(upload.preset ? { preset: upload.preset } : {}),
        ...(upload.mapping ? { mapping: upload.mapping as unknown as Record<string, unknown> } : {}),
      });
      setOutcome(result);
      if (result.ok) {
        setUpload(null);
        setPreview(null);
        await reload();
      }
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setBusy(null);
    }
  }

  const cancel = () => {
    setUpload(null);
    setPreview(null);
    setError(null);
    setOutcome(null);
  };

  const mappingChanged = preview !== null && JSON.stringify(draftMapping) !== JSON.stringify(preview.mapping);
  const needsMapping = preview !== null && (!preview.mapping || Boolean(preview.mappingError));

  return (
    <section className="card" aria-labelledby="practice-import-title">
      <div className="card-header">
        <div className="section-title">
          <h2 id="practice-import-title">Import a practice log</h2>
          <p>Call logs, ticket exports, delivery logs: CSV, TSV, Excel or JSON. You see a preview before anything is imported.</p>
        </div>
      </div>
      <div className="card-body stack">
        {outcome?.ok ? (
          <Alert tone="success" title={`Imported ${formatInteger(outcome.dataset.rowCount)} records from ${outcome.dataset.name}`}>
            {outcome.dataset.skippedCount > 0 ? <p>{formatInteger(outcome.dataset.skippedCount)} bad rows were skipped; they are listed under Practice.</p> : null}
          </Alert>
        ) : null}
        {!upload ? (
          <DropZone label="Add a practice log" hint="Drop one file here, or choose it." accept={ACCEPT} disabled={busy !== null} onFiles={(f) => void pick(f)} {...(desktop ? { onPick: () => void pickNative() } : {})} />
        ) : (
          <div className="row-between upload-head">
            <div className="row">
              <Icon name="table" className="table-icon" />
              <strong className="break">{upload.name}</strong>
              {preview ? (
                <span className="muted">
                  {preview.format.toUpperCase()} · {preview.encoding}
                </span>
              ) : null}
            </div>
            <button type="button" className="btn btn-ghost btn-sm" onClick={cancel} disabled={busy === 'import'}>
              Choose another file
            </button>
          </div>
        )}
        {busy === 'reading' || busy === 'preview' ? (
          <p className="row muted" role="status">
            <span className="spinner" aria-hidden="true" /> Reading the file…
          </p>
        ) : null}
        <ErrorAlert error={error} />

        {upload && preview ? (
          <>
            <div className="form-grid">
              <Field label="Format preset" hint={preview.detectedPreset ? `Recognised from the headers: ${presetLabel(presets.data, preview.detectedPreset)}.` : 'No preset recognised; check the mapping below.'}>
                <select
                  className="select"
                  value={upload.preset ?? preview.detectedPreset ?? ''}
                  onChange={(e) => void loadPreview({ ...upload, preset: e.currentTarget.value || undefined, mapping: undefined })}
                  disabled={busy !== null}
                >
                  <option value="">Custom mapping</option>
                  {(presets.data ?? []).map((p) => (
                    <option key={p.name} value={p.name}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </Field>
            </div>

            <PreviewTables preview={preview} />

            {preview.mappingError ? (
              <Alert tone="warning" title="The columns need mapping">
                <p>{preview.mappingError}</p>
                <p className="secondary">Say below which column holds what, then update the preview.</p>
              </Alert>
            ) : null}
            {draftMapping ? (
              <details className="advanced" open={needsMapping || !preview.detectedPreset}>
                <summary>Column mapping</summary>
                <div className="advanced-body stack">
                  <MappingEditor mapping={draftMapping} columns={preview.columns} onChange={setDraftMapping} />
                  <div>
                    <button type="button" className="btn btn-sm" disabled={(!mappingChanged && !needsMapping) || busy !== null} onClick={() => void loadPreview({ ...upload, mapping: draftMapping ?? undefined })}>
                      <Icon name="refresh" /> Update preview
                    </button>
                  </div>
                </div>
              </details>
            ) : null}

            {preview.errors.length > 0 && !outcome ? (
              <Alert tone="warning" title={preview.errors.length === 1 ? '1 row in the preview has a problem' : `${formatInteger(preview.errors.length)} rows in the preview have problems`}>
                <p>The import will be refused unless you fix the file or tick “Skip bad rows”.</p>
                <RowErrorsTable errors={preview.errors} caption="Problems found in the first rows" limit={50} />
              </Alert>
            ) : null}
          </>
        ) : null}

        {outcome && !outcome.ok ? (
          <div className="alert alert-error import-refused" role="alert">
            <Icon name="alert" />
            <div className="alert-body">
              <div className="alert-title">Nothing was imported</div>
              {/* The table below lists every bad row; the message matters when there is none. */}
              {outcome.errors.length === 0 ? <p>{outcome.message}</p> : null}
              <p className="secondary">
                {formatInteger(outcome.errorCount)} bad row{outcome.errorCount === 1 ? '' : 's'}. Fix {outcome.errorCount === 1 ? 'it' : 'them'} in the file and import again, or tick “Skip bad rows” to import the
                rest.
              </p>
              <RowErrorsTable errors={outcome.errors} caption="Rows that could not be imported" />
            </div>
          </div>
        ) : null}
      </div>
      {upload && preview ? (
        <div className="card-footer">
          <Check label="Skip bad rows" hint="Import the good rows and list the rest." checked={skipBadRows} onChange={setSkipBadRows} />
          <span className="spacer" />
          {mappingChanged ? <span className="muted">Update the preview to import with the new mapping.</span> : null}
          <button type="button" className="btn" onClick={cancel} disabled={busy === 'import'}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void doImport()} disabled={busy !== null || mappingChanged}>
            {busy === 'import' ? <span className="spinner" aria-hidden="true" /> : <Icon name="upload" />}
            Import
          </button>
        </div>
      ) : null}
    </section>
  );
}

function presetLabel(presets: readonly { name: string; label: string }[] | undefined, name: string): string {
  return presets?.find((p) => p.name === name)?.label ?? name;
}
