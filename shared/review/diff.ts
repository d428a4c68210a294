/**
 * What changed between two runs: claims added, removed and reworded, and verdicts that
 * changed. A pure function of the two runs' claims and findings.
 */
import type { RunDiff } from '../domain/diff.js';
import type { Claim, Finding, Verdict } from '../domain/types.js';

/** Same place and same kind of promise: the identity of a claim when its words change. */
function placeKey(c: Claim): string {
  return `${c.source.uri}\u0000${c.source.location.path ?? ''}\u0000${c.source.location.page ?? ''}\u0000${c.source.location.line ?? ''}\u0000${c.category}`;
}

function practiceVerdicts(findings: readonly Finding[]): Map<string, Verdict> {
  const m = new Map<string, Verdict>();
  for (const f of findings) if (f.verdict !== 'inconsistent') m.set(f.claimId, f.verdict);
  return m;
}

export function diffRuns(
  from: { runId: string; claims: readonly Claim[]; findings: readonly Finding[] },
  to: { runId: string; claims: readonly Claim[]; findings: readonly Finding[] },
): RunDiff {
  const beforeByKey = new Map(from.claims.map((c) => [c.key, c]));
  const afterByKey = new Map(to.claims.map((c) => [c.key, c]));
  const addedRaw = to.claims.filter((c) => !beforeByKey.has(c.key));
  const removedRaw = from.claims.filter((c) => !afterByKey.has(c.key));

  // A removed and an added claim at the same place, of the same category, is one claim reworded.
  const removedByPlace = new Map<string, Claim[]>();
  for (const c of removedRaw) {
    const k = placeKey(c);
    removedByPlace.set(k, [...(removedByPlace.get(k) ?? []), c]);
  }
  const reworded: { before: Claim; after: Claim }[] = [];
  const added: Claim[] = [];
  const matched = new Set<Claim>();
  for (const c of addedRaw) {
    const candidates = removedByPlace.get(placeKey(c));
    const before = candidates?.shift();
    if (before) {
      reworded.push({ before, after: c });
      matched.add(before);
    } else added.push(c);
  }
  const removed = removedRaw.filter((c) => !matched.has(c));

  const vBefore = practiceVerdicts(from.findings);
  const vAfter = practiceVerdicts(to.findings);
  const verdictChanged: { claim: Claim; before: Verdict; after: Verdict }[] = [];
  for (const c of to.claims) {
    const prev = beforeByKey.get(c.key);
    if (!prev) continue;
    const b = vBefore.get(prev.id);
    const a = vAfter.get(c.id);
    if (b && a && a !== b) verdictChanged.push({ claim: c, before: b, after: a });
  }
  for (const { before, after } of reworded) {
    const b = vBefore.get(before.id);
    const a = vAfter.get(after.id);
    if (b && a && a !== b) verdictChanged.push({ claim: after, before: b, after: a });
  }
  return { fromRunId: from.runId, toRunId: to.runId, added, removed, reworded, verdictChanged };
}
