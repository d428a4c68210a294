/**
 * The evaluation as a person reads it: headline figures, field accuracies, then every miss,
 * wrong field, extra claim and distractor reported, grouped by page.
 */
import type { EvalResult } from './run-eval.js';
import { FIELDS } from './score.js';

/** A plain-text report of an evaluation. */
export function formatEval(result: EvalResult): string {
  const s = result.summary;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `Gold file: ${result.goldFile}`,
    `Promises found: ${s.found}/${s.gold}   claims: ${s.claims} (${s.matchedClaims} matched)`,
    `Recall ${pct(s.recall)}   Precision ${pct(s.precision)}   F1 ${pct(s.f1)}`,
    `Field accuracy: ${FIELDS.map((f) => `${f} ${pct(s.fieldAccuracy[f])}`).join(', ')}   (mean ${pct(s.meanFieldAccuracy)})`,
    `Distractors reported: ${s.distractorsReported}/${s.distractorsTotal}`,
  ];
  for (const d of result.documents) {
    if (d.misses.length + d.extras.length + d.distractors.length + d.wrong.length === 0) continue;
    lines.push('', `== ${d.file}: ${d.found}/${d.gold} found, ${d.claims} claims`);
    for (const m of d.misses) lines.push(`  MISS     "${m}"`);
    for (const w of d.wrong) lines.push(`  WRONG    ${w.field}: expected ${fmt(w.expected)}, got ${fmt(w.actual)}  "${w.quote}"`);
    for (const e of d.extras) lines.push(`  EXTRA    "${e}"`);
    for (const x of d.distractors) lines.push(`  DISTRACT "${x}"`);
  }
  return lines.join('\n');
}

function fmt(v: unknown): string {
  return v === null ? 'null' : typeof v === 'string' ? v : JSON.stringify(v);
}
