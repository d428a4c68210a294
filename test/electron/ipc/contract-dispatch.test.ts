import { describe, expect, it } from 'vitest';
import { validatedDispatch } from '../../../electron/ipc/contract-dispatch.js';
import { envelope } from '../../../electron/ipc/envelope.js';

function fakeCore() {
  const seen: { method: unknown; params: unknown }[] = [];
  return {
    seen,
    dispatch: async (method: unknown, params: unknown) => {
      seen.push({ method, params });
      return 'done';
    },
  };
}

describe('contract validation at the IPC boundary', () => {
  it('passes valid calls with their defaults applied', async () => {
    const core = fakeCore();
    const dispatch = validatedDispatch(core);
    await dispatch('report.preview', {});
    await dispatch('review.decide', { findingKeys: ['k1'], status: 'accepted', reviewer: 'Ann' });
    expect(core.seen).toEqual([
      { method: 'report.preview', params: { paper: 'A4' } },
      { method: 'review.decide', params: { findingKeys: ['k1'], status: 'accepted', reviewer: 'Ann' } },
    ]);
  });

  it.each([
    ['workspace.open', {}, 'path'],
    ['workspace.open', { path: '/a.paudit', extra: true }, 'extra'],
    ['documents.add', { name: '../../etc/passwd', dataBase64: 'AA==' }, 'plain file name'],
    ['documents.add', { name: 'a.pdf', dataBase64: 'not base64!' }, 'base64'],
    ['review.decide', { findingKeys: ['k'], status: 'dismissed', reviewer: 'Ann' }, 'dismissal needs a reason'],
    ['workspace.info', { anything: 1 }, 'anything'],
    ['runs.diff', 'not an object', 'params'],
  ])('refuses %s %j before the core sees it', async (method, params, mentions) => {
    const core = fakeCore();
    const answer = await envelope(() => validatedDispatch(core)(method, params));
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('bad-input');
      expect(answer.error.message).toContain(mentions);
    }
    expect(core.seen).toEqual([]);
  });
});
