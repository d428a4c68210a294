/** Flyers and policies: drop or pick files, see them listed, remove them. */
import { useState } from 'react';
import { MAX_UPLOAD_BYTES } from '../../../../shared/contract/api.js';
import { useApi, useDesktop } from '../../api/api-context.js';
import { useOpenWorkspace, useWorkspace } from '../../app/workspace-context.js';
import { Alert, ErrorAlert } from '../../components/Alert.js';
import { DropZone } from '../../components/DropZone.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Field } from '../../components/Field.js';
import { Icon } from '../../components/Icon.js';
import { useNotify } from '../../components/Toasts.js';
import { readFileAsBase64 } from '../../lib/files.js';
import { formatBytes, formatDateTime } from '../../lib/format.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';

const ACCEPT = '.pdf,.docx,.html,.htm,.md,.markdown,.txt,.png,.jpg,.jpeg';

export function DocumentsPanel() {
  const api = useApi();
  const desktop = useDesktop();
  const info = useOpenWorkspace();
  const { reload } = useWorkspace();
  const notify = useNotify();
  const [kind, setKind] = useState<'auto' | 'flyer' | 'policy'>('auto');
  const [uploading, setUploading] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ file: string; error: UiError }[]>([]);
  const [removing, setRemoving] = useState<string | null>(null);

  async function add(files: File[]) {
    setErrors([]);
    const failed: { file: string; error: UiError }[] = [];
    let added = 0;
    for (const file of files) {
      setUploading(file.name);
      try {
        if (file.size > MAX_UPLOAD_BYTES) throw new Error(`It is ${formatBytes(file.size)}; the largest file accepted is ${formatBytes(MAX_UPLOAD_BYTES)}.`);
        const dataBase64 = await readFileAsBase64(file);
        await api.call('documents.add', { name: file.name, dataBase64, ...(kind === 'auto' ? {} : { kind }) });
        added++;
      } catch (err) {
        failed.push({ file: file.name, error: toUiError(err) });
      }
    }
    setUploading(null);
    setErrors(failed);
    if (added) notify(`${added} document${added === 1 ? '' : 's'} added`);
    await reload();
  }

  /** The desktop app's native dialog: the main process reads and adds the files itself. */
  async function pickNative() {
    if (!desktop) return;
    setErrors([]);
    setUploading('the chosen files');
    try {
      const outcome = await desktop.call('desktop.addDocuments', kind === 'auto' ? {} : { kind });
      if (!outcome) return;
      setErrors(outcome.failed.map((f) => ({ file: f.name, error: { title: 'Could not add it', message: f.message, issues: [], hint: null } })));
      if (outcome.added.length) notify(`${outcome.added.length} document${outcome.added.length === 1 ? '' : 's'} added`);
      await reload();
    } catch (err) {
      setErrors([{ file: 'the chosen files', error: toUiError(err) }]);
    } finally {
      setUploading(null);
    }
  }

  async function remove(id: string, name: string) {
    setRemoving(id);
    try {
      await api.call('documents.remove', { id });
      notify(`Removed ${name}`);
      await reload();
    } catch (err) {
      setErrors([{ file: name, error: toUiError(err) }]);
    } finally {
      setRemoving(null);
    }
  }

  return (
    <div className="stack">
      <section className="card">
        <div className="card-header">
          <div className="section-title">
            <h2>Documents</h2>
            <p>Flyers, leaflets and written policies. PDF, Word, HTML, Markdown, text, or scanned images (read on this computer).</p>
          </div>
          <div className="doc-kind">
            <Field label="Add as">
              <select className="select select-sm" value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}>
                <option value="auto">Decide from the file</option>
                <option value="policy">Policy</option>
                <option value="flyer">Flyer</option>
              </select>
            </Field>
          </div>
        </div>
        <div className="card-body stack">
          <DropZone label="Add documents" hint="Drop files here, or choose them." accept={ACCEPT} multiple disabled={uploading !== null} onFiles={(f) => void add(f)} {...(desktop ? { onPick: () => void pickNative() } : {})} />
          {uploading ? (
            <Alert tone="info">
              <span className="row">
                <span className="spinner" aria-hidden="true" /> Adding {uploading}…
              </span>
            </Alert>
          ) : null}
          {errors.map((e) => (
            <ErrorAlert key={e.file} error={{ ...e.error, title: `Could not add “${e.file}”` }} />
          ))}
        </div>
        {info.documents.length === 0 ? (
          <EmptyState icon="file" title="No documents yet">
            Add the flyers and policies customers see. Promises in them are checked like those on the website.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="num">
                    Size
                  </th>
                  <th scope="col">Added</th>
                  <th scope="col" className="actions">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {info.documents.map((d) => (
                  <tr key={d.id}>
                    <td className="break">
                      <span className="row">
                        <Icon name="file" className="table-icon" />
                        {d.name}
                      </span>
                    </td>
                    <td>{d.kind === 'flyer' ? 'Flyer' : 'Policy'}</td>
                    <td className="num">{formatBytes(d.size)}</td>
                    <td className="nowrap">{formatDateTime(d.addedAt)}</td>
                    <td className="actions">
                      <button type="button" className="btn btn-sm btn-ghost btn-danger" disabled={removing === d.id} onClick={() => void remove(d.id, d.name)} aria-label={`Remove ${d.name}`}>
                        <Icon name="trash" /> Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
