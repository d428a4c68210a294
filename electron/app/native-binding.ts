/**
 * Which better-sqlite3 binary the app loads. npm builds better-sqlite3 for Node (CLI, tests);
 * Electron has another ABI, so `npm start` / `npm run dev` first build a copy for Electron into
 * .electron-native/ (scripts/electron-native.mjs). A packaged app needs none of this:
 * electron-builder rebuilds node_modules for Electron, and the default binding is right.
 */
import { join } from 'node:path';

/** Where scripts/electron-native.mjs puts the Electron build, relative to the project root. */
export const ELECTRON_NATIVE_BINARY = ['.electron-native', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'] as const;

/** The binding to pass to the core: a path in development, undefined (the default) when packaged. */
export type NativeBindingChoice =
  | { readonly ok: true; readonly nativeBinding: string | undefined }
  | { readonly ok: false; readonly message: string };

export function chooseNativeBinding(opts: {
  readonly isPackaged: boolean;
  /** The project root in development (app.getAppPath()). */
  readonly appPath: string;
  readonly exists: (path: string) => boolean;
}): NativeBindingChoice {
  if (opts.isPackaged) return { ok: true, nativeBinding: undefined };
  const path = join(opts.appPath, ...ELECTRON_NATIVE_BINARY);
  if (opts.exists(path)) return { ok: true, nativeBinding: path };
  return {
    ok: false,
    message:
      `The SQLite module built for Electron is missing (${path}). ` +
      'Run `node scripts/electron-native.mjs` (npm start and npm run dev do this), then start the app again.',
  };
}
