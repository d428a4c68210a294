import { describe, expect, it } from 'vitest';
import { PACKAGED_LOCATION, resolveAppLocation } from '../../../electron/app/app-location.js';
import { decideNavigation, isAllowedRequest, isAppUrl } from '../../../electron/security/navigation-policy.js';

const app = PACKAGED_LOCATION;
const dev = resolveAppLocation('http://localhost:5173/', false);

// Where a page (or crawled content that somehow ran) might try to take the main window.
const MAIN_FRAME_ATTEMPTS: readonly [url: string, expected: 'allow' | 'deny', why: string][] = [
  ['app://promise-auditor/index.html', 'allow', 'the app entry'],
  ['app://promise-auditor/', 'allow', 'the app root'],
  ['app://promise-auditor/index.html#/findings/42', 'allow', 'a client-side route'],
  ['APP://promise-auditor/index.html', 'allow', 'scheme case does not matter'],
  ['https://example.com/', 'deny', 'a web page'],
  ['http://127.0.0.1:5173/', 'deny', 'the dev server in a build'],
  ['javascript:alert(document.domain)', 'deny', 'javascript: URL'],
  ['JaVaScRiPt:alert(1)', 'deny', 'javascript: in mixed case'],
  [' javascript:alert(1)', 'deny', 'leading space'],
  ['java\tscript:alert(1)', 'deny', 'tab inside the scheme'],
  ['java\nscript:alert(1)', 'deny', 'newline inside the scheme'],
  ['vbscript:msgbox(1)', 'deny', 'vbscript: URL'],
  ['file:///etc/passwd', 'deny', 'a local file'],
  ['file:///C:/Windows/System32/calc.exe', 'deny', 'a Windows executable'],
  ['file://promise-auditor/index.html', 'deny', 'file: with our host name'],
  ['smb://attacker.example/share/payload.exe', 'deny', 'an SMB share'],
  ['\\\\attacker.example\\share\\x.exe', 'deny', 'a UNC path'],
  ['data:text/html,<script>alert(1)</script>', 'deny', 'an HTML data: URL'],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'deny', 'a base64 data: URL'],
  ['blob:app://promise-auditor/5b1c0b7e-0000-4000-8000-000000000000', 'deny', 'a blob: document'],
  ['about:blank', 'deny', 'a blank main frame'],
  ['about:srcdoc', 'deny', 'srcdoc is for subframes only'],
  ['chrome://settings', 'deny', 'a browser page'],
  ['devtools://devtools/bundled/inspector.html', 'deny', 'DevTools'],
  ['view-source:app://promise-auditor/index.html', 'deny', 'view-source'],
  ['app://promise-auditor.evil.example/', 'deny', 'look-alike host (suffix)'],
  ['app://promise-auditor@evil.example/', 'deny', 'userinfo trick'],
  ['app://user:pass@promise-auditor/', 'deny', 'credentials on our own host'],
  ['app://evil.example/#promise-auditor', 'deny', 'our name in the fragment'],
  ['app://evil.example/promise-auditor/index.html', 'deny', 'our name in the path'],
  ['app://promise-auditor:8080/', 'deny', 'our host with a port'],
  ['app://promise-auditor\\@evil.example/', 'deny', 'backslash trick'],
  ['app://prornise-auditor/', 'deny', 'rn for m look-alike'],
  ['app://promise-auditor%2eevil.example/', 'deny', 'percent-encoded dot'],
  ['app://promіse-auditor/', 'deny', 'Cyrillic і homograph'],
  ['app://promise-auditor\u200b/', 'deny', 'zero-width space'],
  ['ms-msdt:/id PCWDiagnostic /skip force', 'deny', 'a protocol handler that ran code (Follina)'],
  ['search-ms:query=invoice&crumb=location:\\\\attacker.example\\share', 'deny', 'Windows search handler'],
  ['promise-auditor://open?file=x', 'deny', 'a custom scheme'],
  ['', 'deny', 'empty'],
  ['app:' + '/'.repeat(5000), 'deny', 'absurdly long'],
];

describe('main-frame navigation', () => {
  it.each(MAIN_FRAME_ATTEMPTS)('%j -> %s (%s)', (url, expected) => {
    expect(decideNavigation(url, app, true)).toBe(expected);
  });

  it('refuses all but the app pages (figure)', () => {
    const refused = MAIN_FRAME_ATTEMPTS.filter(([u]) => decideNavigation(u, app, true) === 'deny').length;
    const hostile = MAIN_FRAME_ATTEMPTS.filter(([, e]) => e === 'deny').length;
    console.log(`navigation attempts: ${MAIN_FRAME_ATTEMPTS.length}, hostile ${hostile}, refused ${refused}`);
    expect(refused).toBe(hostile);
    expect(hostile).toBeGreaterThanOrEqual(30);
  });

  it('refuses non-strings', () => {
    for (const v of [undefined, null, 42, {}, ['app://promise-auditor/']]) expect(decideNavigation(v, app, true)).toBe('deny');
  });
});

describe('subframe navigation (the report preview)', () => {
  it.each([
    ['about:srcdoc', 'allow'],
    ['about:blank', 'allow'],
    ['app://promise-auditor/index.html', 'allow'],
    ['https://example.com/', 'deny'],
    ['javascript:parent.promiseAuditor.invoke("workspace.info",{})', 'deny'],
    ['data:text/html,<script>alert(1)</script>', 'deny'],
    ['about:srcdoc?x=1', 'deny'],
  ] as const)('%j -> %s', (url, expected) => {
    expect(decideNavigation(url, app, false)).toBe(expected);
  });
});

describe('development origin', () => {
  it('accepts only the loopback dev server given, and never in a packaged app', () => {
    expect(dev).toMatchObject({ protocol: 'http:', host: 'localhost:5173' });
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('app://promise-auditor/', dev)).toBe(false);
    expect(resolveAppLocation('http://localhost:5173/', true)).toBe(PACKAGED_LOCATION);
    expect(resolveAppLocation('http://evil.example:5173/', false)).toBe(PACKAGED_LOCATION);
    expect(resolveAppLocation('https://127.0.0.1:5173/', false)).toBe(PACKAGED_LOCATION);
    expect(resolveAppLocation('http://user@127.0.0.1:5173/', false)).toBe(PACKAGED_LOCATION);
    expect(resolveAppLocation('not a url', false)).toBe(PACKAGED_LOCATION);
  });
});

describe('network requests from the app session', () => {
  it.each([
    ['app://promise-auditor/assets/index-abc.js', app, true],
    ['data:image/png;base64,iVBORw0KGgo=', app, true],
    ['blob:app://promise-auditor/1234', app, true],
    ['https://example.com/pixel.gif', app, false],
    ['http://127.0.0.1:8080/steal?c=1', app, false],
    ['file:///etc/passwd', app, false],
    ['ws://localhost:5173/', app, false],
    ['ws://localhost:5173/', dev, true],
    ['ws://localhost:9999/', dev, false],
    ['http://localhost:5173/@vite/client', dev, true],
  ] as const)('%s', (url, location, allowed) => {
    expect(isAllowedRequest(url, location)).toBe(allowed);
  });
});
