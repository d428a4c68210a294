/** What changed since the previous run, in words and bounded lists. */
import type { RunDiff } from '../domain/diff.js';
import type { Run } from '../domain/types.js';
import { clip, formatDate, plural } from './format.js';
import { VERDICT_LABELS, VERDICT_RANK } from './labels.js';
import { MAX_TEXT } from './model-parts.js';
import type { ChangeList, Changes, VerdictChange } from './model-types.js';

/** Items listed per kind of change before the count takes over. */
const MAX_ITEMS = 20;

function bounded<T, U>(items: readonly T[], map: (item: T) => U): ChangeList<U> {
  return { count: items.length, items: items.slice(0, MAX_ITEMS).map(map) };
}

/** The changes section; a first run says so instead. */
export function changes(diff: RunDiff | null, previousRun: Run | null): Changes {
  if (diff === null) {
    const none = { count: 0, items: [] };
    return {
      previousRun: null,
      summary: 'This is the first run of this audit, so there is nothing earlier to compare with.',
      added: none,
      removed: none,
      reworded: none,
      verdictChanged: none,
    };
  }
  const label =
    previousRun === null
      ? 'the previous run'
      : `run ${previousRun.number} (${formatDate(previousRun.finishedAt ?? previousRun.startedAt) ?? 'date unknown'})`;
  const verdictChanged = bounded(diff.verdictChanged, (c): VerdictChange => ({
    text: clip(c.claim.text, MAX_TEXT),
    before: VERDICT_LABELS[c.before],
    after: VERDICT_LABELS[c.after],
    direction: VERDICT_RANK[c.after] > VERDICT_RANK[c.before] ? 'better' : 'worse',
  }));
  const better = diff.verdictChanged.filter((c) => VERDICT_RANK[c.after] > VERDICT_RANK[c.before]).length;
  const worse = diff.verdictChanged.length - better;
  const parts = [
    `${plural(diff.added.length, 'promise')} added`,
    `${diff.removed.length} removed`,
    `${diff.reworded.length} reworded`,
  ];
  const verdicts =
    diff.verdictChanged.length === 0
      ? 'no verdict changed'
      : `${plural(diff.verdictChanged.length, 'verdict')} changed (${better} better, ${worse} worse)`;
  return {
    previousRun: label.charAt(0).toUpperCase() + label.slice(1),
    summary: `Since ${label}: ${parts.join(', ')}, and ${verdicts}.`,
    added: bounded(diff.added, (c) => clip(c.text, MAX_TEXT)),
    removed: bounded(diff.removed, (c) => clip(c.text, MAX_TEXT)),
    reworded: bounded(diff.reworded, (r) => ({ before: clip(r.before.text, MAX_TEXT), after: clip(r.after.text, MAX_TEXT) })),
    verdictChanged,
  };
}
