/** A link to a crawled page: only for http(s) addresses, in a new window, with no opener. */
import type { MouseEvent, ReactNode } from 'react';
import { useDesktop } from '../api/api-context.js';
import { httpUrl } from '../lib/safe-url.js';
import { toUiError } from '../lib/ui-error.js';
import { Icon } from './Icon.js';
import { useNotify } from './Toasts.js';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const desktop = useDesktop();
  const notify = useNotify();
  const safe = httpUrl(href);
  if (!safe) return <span className="break">{children}</span>;
  // In the desktop app the shell opens the browser after its own link check, and says why if it will not.
  const onClick = desktop
    ? (e: MouseEvent) => {
        e.preventDefault();
        desktop.call('desktop.openExternal', { url: safe }).then(
          (r) => !r.opened && notify(`Not opened: ${r.reason ?? 'the link was refused'}`),
          (err: unknown) => notify(toUiError(err).message),
        );
      }
    : undefined;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className="break" onClick={onClick}>
      {children}
      <Icon name="external" className="inline-icon" />
      <span className="sr-only"> (opens in your browser)</span>
    </a>
  );
}
