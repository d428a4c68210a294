// Run by ocr.test.ts in a child process under the network guard (no-network.cjs): reads the
// image given on the command line through OCR and prints the ReadDocument as JSON on stdout.
import { readFileSync } from 'node:fs';
import { readImage } from '../../../shared/sources/documents/ocr.js';
import { closeOcrEngine } from '../../../shared/sources/documents/ocr-engine.js';

const path = process.argv[2];
if (!path) throw new Error('usage: ocr-offline-child.ts <image> [uri]');
const uri = process.argv[3] ?? path;
const doc = await readImage(new Uint8Array(readFileSync(path)), uri);
process.stdout.write(JSON.stringify(doc));
await closeOcrEngine();
