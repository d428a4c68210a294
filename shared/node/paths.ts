/** Where the checkout's or installation's own files are, found from this file's location. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this file holding package.json. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

/** The built renderer served by the HTTP bridge. */
export function rendererDir(): string {
  return join(projectRoot(), 'out', 'renderer');
}

/** The bundled sample company. */
export function sampleDir(): string {
  return join(projectRoot(), 'sample');
}
