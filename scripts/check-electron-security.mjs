#!/usr/bin/env node
/**
 * Security lint for the Electron shell (run by `npm run lint`). Parses electron/**\/*.ts with the
 * TypeScript compiler and fails, naming file:line, when:
 *   - a BrowserWindow / BrowserView / WebContentsView is created without `contextIsolation: true`
 *     and `sandbox: true` written out, or with Node integration, web security off, insecure
 *     content, <webview>, experimental or Blink features, or options it cannot see (a spread, a
 *     variable it cannot follow);
 *   - ipcMain is touched outside the one registration module, ipcRenderer outside the preload;
 *   - shell.openExternal is reached outside the link-policy module;
 *   - contextBridge exposes anything outside the preload, or more than one object;
 *   - a window-open handler answers `action: 'allow'`;
 *   - a command-line switch turns a Chromium protection off;
 *   - `electron` is loaded dynamically (the checks above could not see through it).
 * Unlike electronegativity, nothing here depends on another setting: `nodeIntegration: true`
 * fails with `sandbox: false` too. Usage: node scripts/check-electron-security.mjs [paths…] [--json]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Where the checked modules live, relative to the project root. */
export const DEFAULT_OPTIONS = {
  ipcModule: 'electron/ipc/register-ipc.ts',
  openExternalModule: 'electron/security/open-external.ts',
  preloadModule: 'electron/preload.ts',
};

const WINDOW_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView']);
const MUST_BE_TRUE = ['contextIsolation', 'sandbox'];
const MUST_NOT_BE_TRUE = [
  'nodeIntegration',
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'allowRunningInsecureContent',
  'webviewTag',
  'experimentalFeatures',
];
const MUST_NOT_BE_FALSE = ['webSecurity'];
const MUST_NOT_BE_SET = ['enableBlinkFeatures'];
const INSECURE_SWITCHES = new Set([
  'no-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'ignore-certificate-errors',
  'allow-running-insecure-content',
  'remote-debugging-port',
  'inspect',
  'inspect-brk',
  'js-flags',
]);

/** @typedef {{ file: string, line: number, column: number, rule: string, message: string }} Finding */

function nameOf(node) {
  if (!node) return null;
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return null;
}

function unwrap(node) {
  let n = node;
  while (n && (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isTypeAssertionExpression(n) || ts.isNonNullExpression(n))) {
    n = n.expression;
  }
  return n;
}

/** Follows an identifier to a `const x = { … }` in the same file; null when it cannot. */
function resolveObjectLiteral(node, constants) {
  const n = unwrap(node);
  if (!n) return null;
  if (ts.isObjectLiteralExpression(n)) return n;
  if (ts.isIdentifier(n)) {
    const init = constants.get(n.text);
    return init ? resolveObjectLiteral(init, new Map([...constants].filter(([k]) => k !== n.text))) : null;
  }
  return null;
}

/** The literal boolean a property is set to: true, false, 'other' (not a literal), or undefined (absent). */
function literalBoolean(obj, key, constants) {
  let value;
  for (const prop of obj.properties) {
    if (ts.isPropertyAssignment(prop) && nameOf(prop.name) === key) value = unwrap(prop.initializer);
    else if (ts.isShorthandPropertyAssignment(prop) && prop.name.text === key) value = constants.get(key) ?? prop.name;
  }
  if (value === undefined) return undefined;
  if (value.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (value.kind === ts.SyntaxKind.FalseKeyword) return false;
  return 'other';
}

function hasProperty(obj, key) {
  return obj.properties.some((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) || ts.isMethodDeclaration(p)) && nameOf(p.name) === key);
}

function collectConstants(sourceFile) {
  const constants = new Map();
  const visit = (node) => {
    if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
      for (const d of node.declarations) if (ts.isIdentifier(d.name) && d.initializer) constants.set(d.name.text, d.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return constants;
}

/** Names imported from 'electron' in this file: local name -> imported name. */
function electronImports(sourceFile) {
  const names = new Map();
  for (const stmt of sourceFile.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier) || stmt.moduleSpecifier.text !== 'electron') continue;
    const bindings = stmt.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const el of bindings.elements) names.set(el.name.text, (el.propertyName ?? el.name).text);
    }
  }
  return names;
}

/**
 * Checks one source text.
 * @param {string} file path shown in findings (relative to the project root)
 * @param {string} text the TypeScript source
 * @param {typeof DEFAULT_OPTIONS} [options]
 * @returns {{ findings: Finding[], windows: number }}
 */
export function checkSource(file, text, options = DEFAULT_OPTIONS) {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const normalized = file.split(sep).join('/');
  const constants = collectConstants(sourceFile);
  const imports = electronImports(sourceFile);
  const localFor = (imported) => [...imports].filter(([, i]) => i === imported).map(([local]) => local);
  const ipcMainNames = new Set(localFor('ipcMain'));
  const ipcRendererNames = new Set(localFor('ipcRenderer'));
  const shellNames = new Set(localFor('shell'));
  const bridgeNames = new Set(localFor('contextBridge'));
  const inIpcModule = normalized === options.ipcModule;
  const inPolicyModule = normalized === options.openExternalModule;
  const inPreload = normalized === options.preloadModule;
  /** @type {Finding[]} */
  const findings = [];
  let windows = 0;
  let exposures = 0;

  const report = (node, rule, message) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    findings.push({ file: normalized, line: line + 1, column: character + 1, rule, message });
  };

  const checkWebPreferences = (node, className, prefsNode) => {
    if (!prefsNode) {
      report(node, 'window-preferences', `${className} created without webPreferences: contextIsolation: true and sandbox: true must be written out`);
      return;
    }
    const prefs = resolveObjectLiteral(prefsNode, constants);
    if (!prefs) {
      report(prefsNode, 'window-preferences', `${className} webPreferences cannot be checked: write them as an object literal (or a const of one) in this file`);
      return;
    }
    for (const p of prefs.properties) {
      if (ts.isSpreadAssignment(p)) report(p, 'window-preferences', `${className} webPreferences use a spread, which can hide unsafe settings: list every setting`);
    }
    for (const key of MUST_BE_TRUE) {
      const v = literalBoolean(prefs, key, constants);
      if (v !== true) report(prefsNode, `window-${key}`, `${className} created without ${key}: true${v === undefined ? '' : ` (found ${v === 'other' ? 'a non-literal value' : v})`}`);
    }
    for (const key of MUST_NOT_BE_TRUE) {
      const v = literalBoolean(prefs, key, constants);
      if (v === true || v === 'other') report(prefsNode, `window-${key}`, `${className} created with ${key}: ${v === true ? 'true' : 'a non-literal value'} (it must be absent or false)`);
    }
    for (const key of MUST_NOT_BE_FALSE) {
      const v = literalBoolean(prefs, key, constants);
      if (v === false || v === 'other') report(prefsNode, `window-${key}`, `${className} created with ${key}: ${v === false ? 'false' : 'a non-literal value'} (it must be absent or true)`);
    }
    for (const key of MUST_NOT_BE_SET) {
      if (hasProperty(prefs, key)) report(prefsNode, `window-${key}`, `${className} created with ${key} (experimental Blink features widen the attack surface)`);
    }
  };

  const checkWindow = (node) => {
    const className = nameOf(node.expression);
    if (!className || !WINDOW_CLASSES.has(className)) return;
    windows += 1;
    const optionsArg = node.arguments?.[0];
    if (!optionsArg) {
      report(node, 'window-preferences', `${className} created without options: contextIsolation: true and sandbox: true must be written out`);
      return;
    }
    const opts = resolveObjectLiteral(optionsArg, constants);
    if (!opts) {
      report(optionsArg, 'window-preferences', `${className} options cannot be checked: write them as an object literal (or a const of one) in this file`);
      return;
    }
    if (opts.properties.some((p) => ts.isSpreadAssignment(p))) {
      report(opts, 'window-preferences', `${className} options use a spread, which can hide unsafe webPreferences: list every option`);
    }
    const prefsProp = opts.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && nameOf(p.name) === 'webPreferences');
    const prefsNode = prefsProp ? (ts.isPropertyAssignment(prefsProp) ? prefsProp.initializer : prefsProp.name) : undefined;
    checkWebPreferences(node, className, prefsNode);
  };

  const isElectronMember = (expr, member, locals) =>
    (ts.isIdentifier(expr) && locals.has(expr.text)) || (ts.isPropertyAccessExpression(expr) && expr.name.text === member);

  const visit = (node) => {
    if (ts.isNewExpression(node)) checkWindow(node);

    if (ts.isCallExpression(node)) {
      const callee = unwrap(node.expression);
      // import('electron') / require('electron')
      const arg0 = node.arguments[0];
      if (arg0 && ts.isStringLiteral(arg0) && arg0.text === 'electron' && (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require'))) {
        report(node, 'dynamic-electron', "electron loaded dynamically: use a static `import { … } from 'electron'` so this check can follow it");
      }
      if (ts.isPropertyAccessExpression(callee)) {
        const member = callee.name.text;
        if (member === 'setWindowOpenHandler') {
          const walk = (n) => {
            if (ts.isPropertyAssignment(n) && nameOf(n.name) === 'action' && ts.isStringLiteral(unwrap(n.initializer)) && unwrap(n.initializer).text === 'allow') {
              report(n, 'window-open-allow', "a window-open handler answers action: 'allow': new windows must be denied (open links with the link policy)");
            }
            ts.forEachChild(n, walk);
          };
          node.arguments.forEach(walk);
        }
        if (member === 'exposeInMainWorld' && isElectronMember(callee.expression, 'contextBridge', bridgeNames)) {
          exposures += 1;
          if (!inPreload) report(node, 'context-bridge', `contextBridge used outside ${options.preloadModule}`);
          else if (exposures > 1) report(node, 'context-bridge', 'the preload exposes more than one object: expose exactly one typed API');
          const exposed = node.arguments[1] && unwrap(node.arguments[1]);
          if (exposed && ts.isIdentifier(exposed) && ipcRendererNames.has(exposed.text)) {
            report(node, 'context-bridge', 'ipcRenderer itself is exposed to the page');
          }
        }
        if (member === 'appendSwitch' && arg0 && ts.isStringLiteral(arg0) && INSECURE_SWITCHES.has(arg0.text.replace(/^--/, ''))) {
          report(node, 'insecure-switch', `command-line switch "${arg0.text}" turns a protection off`);
        }
      }
    }

    if (ts.isPropertyAccessExpression(node)) {
      const member = node.name.text;
      if (member === 'openExternal' && isElectronMember(node.expression, 'shell', shellNames) && !inPolicyModule) {
        report(node, 'open-external', `shell.openExternal called outside ${options.openExternalModule}: open links through the link policy`);
      }
      if (member === 'ipcMain' && !inIpcModule) report(node, 'ipc-main', `ipcMain used outside ${options.ipcModule}`);
      if (member === 'ipcRenderer' && !inPreload) report(node, 'ipc-renderer', `ipcRenderer used outside ${options.preloadModule}`);
    }

    if (ts.isIdentifier(node) && !ts.isImportSpecifier(node.parent)) {
      const parent = node.parent;
      const isMemberName = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const isKey = (ts.isPropertyAssignment(parent) || ts.isBindingElement(parent)) && parent.propertyName === node;
      if (!isMemberName && !isKey && !(ts.isPropertyAssignment(parent) && parent.name === node)) {
        if (ipcMainNames.has(node.text) && !inIpcModule) report(node, 'ipc-main', `ipcMain used outside ${options.ipcModule}`);
        if (ipcRendererNames.has(node.text) && !inPreload) report(node, 'ipc-renderer', `ipcRenderer used outside ${options.preloadModule}`);
        // shell may be used for other things, but only as `shell.member`, never handed around.
        if (shellNames.has(node.text) && !inPolicyModule && !(ts.isPropertyAccessExpression(parent) && parent.expression === node)) {
          report(node, 'open-external', `shell passed around outside ${options.openExternalModule}: call only its members directly`);
        }
      }
    }

    if (ts.isBindingElement(node) && nameOf(node.propertyName ?? node.name) === 'openExternal' && !inPolicyModule) {
      const init = node.parent?.parent && ts.isVariableDeclaration(node.parent.parent) ? node.parent.parent.initializer : undefined;
      if (init && isElectronMember(unwrap(init), 'shell', shellNames)) {
        report(node, 'open-external', `shell.openExternal taken outside ${options.openExternalModule}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { findings, windows };
}

function listTypeScript(path) {
  const st = statSync(path);
  if (st.isFile()) return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules' && !e.name.startsWith('.'))
    .flatMap((e) => listTypeScript(join(path, e.name)))
    .sort();
}

/**
 * Checks every .ts file under `paths` (files or folders), reporting paths relative to `root`.
 * @returns {{ files: number, windows: number, findings: Finding[] }}
 */
export function checkPaths(paths, root = process.cwd(), options = DEFAULT_OPTIONS) {
  const files = paths.flatMap((p) => listTypeScript(resolve(root, p)));
  const findings = [];
  let windows = 0;
  for (const file of files) {
    const result = checkSource(relative(root, file), readFileSync(file, 'utf8'), options);
    findings.push(...result.findings);
    windows += result.windows;
  }
  return { files: files.length, windows, findings };
}

function main(argv) {
  const json = argv.includes('--json');
  const paths = argv.filter((a) => a !== '--json');
  let result;
  try {
    result = checkPaths(paths.length > 0 ? paths : ['electron']);
  } catch (err) {
    console.error(`check-electron-security: ${err.message}`);
    return 2;
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else if (result.findings.length === 0) {
    console.log(`Electron security check: ${result.files} files, ${result.windows} window(s) checked, no problems.`);
  } else {
    for (const f of result.findings) console.error(`${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}`);
    console.error(`\nElectron security check failed: ${result.findings.length} problem(s) in ${new Set(result.findings.map((f) => f.file)).size} file(s).`);
  }
  if (result.files === 0) {
    console.error('Electron security check: no TypeScript files found to check.');
    return 2;
  }
  return result.findings.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
