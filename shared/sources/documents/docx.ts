/**
 * Reads a Word document (DOCX) into passages. The zip is checked from its central directory
 * first (zip bombs are refused before anything is inflated), then mammoth turns it into plain
 * semantic HTML in the parser thread, and the HTML reader makes the passages, so lists,
 * lead-ins and table headers behave exactly as on a web page. Locations are the element paths
 * of the paragraphs in that HTML ("ul > li:nth-of-type(2)", "table > tr:nth-of-type(2) > td:nth-of-type(2)").
 */
import { inflateRawSync } from 'node:zlib';
import type { ReadDocument, SourceKind } from '../../domain/types.js';
import { DocumentReadError, displayName } from './document-error.js';
import { decodeEntities } from './entities.js';
import { readHtml } from './html.js';
import { DOCX_LIMITS, type DocxLimits, ZIP_LIMITS, type ZipLimits } from './limits.js';
import { describeStart, isZip } from './magic-bytes.js';
import { ParserError, runParserJob } from './parser-thread.js';
import { type ZipEntry, inspectZip } from './zip-inspect.js';
import { verifyInflatedSizes } from './zip-verify.js';

/** Caps for one read; anything left out takes the defaults in limits.ts. */
export interface DocxReadOptions {
  readonly zip?: Partial<ZipLimits>;
  readonly limits?: Partial<DocxLimits>;
}

const MAX_CORE_XML_BYTES = 64 * 1024;
// Mammoth reports every Word style it has no HTML mapping for; that says nothing about the text.
const STYLE_NOISE_RE = /^warning: Unrecognised (?:paragraph|run|table|numbering) style/;

/** Reads `bytes` as a DOCX; `uri` names it in passages and errors. Throws DocumentReadError on bad input. */
export async function readDocx(
  bytes: Uint8Array,
  uri: string,
  kind: SourceKind = 'policy',
  options: DocxReadOptions = {},
): Promise<ReadDocument> {
  const name = displayName(uri);
  if (!isZip(bytes)) throw new DocumentReadError(name, 'unsupported-format', `not a DOCX (starts with ${describeStart(bytes)})`);
  const entries = inspectZip(bytes, name, { ...ZIP_LIMITS, ...options.zip });
  if (!entries.some((e) => e.name === '[Content_Types].xml') || !entries.some((e) => e.name.startsWith('word/'))) {
    throw new DocumentReadError(name, 'unsupported-format', 'is a zip archive but not a Word document (no word/ part)');
  }
  verifyInflatedSizes(bytes, entries, name);

  const converted = await convertToHtml(bytes, name, { ...DOCX_LIMITS, ...options.limits });
  const page = readHtml(unwrapCellParagraphs(converted.html), uri, kind);
  const title = coreTitle(bytes, entries);
  return {
    ...page.doc,
    format: 'docx',
    title: title || page.doc.title,
    warnings: [...page.doc.warnings, ...converted.messages.filter((m) => !STYLE_NOISE_RE.test(m))],
  };
}

async function convertToHtml(bytes: Uint8Array, name: string, limits: DocxLimits): Promise<{ html: string; messages: string[] }> {
  try {
    return await runParserJob({ kind: 'docx', bytes }, name, limits, {
      onMessage: (m) =>
        m.type === 'done'
          ? { html: String(m['html'] ?? ''), messages: Array.isArray(m['messages']) ? m['messages'].map(String) : [] }
          : undefined,
      partial: () => null,
    });
  } catch (error) {
    if (error instanceof ParserError) {
      throw new DocumentReadError(name, 'corrupt', `could not be read as a Word document: ${error.message}`);
    }
    throw error;
  }
}

// Mammoth wraps every table cell's text in <p>; a cell holding one paragraph is unwrapped so
// the HTML reader sees a plain cell and gives it its row and column headers. Mammoth escapes
// all document text, so the only tags here are its own; each scan stops at the cell's end.
const SINGLE_PARAGRAPH_CELL_RE = /<(td|th)((?:\s[^<>]*)?)><p>((?:(?!<\/?p[\s>]|<\/t[dh]>)[^])*)<\/p><\/\1>/g;

function unwrapCellParagraphs(html: string): string {
  return html.replace(SINGLE_PARAGRAPH_CELL_RE, '<$1$2>$3</$1>');
}

/** The title in docProps/core.xml, or '' (a small XML part, already size-checked). */
function coreTitle(bytes: Uint8Array, entries: readonly ZipEntry[]): string {
  const core = entries.find((e) => e.name === 'docProps/core.xml');
  if (!core || core.uncompressedSize > MAX_CORE_XML_BYTES) return '';
  try {
    const data = bytes.subarray(core.dataOffset, core.dataOffset + core.compressedSize);
    const xml = (core.method === 8 ? inflateRawSync(data, { maxOutputLength: MAX_CORE_XML_BYTES }) : Buffer.from(data)).toString('utf8');
    const match = /<dc:title(?:\s[^>]{0,200})?>([^<]{0,500})<\/dc:title>/.exec(xml);
    return match?.[1] ? decodeEntities(match[1]).replace(/\s+/g, ' ').trim() : '';
  } catch {
    return '';
  }
}
