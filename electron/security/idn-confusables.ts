/**
 * Spotting internationalised host names made to look like other ones (`аррӏе.com` in Cyrillic
 * for `apple.com`). The rules follow what browsers do before they show a Unicode host: no label
 * may mix Latin with Cyrillic, Greek or other look-alike scripts, and a label written wholly in
 * a look-alike script under a Latin top-level domain must not consist only of letters that
 * pass for Latin ones.
 */
import { domainToUnicode } from 'node:url';

/** Scripts whose letters are commonly mistaken for Latin ones. */
const LOOKALIKE_SCRIPTS: readonly [name: string, test: RegExp][] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Coptic', /\p{Script=Coptic}/u],
];
const LATIN = /\p{Script=Latin}/u;

/**
 * Lower-case Cyrillic, Greek and Armenian letters that render like Latin letters in common fonts
 * (after the list Chromium's IDN spoof checker uses for whole-script confusables).
 */
const PASSES_FOR_LATIN = new Set(
  Array.from('аысԁеԍһіюјӏорԗԛѕԝхуъьҽпгѵѡкοαβεικνρτυχωϲϳϵզսօհոցա'),
);

/** Invisible or formatting code points that have no place in a host name. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Zs}]/u;

function scriptsIn(label: string): Set<string> {
  const found = new Set<string>();
  for (const ch of label) {
    if (LATIN.test(ch)) found.add('Latin');
    for (const [name, test] of LOOKALIKE_SCRIPTS) if (test.test(ch)) found.add(name);
  }
  return found;
}

/** Why the host (ASCII/punycode form, as URL.hostname gives it) looks like another one, or null. */
export function lookalikeHostReason(asciiHost: string): string | null {
  const unicode = domainToUnicode(asciiHost);
  if (unicode === '' && asciiHost !== '') return 'the host name is not a valid internationalised name';
  const labels = unicode.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const latinTld = /^[a-z0-9-]*$/i.test(tld);
  for (const label of labels) {
    if (/^[\x00-\x7f]*$/.test(label)) continue;
    if (INVISIBLE.test(label)) return `the host label "${asciiHost}" holds invisible characters`;
    const scripts = scriptsIn(label);
    const lookalikes = [...scripts].filter((s) => s !== 'Latin');
    if (scripts.has('Latin') && lookalikes.length > 0) {
      return `the host "${unicode}" mixes Latin with ${lookalikes.join(' and ')} letters (a look-alike name)`;
    }
    if (lookalikes.length > 1) return `the host "${unicode}" mixes ${lookalikes.join(' and ')} letters`;
    if (latinTld && lookalikes.length === 1) {
      const letters = Array.from(label.toLowerCase()).filter((ch) => /\p{L}/u.test(ch));
      if (letters.length > 0 && letters.every((ch) => PASSES_FOR_LATIN.has(ch))) {
        return `the host "${unicode}" is written in ${lookalikes[0]} letters that pass for Latin ones (a look-alike name)`;
      }
    }
  }
  return null;
}
