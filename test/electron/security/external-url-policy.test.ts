import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../electron/security/external-url-policy.js';

// Links a page might ask the app to open in the user's browser.
const ATTEMPTS: readonly [url: string, opens: boolean, why: string][] = [
  ['https://example.com/terms', true, 'a plain https link'],
  ['http://example.org/a?b=c#d', true, 'a plain http link with query and fragment'],
  ['HTTPS://Example.COM/Path', true, 'upper case scheme and host'],
  ['https://example.com:8443/', true, 'a port'],
  ['https://münchen.de/', true, 'a genuine internationalised name written in Unicode'],
  ['https://xn--mnchen-3ya.de/', true, 'the same name in punycode'],
  ['https://почта.рф/', true, 'an all-Cyrillic name under a Cyrillic TLD'],
  ['http://127.0.0.1:4173/pricing', true, 'the loopback sample site'],
  ['https://[2001:db8::1]/', true, 'an IPv6 literal as written'],
  ['javascript:alert(document.cookie)', false, 'javascript:'],
  ['JAVASCRIPT:alert(1)', false, 'javascript: in capitals'],
  [' javascript:alert(1)', false, 'leading space'],
  ['java\tscript:alert(1)', false, 'tab in the scheme'],
  ['vbscript:msgbox("x")', false, 'vbscript:'],
  ['file:///C:/Windows/System32/calc.exe', false, 'a local executable'],
  ['file://attacker.example/share/payload.lnk', false, 'a remote file: share'],
  ['smb://attacker.example/share', false, 'SMB (leaks NTLM hashes)'],
  ['\\\\attacker.example\\share', false, 'a UNC path'],
  ['data:text/html,<script>alert(1)</script>', false, 'data:'],
  ['ms-msdt:/id PCWDiagnostic /skip force /param "IT_BrowseForFile=x"', false, 'Follina protocol handler'],
  ['search-ms:query=invoice&crumb=location:\\\\attacker.example\\s', false, 'Windows search handler'],
  ['ms-officecmd:{"id":1}', false, 'Office protocol handler'],
  ['mailto:someone@example.com', false, 'mailto (only http and https open)'],
  ['ftp://example.com/file', false, 'ftp'],
  ['chrome://settings', false, 'a browser page'],
  ['app://promise-auditor/index.html', false, 'our own scheme'],
  ['https://user:secret@example.com/', false, 'credentials'],
  ['https://example.com@evil.example/', false, 'userinfo disguise'],
  ['https://@evil.example/', false, 'empty userinfo'],
  ['https://example.com%40evil.example/', false, 'percent-encoded @ in the host'],
  ['https://example.com\\@evil.example/', false, 'backslash disguise'],
  ['https:example.com', false, 'no slashes'],
  ['https:/example.com', false, 'one slash'],
  ['https://0x7f.0.0.1/', false, 'hexadecimal IP'],
  ['https://2130706433/', false, 'decimal IP'],
  ['https://0177.0.0.1/', false, 'octal IP'],
  ['https://127.1/', false, 'shortened IP'],
  ['https://ｅｘａｍｐｌｅ.com/', false, 'full-width letters'],
  ['https://example。com/', false, 'ideographic full stop'],
  ['https://exam\u200bple.com/', false, 'zero-width space'],
  ['https://exa\u00admple.com/', false, 'soft hyphen'],
  ['https://аррӏе.com/', false, 'all-Cyrillic apple.com homograph'],
  ['https://xn--80ak6aa92e.com/', false, 'the same homograph in punycode'],
  ['https://pаypal.com/', false, 'one Cyrillic а among Latin letters'],
  ['https://gοogle.com/', false, 'a Greek omicron among Latin letters'],
  ['https://еxample.com/', false, 'Cyrillic е at the start'],
  ['https://example.com/\u202egnp.exe', false, 'right-to-left override'],
  ['https://', false, 'no host'],
  ['', false, 'empty'],
  ['https://example.com/' + 'a'.repeat(5000), false, 'too long'],
];

describe('external links', () => {
  it.each(ATTEMPTS)('%j -> opens: %s (%s)', (url, opens) => {
    const decision = checkExternalUrl(url);
    expect(decision.ok, decision.ok ? 'opened' : decision.reason).toBe(opens);
  });

  it('gives a reason for every refusal and the normalised URL for every opening (figure)', () => {
    let refused = 0;
    for (const [url, opens] of ATTEMPTS) {
      const d = checkExternalUrl(url);
      if (d.ok) expect(d.url).toBe(new URL(url).href);
      else {
        refused += 1;
        expect(d.reason.length).toBeGreaterThan(10);
      }
      expect(d.ok).toBe(opens);
    }
    const hostile = ATTEMPTS.filter(([, o]) => !o).length;
    console.log(`external-link attempts: ${ATTEMPTS.length}, hostile ${hostile}, refused ${refused}`);
    expect(hostile).toBeGreaterThanOrEqual(30);
  });

  it('refuses what is not a string', () => {
    for (const v of [undefined, null, 0, {}, new URL('https://example.com/')]) expect(checkExternalUrl(v).ok).toBe(false);
  });

  it('names the real destination of a disguised host', () => {
    const d = checkExternalUrl('https://0x7f.0.0.1/');
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toContain('127.0.0.1');
  });
});
