import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadDocument } from '../../../shared/domain/types.js';
import { DocumentReadError } from '../../../shared/sources/documents/document-error.js';
import { readImage } from '../../../shared/sources/documents/ocr.js';
import { closeOcrEngine } from '../../../shared/sources/documents/ocr-engine.js';
import { fixtureText, htmlsToPngs } from './render-with-chromium.js';

const run = promisify(execFile);
const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'pa-ocr-'));
const guard = here('./no-network.cjs');
const node = (args: string[]): Promise<{ stdout: string; stderr: string }> =>
  run(process.execPath, ['--require', guard, ...args], { cwd: ROOT, timeout: 120_000 });

afterAll(async () => {
  await closeOcrEngine();
  rmSync(dir, { recursive: true, force: true });
});

describe('the network guard used to prove OCR is offline', () => {
  it('catches attempts in the main thread and in worker threads', async () => {
    const probe =
      "const { Worker } = require('node:worker_threads');" +
      "fetch('http://127.0.0.1:9/').catch(() => {});" +
      "new Worker(\"require('node:net').connect(9, '127.0.0.1').on('error', () => {})\", { eval: true }).on('error', () => {});";
    const { stderr } = await node(['-e', probe]);
    expect(stderr).toContain('NETWORK ATTEMPT: fetch http://127.0.0.1:9/ (thread 0)');
    expect(stderr).toMatch(/NETWORK ATTEMPT: connect 127\.0\.0\.1:9 \(thread [1-9]\d*\)/);
  });
});

// The flyer is read in a child process with every network call refused (no-network.cjs), so
// each check below also shows that OCR needed nothing from the network.
let flyer: Uint8Array;
let note: Uint8Array;
beforeAll(async () => {
  [flyer, note] = (await htmlsToPngs([fixtureText('flyer.html'), NOTE_HTML])) as [Uint8Array, Uint8Array];
});

// A small second image, to show the engine still works after a failure without a second full flyer.
const NOTE_HTML = '<body style="margin:20px;font:40px sans-serif">We reply within one day.</body>';

describe('readImage on a PNG flyer rendered by Chromium, offline', () => {
  let doc: ReadDocument;
  let stderr: string;
  beforeAll(async () => {
    const png = join(dir, 'boiler-cover.png');
    writeFileSync(png, flyer);
    const child = await node(['--import', 'tsx', here('./ocr-offline-child.ts'), png, 'file:///flyers/boiler-cover.png']);
    doc = JSON.parse(child.stdout) as ReadDocument;
    stderr = child.stderr;
  });

  it('made no network call', () => {
    expect(stderr).not.toContain('NETWORK ATTEMPT');
  });

  it('reads the flyer as an image source titled by its headline', () => {
    expect(doc).toMatchObject({ uri: 'file:///flyers/boiler-cover.png', kind: 'flyer', format: 'image', title: 'Boiler Cover You Can Count On', pageCount: null });
    expect(doc.warnings[0]).toMatch(/^text read by OCR \(mean confidence \d+%\)/);
  });

  it('finds the headline, the sentences and their OCR line numbers', () => {
    expect(doc.passages.map((p) => [p.text, p.role, p.location.line])).toEqual(
      expect.arrayContaining([
        ['Boiler Cover You Can Count On', 'heading', 1],
        ['Book a repair online or by phone.', 'sentence', 2],
        ['When your boiler breaks down, we will:', 'sentence', 2],
      ]),
    );
  });

  it('attaches the lead-in to the bulleted promises', () => {
    const items = doc.passages.filter((p) => p.role === 'list-item');
    expect(items.map((p) => [p.text, p.leadIn, p.location])).toEqual([
      ['answer your call within 2 minutes;', 'When your boiler breaks down, we will:', { page: null, path: null, line: 3 }],
      ['send an engineer within 24 hours;', 'When your boiler breaks down, we will:', { page: null, path: null, line: 4 }],
      ['fix most faults on the first visit.', 'When your boiler breaks down, we will:', { page: null, path: null, line: 5 }],
    ]);
  });
});

describe('readImage on a damaged image', () => {
  it('refuses a PNG cut short with an error naming the file, and the next image still reads', async () => {
    const error = await readImage(flyer.subarray(0, 3000), 'file:///inbox/cut%20short.png').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentReadError);
    expect(error).toMatchObject({ code: 'corrupt', message: 'cut short.png: is not a readable image (Error attempting to read image.)' });
    const doc = await readImage(note, 'file:///inbox/note.png');
    expect(doc.passages.map((p) => p.text)).toEqual(['We reply within one day.']);
  });
});
