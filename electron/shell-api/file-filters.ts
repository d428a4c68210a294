/** The file types each native dialog offers. */

/** A named group of file extensions, as Electron's dialogs take them. */
export interface FileFilter {
  readonly name: string;
  readonly extensions: string[];
}

export const WORKSPACE_FILTERS: FileFilter[] = [{ name: 'Promise Auditor workspace', extensions: ['paudit'] }];

export const DOCUMENT_FILTERS: FileFilter[] = [
  { name: 'Documents', extensions: ['pdf', 'docx', 'html', 'htm', 'md', 'markdown', 'txt', 'png', 'jpg', 'jpeg'] },
  { name: 'All files', extensions: ['*'] },
];

export const PRACTICE_LOG_FILTERS: FileFilter[] = [
  { name: 'Practice logs', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'json', 'jsonl', 'ndjson'] },
  { name: 'All files', extensions: ['*'] },
];

const EXPORT_FILTERS: Record<string, FileFilter> = {
  pdf: { name: 'PDF report', extensions: ['pdf'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  json: { name: 'JSON data', extensions: ['json'] },
};

/** The save filter for an exported file, from its name's extension. */
export function exportFilters(fileName: string): FileFilter[] {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const filter = EXPORT_FILTERS[ext];
  return filter ? [filter] : [{ name: 'All files', extensions: ['*'] }];
}
