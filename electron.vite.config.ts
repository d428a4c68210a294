/**
 * Builds the three parts of the desktop app into out/: main (ESM, dependencies left to
 * node_modules, better-sqlite3 among them since it is a native module), the preload (one
 * CommonJS file: a sandboxed preload can neither load ES modules nor require anything but
 * `electron`), and the renderer (the same Vite config as `npm run build:renderer`).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import rendererConfig from './renderer/vite.config.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The document parsers run in a worker thread started from a file next to the bundle
 * (`new URL('./parser-worker.mjs', import.meta.url)` in parser-thread.ts), so the file is
 * copied beside out/main/index.js.
 */
const copyParserWorker = {
  name: 'copy-parser-worker',
  writeBundle() {
    mkdirSync(resolve(root, 'out/main'), { recursive: true });
    copyFileSync(resolve(root, 'shared/sources/documents/parser-worker.mjs'), resolve(root, 'out/main/parser-worker.mjs'));
  },
};

export default defineConfig({
  main: {
    plugins: [copyParserWorker],
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: { include: ['better-sqlite3'] },
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything the preload imports into the one file, whatever package.json lists.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    root: resolve(root, 'renderer'),
    build: {
      ...rendererConfig.build,
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves output unminified by default; the page parses faster minified.
      minify: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
