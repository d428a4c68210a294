import { describe, expect, it } from 'vitest';
import { PACKAGED_LOCATION } from '../../../electron/app/app-location.js';
import { senderRefusal, type SenderFacts } from '../../../electron/security/sender-policy.js';

const ours: SenderFacts = { frameUrl: 'app://promise-auditor/index.html', isMainFrame: true, fromAppWindow: true };

describe('IPC sender check', () => {
  it('trusts the main frame of our window showing our page', () => {
    expect(senderRefusal(ours, PACKAGED_LOCATION)).toBeNull();
    expect(senderRefusal({ ...ours, frameUrl: 'app://promise-auditor/index.html#/review' }, PACKAGED_LOCATION)).toBeNull();
  });

  it.each([
    ['an embedded frame of our page', { ...ours, isMainFrame: false }, 'embedded frame'],
    ['the srcdoc report preview', { ...ours, frameUrl: 'about:srcdoc', isMainFrame: false }, 'embedded frame'],
    ['a frame that is gone', { ...ours, frameUrl: null }, 'gone'],
    ['another webContents (DevTools, the PDF printer)', { ...ours, fromAppWindow: false }, 'not come from'],
    ['our window after navigating to a web page', { ...ours, frameUrl: 'https://evil.example/' }, 'not the Promise Auditor page'],
    ['our window showing a file', { ...ours, frameUrl: 'file:///tmp/x.html' }, 'not the Promise Auditor page'],
    ['our window showing a data: page', { ...ours, frameUrl: 'data:text/html,hi' }, 'not the Promise Auditor page'],
    ['a look-alike host', { ...ours, frameUrl: 'app://promise-auditor.evil.example/' }, 'not the Promise Auditor page'],
    ['about:blank in the main frame', { ...ours, frameUrl: 'about:blank' }, 'not the Promise Auditor page'],
  ] as const)('refuses %s', (_name, facts, reason) => {
    expect(senderRefusal(facts, PACKAGED_LOCATION)).toContain(reason);
  });
});
