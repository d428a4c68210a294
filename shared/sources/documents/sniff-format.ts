/**
 * Decides how to read a file: by its magic bytes first (a PDF named ".txt" is still a PDF),
 * then by its extension, then by a look at its text. A file whose extension promises one
 * format while its bytes are another binary format is refused with a message saying both.
 */
import type { SourceFormat } from '../../domain/types.js';
import { DocumentReadError } from './document-error.js';
import { describeStart, isJpeg, isPdf, isPng, isZip, knownBinaryFormat } from './magic-bytes.js';
import { hasNulBytes, looksLikeUtf16 } from './text-decode.js';

const EXTENSION_FORMATS: Readonly<Record<string, SourceFormat>> = {
  pdf: 'pdf',
  docx: 'docx',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  txt: 'text',
  text: 'text',
};

const EXPECTED: Readonly<Record<string, string>> = { pdf: 'a PDF', docx: 'a DOCX', image: 'a PNG or JPEG image' };

/** The lower-case extension of a file name or URI ("Flyer.PDF?x=1" -> "pdf"), or ''. */
export function extensionOf(fileName: string): string {
  const base = fileName.replace(/[?#].*$/s, '').split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format to read `bytes` as; throws DocumentReadError naming `name` for binary formats no reader takes. */
export function sniffFormat(bytes: Uint8Array, fileName: string, name: string): SourceFormat {
  const byMagic = isPdf(bytes) ? 'pdf' : isZip(bytes) ? 'docx' : isPng(bytes) || isJpeg(bytes) ? 'image' : null;
  if (byMagic) return byMagic;
  const ext = extensionOf(fileName);
  const byExtension = EXTENSION_FORMATS[ext];
  if (byExtension && EXPECTED[byExtension]) {
    throw new DocumentReadError(name, 'unsupported-format', `not ${EXPECTED[byExtension]} (starts with ${describeStart(bytes)})`);
  }
  const binary = knownBinaryFormat(bytes);
  if (binary) throw new DocumentReadError(name, 'unsupported-format', `is ${binary}, which cannot be read; save it as PDF, DOCX, HTML, Markdown, text, PNG or JPEG`);
  // UTF-16 text has NULs too; only other NUL-bearing files are binary.
  if (hasNulBytes(bytes) && !looksLikeUtf16(bytes)) {
    throw new DocumentReadError(name, 'unsupported-format', `is a binary file of an unsupported type (starts with ${describeStart(bytes)})`);
  }
  if (byExtension) return byExtension;
  return looksLikeHtml(bytes) ? 'html' : 'text';
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart()
    .toLowerCase();
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/.test(head);
}
