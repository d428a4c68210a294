import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/contract/api.js';
import { PACKAGED_LOCATION } from '../../../electron/app/app-location.js';
import { createInvokeHandler, type InvokeRoute } from '../../../electron/ipc/invoke-router.js';
import type { SenderFacts } from '../../../electron/security/sender-policy.js';
import { DESKTOP_API } from '../../../electron/shell-api/desktop-methods.js';

/** A fake IPC event: which frame sent it and from which webContents. */
interface FakeEvent {
  readonly facts: SenderFacts;
  readonly contentsId: number;
}

const OUR_PAGE = 'app://promise-auditor/index.html';
const trusted: FakeEvent = { facts: { frameUrl: OUR_PAGE, isMainFrame: true, fromAppWindow: true }, contentsId: 1 };

const UNTRUSTED: readonly [name: string, event: FakeEvent][] = [
  ['the srcdoc report preview', { facts: { frameUrl: 'about:srcdoc', isMainFrame: false, fromAppWindow: true }, contentsId: 1 }],
  ['a same-origin subframe', { facts: { frameUrl: OUR_PAGE, isMainFrame: false, fromAppWindow: true }, contentsId: 1 }],
  ['a frame from a web page', { facts: { frameUrl: 'https://evil.example/', isMainFrame: true, fromAppWindow: true }, contentsId: 1 }],
  ['a file: page', { facts: { frameUrl: 'file:///tmp/a.html', isMainFrame: true, fromAppWindow: true }, contentsId: 1 }],
  ['a data: page', { facts: { frameUrl: 'data:text/html,x', isMainFrame: true, fromAppWindow: true }, contentsId: 1 }],
  ['a destroyed frame', { facts: { frameUrl: null, isMainFrame: false, fromAppWindow: true }, contentsId: 1 }],
  ['the PDF printer', { facts: { frameUrl: 'file:///tmp/report.html', isMainFrame: true, fromAppWindow: false }, contentsId: 7 }],
  ['DevTools', { facts: { frameUrl: 'devtools://devtools/bundled/inspector.html', isMainFrame: true, fromAppWindow: false }, contentsId: 8 }],
  ['a look-alike origin', { facts: { frameUrl: 'app://promise-auditor.evil.example/', isMainFrame: true, fromAppWindow: true }, contentsId: 1 }],
];

function setup() {
  const calls: { target: 'core' | 'desktop'; method: unknown; params: unknown }[] = [];
  const route: InvokeRoute = {
    core: async (method, params) => {
      calls.push({ target: 'core', method, params });
      return { called: method };
    },
    desktop: async (method, params) => {
      calls.push({ target: 'desktop', method, params });
      return null;
    },
  };
  const refused: string[] = [];
  const handle = createInvokeHandler<FakeEvent>({
    app: PACKAGED_LOCATION,
    senderFacts: (e) => e.facts,
    routeFor: (e) => (e.contentsId === 1 ? route : null),
    onRefused: (reason, method) => refused.push(`${method}: ${reason}`),
  });
  return { handle, calls, refused };
}

const ALL_METHODS = [...METHOD_NAMES, ...Object.keys(DESKTOP_API)];

describe('IPC invoke handler', () => {
  it('routes contract methods to the core and desktop methods to the shell', async () => {
    const { handle, calls } = setup();
    expect(await handle(trusted, 'workspace.info', {})).toEqual({ ok: true, result: { called: 'workspace.info' } });
    expect(await handle(trusted, 'desktop.openWorkspace', {})).toEqual({ ok: true, result: null });
    expect(calls.map((c) => c.target)).toEqual(['core', 'desktop']);
  });

  it('answers unknown methods with a bad-input error and runs nothing', async () => {
    const { handle, calls } = setup();
    for (const m of ['constructor', '__proto__', 'toString', 'workspace', 'fs.readFile', 42, null]) {
      const answer = await handle(trusted, m, {});
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('bad-input');
    }
    expect(calls).toEqual([]);
  });

  it('turns a failing call into an error envelope', async () => {
    const { handle } = setup();
    const failing = createInvokeHandler<FakeEvent>({
      app: PACKAGED_LOCATION,
      senderFacts: (e) => e.facts,
      routeFor: () => ({ core: () => Promise.reject(new Error('disk full')), desktop: async () => null }),
    });
    expect(await failing(trusted, 'audit.start', {})).toEqual({ ok: false, error: { code: 'internal', message: 'disk full' } });
    expect((await handle(trusted, 'workspace.info', {})).ok).toBe(true);
  });

  it('refuses every method from every untrusted frame, and runs none of them (figure)', async () => {
    const { handle, calls, refused } = setup();
    let attempts = 0;
    for (const [, event] of UNTRUSTED) {
      for (const method of ALL_METHODS) {
        attempts += 1;
        const answer = await handle(event, method, {});
        expect(answer.ok).toBe(false);
        if (!answer.ok) expect(answer.error.message).toMatch(/^Refused: /);
      }
    }
    console.log(`IPC from untrusted frames: ${UNTRUSTED.length} frames x ${ALL_METHODS.length} methods = ${attempts} calls, refused ${refused.length}, run ${calls.length}`);
    expect(calls).toEqual([]);
    expect(refused).toHaveLength(attempts);
  });

  it('refuses a trusted-looking frame whose window has no route', async () => {
    const { handle, calls } = setup();
    const answer = await handle({ ...trusted, contentsId: 99 }, 'workspace.info', {});
    expect(answer.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
