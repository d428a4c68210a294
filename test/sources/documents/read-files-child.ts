// Run by read-document.test.ts as a CLI would run the readers: reads each file given on the
// command line, reports on stderr only, and then simply returns, leaving the process to exit
// on its own once nothing is pending.
import { readFileSync } from 'node:fs';
import { readDocumentFile } from '../../../shared/sources/documents/read-document.js';

for (const path of process.argv.slice(2)) {
  const doc = await readDocumentFile(new Uint8Array(readFileSync(path)), path);
  process.stderr.write(`${path}: ${doc.passages.length} passages\n`);
}
