/** The stages of a run as a row of steps: done, under way, waiting. */
import { RUN_STAGES, type RunStage, type RunStatus } from '../../../../shared/domain/types.js';
import { Icon } from '../../components/Icon.js';
import { STAGE_LABELS } from '../../lib/labels.js';

const STEPS = RUN_STAGES.filter((s) => s !== 'done');

export function StageSteps({ stage, status }: { stage: RunStage; status: RunStatus }) {
  const current = RUN_STAGES.indexOf(stage);
  return (
    <ol className="steps" aria-label="Stages">
      {STEPS.map((s, i) => {
        const state = i < current || stage === 'done' ? 'done' : i === current ? (status === 'running' ? 'active' : 'stopped') : 'waiting';
        return (
          <li key={s} className={`step step-${state}`} aria-current={state === 'active' ? 'step' : undefined}>
            <span className="step-dot" aria-hidden="true">
              {state === 'done' ? <Icon name="check" /> : state === 'active' ? <span className="spinner" /> : i + 1}
            </span>
            <span className="step-label">{STAGE_LABELS[s]}</span>
            <span className="sr-only">{state === 'done' ? ' (done)' : state === 'active' ? ' (under way)' : state === 'stopped' ? ' (stopped)' : ' (waiting)'}</span>
          </li>
        );
      })}
    </ol>
  );
}
