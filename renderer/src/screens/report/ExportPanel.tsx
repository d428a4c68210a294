/** Exports: the PDF report and CSV/JSON data, each handed over as a download link. */
import { useEffect, useState } from 'react';
import type { ExportedFile } from '../../../../shared/contract/types.js';
import { useApi, useDesktop } from '../../api/api-context.js';
import { useNotify } from '../../components/Toasts.js';
import { ErrorAlert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { base64ToObjectUrl } from '../../lib/files.js';
import { formatBytes } from '../../lib/format.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';

type Format = 'pdf' | 'findings-csv' | 'claims-csv' | 'json';

const FORMATS: readonly { format: Format; label: string; hint: string }[] = [
  { format: 'pdf', label: 'PDF report', hint: 'For the board: scorecard, charts, top risks, appendix.' },
  { format: 'findings-csv', label: 'Findings (CSV)', hint: 'One row per finding, safe to open in a spreadsheet.' },
  { format: 'claims-csv', label: 'Promises (CSV)', hint: 'Every promise found, with where it appears.' },
  { format: 'json', label: 'Everything (JSON)', hint: 'Summary and findings, for other tools.' },
];

interface Ready {
  readonly format: Format;
  readonly fileName: string;
  readonly url: string;
  readonly size: number;
}

export function ExportPanel({ runId, paper }: { runId: string; paper: 'A4' | 'Letter' }) {
  const api = useApi();
  const desktop = useDesktop();
  const notify = useNotify();
  const [busy, setBusy] = useState<Format | null>(null);
  const [saved, setSaved] = useState<Partial<Record<Format, string>>>({});
  const [ready, setReady] = useState<Ready[]>([]);
  const [error, setError] = useState<UiError | null>(null);

  // Object URLs hold the file in memory until revoked.
  useEffect(() => () => ready.forEach((r) => URL.revokeObjectURL(r.url)), [ready]);

  async function exportAs(format: Format) {
    setBusy(format);
    setError(null);
    try {
      if (desktop) {
        // The desktop app asks where to save with its native dialog and writes the file itself.
        const where = await desktop.call('desktop.saveExport', { runId, format, paper });
        if (where) {
          setSaved((s) => ({ ...s, [format]: where.path }));
          notify(`Saved ${where.path}`);
        }
        return;
      }
      const file: ExportedFile = await api.call('report.export', { runId, format, paper });
      const url = base64ToObjectUrl(file.dataBase64, file.mimeType);
      const item: Ready = { format, fileName: file.fileName, url, size: Math.floor((file.dataBase64.length * 3) / 4) };
      setReady((list) => [item, ...list.filter((r) => r.format !== format)]);
      // Start the download at once; the link stays for saving again.
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName;
      a.rel = 'noopener';
      document.body.append(a);
      a.click();
      a.remove();
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="stack">
      <ul className="export-list">
        {FORMATS.map((f) => {
          const done = ready.find((r) => r.format === f.format);
          return (
            <li key={f.format} className="export-item">
              <div className="export-text">
                <strong>{f.label}</strong>
                <span className="muted">{f.hint}</span>
                {saved[f.format] ? <span className="download-link break">Saved to {saved[f.format]}</span> : null}
                {done ? (
                  <a className="download-link" href={done.url} download={done.fileName} data-testid={`download-${f.format}`}>
                    <Icon name="download" /> {done.fileName} <span className="muted">({formatBytes(done.size)})</span>
                  </a>
                ) : null}
              </div>
              <button type="button" className="btn btn-sm" onClick={() => void exportAs(f.format)} disabled={busy !== null} aria-label={`Export ${f.label}`}>
                {busy === f.format ? <span className="spinner" aria-hidden="true" /> : <Icon name="download" />}
                {desktop ? 'Save…' : 'Export'}
              </button>
            </li>
          );
        })}
      </ul>
      <ErrorAlert error={error} />
    </div>
  );
}
