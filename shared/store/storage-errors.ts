/**
 * SQLite's own messages ("database or disk is full") say nothing a user can act on. These turn a
 * storage failure into a sentence that says what happened, that nothing was half-saved, and
 * what to do. Recognised by the error's `code` alone, so callers need not import the driver.
 */

/** Why a storage operation failed, in words a user can act on, or null when it is not a storage failure. */
export function describeStorageError(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const kept = 'The change was rolled back: the workspace is as it was before.';
  if (code === 'SQLITE_FULL') {
    return `The disk holding the workspace is full (SQLITE_FULL). ${kept} Free some space, or move the workspace to a disk with room, and try again.`;
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return `The workspace file could not be read or written (${code}): the disk or its connection failed. ${kept} Check the disk and try again.`;
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return `The workspace is read-only (${code}): Promise Auditor cannot save to it. Check the file's permissions, or save a copy somewhere writable.`;
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return `The workspace is busy (${code}): another program, or another Promise Auditor window, is writing to it. Close it there and try again.`;
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return `The workspace file is damaged or is not a Promise Auditor workspace (${code}). Open a backup copy, or start a new workspace.`;
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return `The workspace file cannot be opened (${code}): check that its folder exists and that you may write to it.`;
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) return null; // a bug or a conflict the caller words better
  return null;
}
