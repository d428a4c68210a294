/**
 * The one error every document reader throws for bad input: it always names the file and says
 * what was wrong, so the CLI can print it as is and exit 2, and the app can show it verbatim.
 */

/** Why a document could not be read, as a stable code a caller can branch on. */
export type DocumentErrorCode =
  | 'too-large'
  | 'unsupported-format'
  | 'corrupt'
  | 'zip-bomb'
  | 'image-too-large'
  | 'timeout'
  | 'encrypted';

/** A document that was refused or could not be read; the message starts with the file's name. */
export class DocumentReadError extends Error {
  /** The file name or URI the message refers to. */
  readonly file: string;
  readonly code: DocumentErrorCode;
  constructor(file: string, code: DocumentErrorCode, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.name = 'DocumentReadError';
    this.file = file;
    this.code = code;
  }
}

/** The last path segment of a file name, path or URI, for messages ("file:///a/b/flyer.pdf" -> "flyer.pdf"). */
export function displayName(nameOrUri: string): string {
  const withoutQuery = nameOrUri.replace(/[?#].*$/s, '');
  const last = withoutQuery.split(/[\\/]/).filter(Boolean).pop() ?? nameOrUri;
  try {
    return decodeURIComponent(last) || nameOrUri;
  } catch {
    return last || nameOrUri;
  }
}
