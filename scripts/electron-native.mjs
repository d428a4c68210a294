#!/usr/bin/env node
/**
 * Prepares native code for the Electron app (run by `npm start` and `npm run dev`).
 *
 * npm builds better-sqlite3 for Node, which the CLI, tests and HTTP bridge use. Electron has its
 * own ABI, so this copies node_modules/better-sqlite3 to .electron-native/better-sqlite3 and
 * gets a binary for the installed Electron there: a prebuilt one (prebuild-install --runtime
 * electron), else a build from source against Electron's headers (node-gyp, which is what
 * @electron/rebuild runs). The main process passes that file to better-sqlite3 as
 * `nativeBinding`. A packaged app does not use it: electron-builder rebuilds node_modules.
 *
 * Electron 45's npm package downloads its binary on first use rather than at install, so this
 * also fetches it when missing. Where it cannot be fetched (no internet), it says so and exits 0:
 * nothing else (install, type-check, lint, tests, CLI) needs Electron.
 *
 * Options: --no-download (never fetch anything; only report), --root <dir> (project root).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The copy rebuilt for Electron, relative to the project root. */
export const MODULE_DIR = join('.electron-native', 'better-sqlite3');
/** The binary the main process loads (electron/app/native-binding.ts reads the same path). */
export const NATIVE_BINARY = join(MODULE_DIR, 'build', 'Release', 'better_sqlite3.node');
/** What the binary was built for; a build is skipped when it still matches. */
export const STAMP_FILE = join(MODULE_DIR, '.electron-build.json');

const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
const BUILD_TIMEOUT_MS = 15 * 60_000;

/** The Electron executable inside its dist folder, per platform (as electron/install.js names it). */
export function electronExecutableName(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Where the Electron binary is (or would be), following electron/index.js without running it
 * (requiring the package would start a download).
 */
export function electronBinaryPath(electronDir, env = process.env, platform = process.platform) {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : electronExecutableName(platform);
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return join(env.ELECTRON_OVERRIDE_DIST_PATH, relative);
  return join(electronDir, 'dist', relative);
}

/** What a build is for: compared with the stamp to skip work. */
export function buildTarget({ electronVersion, abi, betterSqlite3Version, platform = process.platform, arch = process.arch }) {
  return { electron: electronVersion, abi, betterSqlite3: betterSqlite3Version, platform, arch };
}

/**
 * Decides what to do.
 * @returns {{ action: 'no-electron' | 'up-to-date' | 'build', message: string }}
 */
export function planNativeBuild({ electronInstalled, binaryPath, binaryExists, target, stamp, nativeBinaryExists }) {
  if (!electronInstalled) {
    return { action: 'no-electron', message: 'The electron package is not installed (npm install installs it); nothing to prepare.' };
  }
  if (!binaryExists) {
    return {
      action: 'no-electron',
      message:
        `Electron binary not found at ${binaryPath}: it cannot be downloaded on this machine. ` +
        'The desktop app cannot start here; the CLI (npm run cli) and the browser UI (npm run demo) work without it.',
    };
  }
  const same = stamp && Object.keys(target).every((k) => stamp[k] === target[k]);
  if (same && nativeBinaryExists) {
    return { action: 'up-to-date', message: `better-sqlite3 is already built for Electron ${target.electron} (${target.platform}-${target.arch}).` };
  }
  return { action: 'build', message: `Building better-sqlite3 ${target.betterSqlite3} for Electron ${target.electron} (${target.platform}-${target.arch})…` };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The environment for a build against Electron: npm's `nodedir` would point node-gyp at Node's headers. */
function electronBuildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(key)) delete env[key];
  }
  return env;
}

function run(command, args, cwd, timeout) {
  const r = spawnSync(command, args, { cwd, stdio: 'inherit', timeout, env: electronBuildEnv() });
  return r.status === 0;
}

function fetchElectron(electronDir) {
  console.log('Downloading the Electron binary (first start only)…');
  return run(process.execPath, [join(electronDir, 'install.js')], electronDir, DOWNLOAD_TIMEOUT_MS);
}

function copyModule(root) {
  const from = join(root, 'node_modules', 'better-sqlite3');
  const to = join(root, MODULE_DIR);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  // Not build/: that is npm's Node build, and a stale binary must never look like ours.
  cpSync(from, to, { recursive: true, filter: (src) => !src.startsWith(join(from, 'build')) && !src.startsWith(join(from, 'node_modules')) });
}

function buildForElectron(root, target) {
  const moduleDir = join(root, MODULE_DIR);
  const req = createRequire(join(root, 'package.json'));
  const common = [`--target=${target.electron}`, `--arch=${target.arch}`];
  let prebuild = null;
  try {
    prebuild = req.resolve('prebuild-install/bin.js');
  } catch {
    // Not installed: go straight to building from source.
  }
  if (prebuild && run(process.execPath, [prebuild, '--runtime=electron', ...common, `--platform=${target.platform}`], moduleDir, BUILD_TIMEOUT_MS)) {
    if (existsSync(join(root, NATIVE_BINARY))) return 'prebuilt binary';
  }
  console.log('No prebuilt binary; building from source against Electron headers (needs a C++ toolchain)…');
  const gyp = req.resolve('node-gyp/bin/node-gyp.js');
  const ok = run(
    process.execPath,
    [gyp, 'rebuild', '--release', '--runtime=electron', '--dist-url=https://electronjs.org/headers', ...common],
    moduleDir,
    BUILD_TIMEOUT_MS,
  );
  return ok && existsSync(join(root, NATIVE_BINARY)) ? 'built from source' : null;
}

/** Runs the whole preparation; returns the exit code. */
export function main(argv = process.argv.slice(2)) {
  const rootIndex = argv.indexOf('--root');
  const root = resolve(rootIndex >= 0 && argv[rootIndex + 1] ? argv[rootIndex + 1] : join(dirname(fileURLToPath(import.meta.url)), '..'));
  const mayDownload = !argv.includes('--no-download');
  const electronDir = join(root, 'node_modules', 'electron');
  const electronPkg = readJson(join(electronDir, 'package.json'));
  const binaryPath = electronBinaryPath(electronDir);
  let binaryExists = existsSync(binaryPath);
  if (electronPkg && !binaryExists && mayDownload) binaryExists = fetchElectron(electronDir) && existsSync(electronBinaryPath(electronDir));

  const sqlitePkg = readJson(join(root, 'node_modules', 'better-sqlite3', 'package.json'));
  const abiFile = join(electronDir, 'abi_version');
  const target = buildTarget({
    electronVersion: electronPkg?.version ?? 'unknown',
    abi: existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : null,
    betterSqlite3Version: sqlitePkg?.version ?? 'unknown',
  });
  const plan = planNativeBuild({
    electronInstalled: electronPkg !== null,
    binaryPath: electronBinaryPath(electronDir),
    binaryExists,
    target,
    stamp: readJson(join(root, STAMP_FILE)),
    nativeBinaryExists: existsSync(join(root, NATIVE_BINARY)),
  });
  console.log(plan.message);
  if (plan.action !== 'build') return 0;
  if (!sqlitePkg) {
    console.error('node_modules/better-sqlite3 is missing: run npm install first.');
    return 1;
  }
  copyModule(root);
  const how = buildForElectron(root, target);
  if (!how) {
    console.error(
      `Could not get better-sqlite3 for Electron ${target.electron}: no prebuilt binary could be downloaded and building from ` +
        'source failed (it needs Python 3 and a C++ compiler: build-essential on Linux, Xcode tools on macOS, Visual Studio Build Tools on Windows).',
    );
    return 1;
  }
  writeFileSync(join(root, STAMP_FILE), `${JSON.stringify(target, null, 2)}\n`);
  console.log(`better-sqlite3 ready for Electron ${target.electron} (${how}): ${NATIVE_BINARY}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
