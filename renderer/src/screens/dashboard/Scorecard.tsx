/** The six verdicts with their counts; each opens the review grid filtered to it. */
import { VERDICTS, type Verdict } from '../../../../shared/domain/types.js';
import { href } from '../../app/router.js';
import { formatInteger } from '../../lib/format.js';
import { VERDICT_LABELS, VERDICT_MEANINGS } from '../../lib/labels.js';

export function Scorecard({ counts }: { counts: Record<Verdict, number> }) {
  return (
    <ul className="scorecard" aria-label="Scorecard">
      {VERDICTS.map((v) => (
        <li key={v}>
          <a className={`score score-${v}`} href={href(`review?verdict=${v}`)} data-testid={`score-${v}`}>
            <span className="score-label">
              <span className={`score-dot verdict-dot-${v}`} aria-hidden="true" />
              {VERDICT_LABELS[v]}
            </span>
            <span className="score-value">{formatInteger(counts[v])}</span>
            <span className="score-meaning">{VERDICT_MEANINGS[v]}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
