import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/contract/dispatch.js';
import { ApiError } from '../../../shared/contract/errors.js';
import { envelope } from '../../../electron/ipc/envelope.js';
import { createDesktopDispatcher } from '../../../electron/shell-api/desktop-dispatch.js';
import { createDesktopHandlers, defaultWorkspaceName, type DialogPort, type FilePort } from '../../../electron/shell-api/desktop-handlers.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pa-desktop-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Dialogs that answer from a script, recording what they were asked. */
function scriptedDialogs(answers: { open?: string[]; save?: string | null }) {
  const asked: { kind: string; title: string; extensions: string[]; defaultName?: string; multiple?: boolean }[] = [];
  const dialogs: DialogPort = {
    async open(o) {
      asked.push({ kind: 'open', title: o.title, extensions: o.filters.flatMap((f) => f.extensions), multiple: o.multiple });
      return answers.open ?? [];
    },
    async save(o) {
      asked.push({ kind: 'save', title: o.title, extensions: o.filters.flatMap((f) => f.extensions), defaultName: o.defaultName });
      return answers.save ?? null;
    },
  };
  return { dialogs, asked };
}

type Params = Record<string, unknown>;

function recordingCore(answer: (method: string, params: Params) => unknown = () => ({ path: '/w.paudit', name: 'w' })) {
  const calls: { method: string; params: Params }[] = [];
  const dispatch: Dispatch = async (method, params) => {
    calls.push({ method: method as string, params: params as Params });
    return answer(method as string, params as Params);
  };
  return { dispatch, calls };
}

const noLinks = async () => ({ opened: false, reason: 'not in tests' });

describe('desktop methods', () => {
  it('opens the workspace the user picked', async () => {
    const { dialogs, asked } = scriptedDialogs({ open: ['/home/ann/q3.paudit'] });
    const core = recordingCore();
    const h = createDesktopHandlers({ dialogs, dispatch: core.dispatch, openExternal: noLinks });
    expect(await h['desktop.openWorkspace']({})).toEqual({ path: '/w.paudit', name: 'w' });
    expect(core.calls).toEqual([{ method: 'workspace.open', params: { path: '/home/ann/q3.paudit' } }]);
    expect(asked[0]).toMatchObject({ kind: 'open', extensions: ['paudit'], multiple: false });
  });

  it('does nothing when a dialog is cancelled', async () => {
    const { dialogs } = scriptedDialogs({});
    const core = recordingCore();
    const h = createDesktopHandlers({ dialogs, dispatch: core.dispatch, openExternal: noLinks });
    expect(await h['desktop.openWorkspace']({})).toBeNull();
    expect(await h['desktop.newWorkspace']({})).toBeNull();
    expect(await h['desktop.addDocuments']({})).toBeNull();
    expect(await h['desktop.pickPracticeLog']({})).toBeNull();
    expect(core.calls).toEqual([]);
  });

  it('creates a new workspace with the .paudit extension and the company name', async () => {
    const { dialogs, asked } = scriptedDialogs({ save: '/home/ann/Acme Q3' });
    const core = recordingCore();
    const h = createDesktopHandlers({ dialogs, dispatch: core.dispatch, openExternal: noLinks });
    await h['desktop.newWorkspace']({ company: 'Acme / Sons: "Q3"' });
    expect(asked[0]?.defaultName).toBe('Acme Sons Q3.paudit');
    expect(core.calls).toEqual([{ method: 'workspace.create', params: { path: '/home/ann/Acme Q3.paudit', company: 'Acme / Sons: "Q3"' } }]);
  });

  it.each([
    [undefined, 'Audit.paudit'],
    ['', 'Audit.paudit'],
    ['  ', 'Audit.paudit'],
    ['Northwind Water', 'Northwind Water.paudit'],
    ['a\u0000b<c>|d?*e', 'a b c d e.paudit'],
  ])('names a new workspace for company %j as %j', (company, name) => {
    expect(defaultWorkspaceName(company)).toBe(name);
  });

  it('adds every picked document, reporting the ones that fail', async () => {
    const flyer = join(dir, 'summer-flyer.pdf');
    const policy = join(dir, 'complaints-policy.docx');
    await writeFile(flyer, Buffer.from('%PDF-1.7 flyer'));
    await writeFile(policy, Buffer.from('PK docx'));
    const { dialogs } = scriptedDialogs({ open: [flyer, join(dir, 'gone.pdf'), policy] });
    const core = recordingCore((_m, p) => {
      if (p.name === 'complaints-policy.docx') throw new ApiError('bad-input', 'complaints-policy.docx is not a Word document');
      return { id: 'd1', name: p.name, kind: p.kind ?? 'flyer', size: 14, addedAt: '2025-01-01T00:00:00Z' };
    });
    const h = createDesktopHandlers({ dialogs, dispatch: core.dispatch, openExternal: noLinks });
    const result = await h['desktop.addDocuments']({ kind: 'flyer' });
    expect(result?.added.map((d) => d.name)).toEqual(['summer-flyer.pdf']);
    expect(result?.failed.map((f) => f.name)).toEqual(['gone.pdf', 'complaints-policy.docx']);
    expect(result?.failed[1]?.message).toContain('not a Word document');
    expect(core.calls[0]).toEqual({
      method: 'documents.add',
      params: { name: 'summer-flyer.pdf', dataBase64: Buffer.from('%PDF-1.7 flyer').toString('base64'), kind: 'flyer' },
    });
  });

  it('refuses a file over the upload limit without reading it', async () => {
    const { dialogs } = scriptedDialogs({ open: ['/data/huge.csv'] });
    let reads = 0;
    const files: FilePort = {
      size: async () => 300 * 1024 * 1024,
      read: async () => {
        reads += 1;
        return Buffer.alloc(0);
      },
      write: async () => undefined,
    };
    const h = createDesktopHandlers({ dialogs, dispatch: recordingCore().dispatch, openExternal: noLinks, files });
    await expect(h['desktop.pickPracticeLog']({})).rejects.toThrow(/huge\.csv is 300 MB; files up to 200 MB/);
    expect(reads).toBe(0);
  });

  it('returns a picked practice log for preview', async () => {
    const log = join(dir, 'call-log.csv');
    await writeFile(log, 'occurred_at,metric,value,unit\n2025-03-01T09:00:00Z,phone-answer,45,seconds\n');
    const { dialogs, asked } = scriptedDialogs({ open: [log] });
    const h = createDesktopHandlers({ dialogs, dispatch: recordingCore().dispatch, openExternal: noLinks });
    const picked = await h['desktop.pickPracticeLog']({});
    expect(picked?.name).toBe('call-log.csv');
    expect(Buffer.from(picked?.dataBase64 ?? '', 'base64').toString()).toContain('phone-answer,45');
    expect(asked[0]?.extensions).toContain('xlsx');
  });

  it('exports, then saves where the user chose', async () => {
    const target = join(dir, 'board-report.pdf');
    const { dialogs, asked } = scriptedDialogs({ save: target });
    const core = recordingCore(() => ({ fileName: 'Acme audit 3.pdf', mimeType: 'application/pdf', dataBase64: Buffer.from('%PDF-1.7').toString('base64') }));
    const h = createDesktopHandlers({ dialogs, dispatch: core.dispatch, openExternal: noLinks });
    expect(await h['desktop.saveExport']({ format: 'pdf', paper: 'Letter' })).toEqual({ path: target });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7');
    expect(core.calls).toEqual([{ method: 'report.export', params: { format: 'pdf', paper: 'Letter' } }]);
    expect(asked[0]).toMatchObject({ defaultName: 'Acme audit 3.pdf', extensions: ['pdf'] });
  });

  it('validates desktop parameters like contract ones', async () => {
    const { dialogs } = scriptedDialogs({ open: ['/x.paudit'] });
    const core = recordingCore();
    const dispatch = createDesktopDispatcher(createDesktopHandlers({ dialogs, dispatch: core.dispatch, openExternal: noLinks }));
    for (const [method, params] of [
      ['desktop.openWorkspace', { path: '/etc/passwd' }],
      ['desktop.addDocuments', { kind: 'malware' }],
      ['desktop.saveExport', { format: 'exe' }],
      ['desktop.openExternal', { url: 42 }],
      ['desktop.unknown', {}],
    ] as const) {
      const answer = await envelope(() => dispatch(method, params));
      expect(answer.ok, method).toBe(false);
    }
    expect(core.calls).toEqual([]);
  });
});
