/**
 * The report's HTML as shown in the preview frame: the same document, plus a screen-only
 * stylesheet that lays it on a sheet of paper. The report's own styles are for print (page
 * boxes and margins), so on screen its text would otherwise touch the frame's edges.
 */
const SHEET_WIDTH = { A4: '210mm', Letter: '8.5in' } as const;

function screenSheet(paper: 'A4' | 'Letter'): string {
  return `<style>@media screen {
  html { background: #e6e8ec; }
  body { box-sizing: border-box; width: ${SHEET_WIDTH[paper]}; max-width: calc(100% - 32px); margin: 24px auto !important;
    padding: 18mm 16mm !important; background: #fff; box-shadow: 0 1px 3px rgba(16,24,40,.12), 0 8px 24px rgba(16,24,40,.08); }
}</style>`;
}

export function previewDocument(html: string, paper: 'A4' | 'Letter'): string {
  const sheet = screenSheet(paper);
  const end = html.search(/<\/head\s*>/i);
  return end >= 0 ? `${html.slice(0, end)}${sheet}${html.slice(end)}` : `${sheet}${html}`;
}
