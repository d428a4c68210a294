import { describe, expect, it } from 'vitest';
import { workspaceFromArgv, workspaceKey } from '../../../electron/app/workspace-key.js';

describe('workspace key', () => {
  it.each([
    ['linux', '/home/ann/audits', 'q3.paudit', '/home/ann/audits/q3.paudit'],
    ['linux', '/home/ann', './audits/../audits/q3.paudit', '/home/ann/audits/q3.paudit'],
    ['linux', '/', '/home/ann/audits/Q3.paudit', '/home/ann/audits/Q3.paudit'],
    ['darwin', '/', '/Users/Ann/Audits/Q3.paudit', '/users/ann/audits/q3.paudit'],
    ['win32', 'C:\\Users\\ann', 'Audits\\Q3.paudit', 'c:\\users\\ann\\audits\\q3.paudit'],
    ['win32', 'C:\\', 'c:/users/ann/audits/q3.paudit', 'c:\\users\\ann\\audits\\q3.paudit'],
  ] as const)('%s: %s + %s', (platform, cwd, path, key) => {
    expect(workspaceKey(path, cwd, platform)).toBe(key);
  });

  it('tells different files apart on a case-sensitive system', () => {
    expect(workspaceKey('/a/Q3.paudit', '/', 'linux')).not.toBe(workspaceKey('/a/q3.paudit', '/', 'linux'));
  });
});

describe('workspace from the command line', () => {
  it.each([
    [['/opt/Promise Auditor/promise-auditor', '/home/ann/q3.paudit'], '/home/ann/q3.paudit'],
    [['electron', '.', 'q3.PAUDIT'], 'q3.PAUDIT'],
    [['electron', '.', 'q3.paudit', '--original-process-start-time=1234'], 'q3.paudit'],
    [['app.exe', '--allow-file-access-from-files=x.paudit'], null],
    [['app.exe'], null],
    [['app.exe', 'notes.txt'], null],
    [['q3.paudit'], null],
  ] as const)('%j -> %s', (argv, expected) => {
    expect(workspaceFromArgv(argv)).toBe(expected);
  });
});
