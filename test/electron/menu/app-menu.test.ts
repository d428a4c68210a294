import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/menu/app-menu.js';

function actionsRecorder() {
  const done: string[] = [];
  const actions: MenuActions = {
    newAudit: () => done.push('new'),
    open: () => done.push('open'),
    openRecent: (p) => done.push(`recent:${p}`),
    exportPdf: () => done.push('pdf'),
    reload: () => done.push('reload'),
    toggleDevTools: () => done.push('devtools'),
    quit: () => done.push('quit'),
  };
  return { actions, done };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

const recent = [
  { path: '/home/ann/q3.paudit', name: 'Q3 & Q4 audit', openedAt: '2025-04-01T10:00:00Z' },
  { path: '/home/ann/q2.paudit', name: 'Q2 audit', openedAt: '2025-01-01T10:00:00Z' },
];

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has the keyboard shortcuts on %s', (platform) => {
    const { actions, done } = actionsRecorder();
    const items = flatten(buildMenuTemplate({ platform, isDev: false, appName: 'Promise Auditor', recent, actions }));
    const byAccelerator = new Map(items.filter((i) => i.accelerator).map((i) => [i.accelerator, i]));
    for (const [accel, action] of [
      ['CmdOrCtrl+N', 'new'],
      ['CmdOrCtrl+O', 'open'],
      ['CmdOrCtrl+P', 'pdf'],
      ['CmdOrCtrl+R', 'reload'],
      [platform === 'darwin' ? 'Cmd+Q' : 'CmdOrCtrl+Q', 'quit'],
    ] as const) {
      const item = byAccelerator.get(accel);
      expect(item, accel).toBeDefined();
      (item?.click as () => void)();
      expect(done.pop()).toBe(action);
    }
  });

  it('offers DevTools only in development', () => {
    const { actions } = actionsRecorder();
    const labels = (isDev: boolean) =>
      flatten(buildMenuTemplate({ platform: 'linux', isDev, appName: 'Promise Auditor', recent: [], actions })).map((i) => i.label ?? i.role);
    expect(labels(false).some((l) => /developer/i.test(String(l)))).toBe(false);
    expect(labels(true).some((l) => /developer/i.test(String(l)))).toBe(true);
  });

  it('lists recent audits, escaping & for mnemonics', () => {
    const { actions, done } = actionsRecorder();
    const items = flatten(buildMenuTemplate({ platform: 'win32', isDev: false, appName: 'Promise Auditor', recent, actions }));
    const openRecent = items.find((i) => i.label === 'Open Recent');
    const sub = openRecent?.submenu as MenuItemConstructorOptions[];
    expect(sub.map((i) => i.label)).toEqual(['Q3 && Q4 audit', 'Q2 audit']);
    (sub[1]?.click as () => void)();
    expect(done).toEqual(['recent:/home/ann/q2.paudit']);
  });

  it('says when there is nothing recent', () => {
    const { actions } = actionsRecorder();
    const items = flatten(buildMenuTemplate({ platform: 'linux', isDev: false, appName: 'Promise Auditor', recent: [], actions }));
    expect(items.find((i) => i.label === 'No recent audits')?.enabled).toBe(false);
  });

  it('has the macOS application menu only on macOS', () => {
    const { actions } = actionsRecorder();
    const top = (platform: NodeJS.Platform) => buildMenuTemplate({ platform, isDev: false, appName: 'Promise Auditor', recent: [], actions }).map((i) => i.label ?? i.role);
    expect(top('darwin')[0]).toBe('Promise Auditor');
    expect(top('linux')[0]).toBe('&File');
  });
});
