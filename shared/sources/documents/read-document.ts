/**
 * The one entry point for a document file (CLI `extract`, the app's "add documents", an
 * audit's `--docs`): finds its format, applies the input cap, decodes text, and hands it to
 * the right reader. Every refusal is a DocumentReadError whose message starts with the file's
 * name and says what was wrong ("flyer.pdf: not a PDF (starts with \"<!DOCTYPE\")").
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReadDocument, SourceFormat, SourceKind } from '../../domain/types.js';
import { decodeHtml } from '../crawl/charset.js';
import { DocumentReadError, displayName } from './document-error.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { MAX_INPUT_BYTES } from './limits.js';
import { readMarkdown } from './markdown.js';
import { readImage } from './ocr.js';
import { readPdf } from './pdf.js';
import { sniffFormat } from './sniff-format.js';
import { decodeTextFile } from './text-decode.js';
import { readText } from './text.js';

/** Options for one file; kind defaults to 'flyer' for PDFs and images and 'policy' otherwise. */
export interface ReadFileOptions {
  readonly maxInputBytes?: number;
}

/**
 * Reads a document file. `fileName` is a path, a file: or http(s): URI, or a bare name; the
 * passages' uri is its file URI when it is an absolute path, else `fileName` as given.
 */
export async function readDocumentFile(
  bytes: Uint8Array,
  fileName: string,
  kind?: SourceKind,
  options: ReadFileOptions = {},
): Promise<ReadDocument> {
  const name = displayName(fileName);
  const cap = options.maxInputBytes ?? MAX_INPUT_BYTES;
  if (bytes.length > cap) {
    throw new DocumentReadError(name, 'too-large', `is ${megabytes(bytes.length)}; the limit for a document is ${megabytes(cap)}`);
  }
  const format = sniffFormat(bytes, fileName, name);
  const uri = documentUri(fileName);
  const as = kind ?? defaultKind(format);
  switch (format) {
    case 'pdf':
      return readPdf(bytes, uri, as);
    case 'docx':
      return readDocx(bytes, uri, as);
    case 'image':
      return readImage(bytes, uri, as);
    case 'html':
      return readHtml(decodeHtml(bytes).text, uri, as).doc;
    case 'markdown':
      return readMarkdown(decodeTextFile(bytes).text, uri, as);
    case 'text':
      return readText(decodeTextFile(bytes).text, uri, as);
  }
}

/**
 * The kind a file is read as by default, after checking that some reader takes its format;
 * throws DocumentReadError (message starting with the file's name) when none does.
 */
export function sniffDocumentKind(bytes: Uint8Array, fileName: string): 'flyer' | 'policy' {
  return defaultKind(sniffFormat(bytes, fileName, displayName(fileName)));
}

/** Flyers come as PDFs and images; everything else is read as a policy. */
export function defaultKind(format: SourceFormat): 'flyer' | 'policy' {
  return format === 'pdf' || format === 'image' ? 'flyer' : 'policy';
}

/** The uri passages carry: URIs as given, absolute paths as file: URIs, other names as given. */
export function documentUri(fileName: string): string {
  if (/^(?:file|https?):/i.test(fileName)) return fileName;
  if (isAbsolute(fileName)) return pathToFileURL(fileName).href;
  return fileName;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
