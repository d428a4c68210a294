/** Messages in the page: errors that say what went wrong and how to fix it, notices, successes. */
import type { ReactNode } from 'react';
import type { UiError } from '../lib/ui-error.js';
import { Icon } from './Icon.js';

type Tone = 'error' | 'success' | 'warning' | 'info';
const ICONS = { error: 'alert', success: 'check', warning: 'alert', info: 'info' } as const;

export function Alert({ tone, title, children }: { tone: Tone; title?: string; children?: ReactNode }) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={ICONS[tone]} />
      <div className="alert-body">
        {title ? <div className="alert-title">{title}</div> : null}
        {children}
      </div>
    </div>
  );
}

/** An API or UI error: its title, message, field issues and the hint on what to do. */
export function ErrorAlert({ error, action }: { error: UiError | null; action?: ReactNode }) {
  if (!error) return null;
  return (
    <Alert tone="error" title={error.title}>
      <p>{error.message}</p>
      {error.issues.length > 0 ? (
        <ul>
          {error.issues.slice(0, 20).map((issue, i) => (
            <li key={i}>{issue}</li>
          ))}
        </ul>
      ) : null}
      {error.hint ? <p className="secondary">{error.hint}</p> : null}
      {action}
    </Alert>
  );
}
