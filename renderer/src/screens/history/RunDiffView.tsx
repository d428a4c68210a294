/** What changed between two runs: promises added, removed, reworded, and verdicts that moved. */
import type { RunDiff } from '../../../../shared/domain/diff.js';
import type { Claim } from '../../../../shared/domain/types.js';
import { VerdictBadge } from '../../components/Badges.js';
import { Icon } from '../../components/Icon.js';
import { shortUri } from '../../lib/format.js';
import { CATEGORY_LABELS } from '../../lib/labels.js';

const SHOWN = 300;

export function RunDiffView({ diff }: { diff: RunDiff }) {
  const total = diff.added.length + diff.removed.length + diff.reworded.length + diff.verdictChanged.length;
  return (
    <div className="stack">
      <div className="diff-summary">
        <DiffCount label="Added" value={diff.added.length} tone="added" />
        <DiffCount label="Removed" value={diff.removed.length} tone="removed" />
        <DiffCount label="Reworded" value={diff.reworded.length} tone="reworded" />
        <DiffCount label="Verdict changed" value={diff.verdictChanged.length} tone="changed" />
      </div>
      {total === 0 ? <p className="muted">No promise changed between these runs.</p> : null}
      {diff.verdictChanged.length ? (
        <DiffSection title="Verdicts that changed">
          {diff.verdictChanged.slice(0, SHOWN).map((v) => (
            <li key={v.claim.id} className="diff-item">
              <ClaimLine claim={v.claim} />
              <span className="row diff-verdicts">
                <VerdictBadge verdict={v.before} />
                <Icon name="arrowRight" />
                <VerdictBadge verdict={v.after} />
              </span>
            </li>
          ))}
        </DiffSection>
      ) : null}
      {diff.reworded.length ? (
        <DiffSection title="Reworded">
          {diff.reworded.slice(0, SHOWN).map((r) => (
            <li key={r.after.id} className="diff-item diff-reworded">
              <p className="diff-before">
                <span className="sr-only">Before: </span>
                {r.before.text}
              </p>
              <p className="diff-after">
                <span className="sr-only">After: </span>
                {r.after.text}
              </p>
              <span className="muted">{shortUri(r.after.source.uri)}</span>
            </li>
          ))}
        </DiffSection>
      ) : null}
      {diff.added.length ? (
        <DiffSection title="New promises">
          {diff.added.slice(0, SHOWN).map((c) => (
            <li key={c.id} className="diff-item">
              <ClaimLine claim={c} />
            </li>
          ))}
        </DiffSection>
      ) : null}
      {diff.removed.length ? (
        <DiffSection title="Promises no longer made">
          {diff.removed.slice(0, SHOWN).map((c) => (
            <li key={c.id} className="diff-item">
              <ClaimLine claim={c} />
            </li>
          ))}
        </DiffSection>
      ) : null}
    </div>
  );
}

function DiffCount({ label, value, tone }: { label: string; value: number; tone: string }) {
  return (
    <div className={`diff-count diff-${tone}`}>
      <span className="stat-value">{value}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

function DiffSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="diff-section">
      <h3>{title}</h3>
      <ul className="diff-list">{children}</ul>
    </section>
  );
}

function ClaimLine({ claim }: { claim: Claim }) {
  return (
    <span className="diff-claim">
      <span>{claim.text}</span>
      <span className="muted">
        {CATEGORY_LABELS[claim.category]} · {shortUri(claim.source.uri)}
      </span>
    </span>
  );
}
