/** One finding: the claim in its passage, where it appears, what practice says, and the decision. */
import { useCallback } from 'react';
import type { FindingDetail } from '../../../../shared/contract/types.js';
import type { Claim } from '../../../../shared/domain/types.js';
import { useApi } from '../../api/api-context.js';
import { useQuery } from '../../api/use-query.js';
import { href } from '../../app/router.js';
import { useWorkspace } from '../../app/workspace-context.js';
import { ErrorAlert } from '../../components/Alert.js';
import { ReviewBadge, VerdictBadge } from '../../components/Badges.js';
import { HighlightedText } from '../../components/HighlightedText.js';
import { Icon } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { formatInteger, formatShare, shortUri } from '../../lib/format.js';
import { CATEGORY_LABELS, formatQuantity, SOURCE_KIND_LABELS, STRENGTH_LABELS, VERDICT_LABELS } from '../../lib/labels.js';
import { useDecide } from '../review/use-decide.js';
import { DecisionForm } from './DecisionForm.js';
import { DistributionChart } from './DistributionChart.js';
import { Occurrences } from './Occurrences.js';
import { ReviewHistory } from './ReviewHistory.js';

export function FindingScreen({ id }: { id: string }) {
  const api = useApi();
  const { revision } = useWorkspace();
  const detail = useQuery(() => api.call('findings.get', { id }), [api, id, revision]);
  const onDone = useCallback(() => detail.reload(), [detail]);
  const { decide, busy, error } = useDecide(onDone);

  const back = (
    <a className="back-link" href={href('review')}>
      <Icon name="arrowLeft" /> All findings
    </a>
  );

  if (!detail.data) {
    return (
      <div className="page">
        {back}
        <PageHeader title="Finding" />
        {detail.error ? <ErrorAlert error={detail.error} /> : <p className="muted">Loading…</p>}
      </div>
    );
  }

  const d = detail.data;
  const f = d.finding;
  const last = latestReview(d);
  const current = last?.status ?? 'open';
  return (
    <div className="page">
      {back}
      <PageHeader
        eyebrow={`${CATEGORY_LABELS[d.claim.category]} · ${STRENGTH_LABELS[d.claim.strength]}`}
        title={`${VERDICT_LABELS[f.verdict]}: ${CATEGORY_LABELS[d.claim.category].toLowerCase()} promise`}
        description={f.explanation}
        actions={
          <div className="row">
            <VerdictBadge verdict={f.verdict} />
            <ReviewBadge status={current} />
          </div>
        }
      />
      <ErrorAlert error={detail.error} />
      <div className="detail-grid">
        <div className="stack">
          <section className="card" aria-labelledby="claim-title">
            <div className="card-header">
              <h2 id="claim-title">The promise</h2>
              <span className="muted">
                {SOURCE_KIND_LABELS[d.claim.source.kind]} · {shortUri(d.claim.source.uri)}
              </span>
            </div>
            <div className="card-body stack">
              {d.passage?.leadIn ? <p className="lead-in">{d.passage.leadIn}</p> : null}
              {d.passage?.context ? <p className="lead-in">{d.passage.context}</p> : null}
              <blockquote className="passage" data-testid="claim-passage">
                <HighlightedText text={d.claim.text} span={d.claim.span} />
              </blockquote>
              <ClaimFacts claim={d.claim} />
            </div>
          </section>

          {d.conflictsWith ? (
            <section className="card" aria-labelledby="conflict-title">
              <div className="card-header">
                <h2 id="conflict-title">Contradicted by</h2>
                <span className="muted">
                  {SOURCE_KIND_LABELS[d.conflictsWith.source.kind]} · {shortUri(d.conflictsWith.source.uri)}
                </span>
              </div>
              <div className="card-body stack">
                <blockquote className="passage">
                  <HighlightedText text={d.conflictsWith.text} span={d.conflictsWith.span} />
                </blockquote>
                <ClaimFacts claim={d.conflictsWith} />
              </div>
            </section>
          ) : null}

          <section className="card" aria-labelledby="practice-title">
            <div className="card-header">
              <h2 id="practice-title">In practice</h2>
            </div>
            <div className="card-body stack">
              <dl className="facts">
                <Fact label="Records" value={formatInteger(f.n)} />
                <Fact label="Met the promise" value={formatShare(f.attainment)} sub={f.attainmentLow !== null && f.attainmentHigh !== null ? `${formatShare(f.attainmentLow)}–${formatShare(f.attainmentHigh)}` : undefined} />
                <Fact label="Target" value={formatShare(f.target)} />
                <Fact label="Median" value={formatQuantity(f.p50, d.distribution?.unit ?? d.claim.unit)} />
                <Fact label="90th percentile" value={formatQuantity(f.p90, d.distribution?.unit ?? d.claim.unit)} />
                <Fact label="Severity" value={`${Math.round(f.severity)} / 100`} />
              </dl>
              {d.distribution && d.distribution.bins.length ? (
                <DistributionChart distribution={d.distribution} />
              ) : (
                <p className="muted">{d.claim.measurable ? 'No practice records measure this promise yet. Import a log that does, then run again.' : 'This kind of promise cannot be measured from logs; judge it by hand.'}</p>
              )}
            </div>
          </section>

          {f.suggestion ? (
            <section className="card suggestion" aria-labelledby="suggestion-title">
              <div className="card-header">
                <h2 id="suggestion-title">Suggested honest wording</h2>
              </div>
              <div className="card-body">
                <p className="suggestion-text">{f.suggestion}</p>
              </div>
            </section>
          ) : null}

          <section className="card" aria-labelledby="where-title">
            <div className="card-header">
              <h2 id="where-title">Where it appears</h2>
              <span className="muted">
                {formatInteger(d.occurrences.length)} place{d.occurrences.length === 1 ? '' : 's'}
              </span>
            </div>
            <div className="table-wrap card-table">
              <Occurrences occurrences={d.occurrences} />
            </div>
          </section>
        </div>

        <aside className="stack detail-aside" aria-label="Review">
          <section className="card" aria-labelledby="decide-title">
            <div className="card-header">
              <h2 id="decide-title">Your decision</h2>
            </div>
            <div className="card-body">
              <DecisionForm key={`${f.id}-${last?.id ?? 'none'}`} current={current} last={last} suggestion={f.suggestion} busy={busy} error={error} onDecide={(dec) => decide([f.key], dec)} />
            </div>
          </section>
          <section className="card" aria-labelledby="history-title">
            <div className="card-header">
              <h2 id="history-title">History</h2>
            </div>
            <div className="card-body">
              <ReviewHistory reviews={d.reviews} />
            </div>
          </section>
        </aside>
      </div>
    </div>
  );
}

function latestReview(d: FindingDetail) {
  return [...d.reviews].sort((a, b) => a.at.localeCompare(b.at)).pop() ?? null;
}

function ClaimFacts({ claim }: { claim: Claim }) {
  return (
    <dl className="facts">
      <Fact label="Threshold" value={formatQuantity(claim.value, claim.unit, claim.valueMax)} />
      <Fact label="Strength" value={STRENGTH_LABELS[claim.strength]} />
      <Fact label="Applies to" value={claim.scope === 'share' && claim.share !== null ? `${claim.share}% of cases` : claim.scope === 'all' ? 'Every case' : 'Not stated'} />
      <Fact label="Seen" value={`${formatInteger(claim.occurrences.length)}×`} />
    </dl>
  );
}

function Fact({ label, value, sub }: { label: string; value: string; sub?: string | undefined }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {value}
        {sub ? <span className="fact-sub"> ({sub})</span> : null}
      </dd>
    </div>
  );
}
