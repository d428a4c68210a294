/** Hand-built claims for cross-check tests: a realistic default, overridden per test. */
import type { Claim, Occurrence } from '../../shared/domain/types.js';

let seq = 0;

/** A page occurrence at a URL of the fixture company. */
export function onPage(path: string): Occurrence {
  return { uri: `https://www.harbourhomes.example/${path}`, kind: 'page', location: { page: null, path: 'main > p', line: null } };
}

/** A flyer occurrence. */
export function onFlyer(name = 'tenant-flyer.pdf', page = 1): Occurrence {
  return { uri: `file:///docs/${name}`, kind: 'flyer', location: { page, path: null, line: null } };
}

/** A measurable "we return calls within 24 hours" claim; any field can be overridden. */
export function makeClaim(over: Partial<Claim> = {}): Claim {
  seq++;
  const source = over.source ?? over.occurrences?.[0] ?? onPage('contact');
  return {
    id: `c${seq}`,
    key: `k${seq}`,
    text: 'We will return every call within 24 hours.',
    span: [0, 42],
    category: 'callback',
    measurable: true,
    value: 24,
    valueMax: null,
    unit: 'hours',
    strength: 'firm',
    scope: 'all',
    share: null,
    source,
    occurrences: [source],
    ...over,
  };
}
