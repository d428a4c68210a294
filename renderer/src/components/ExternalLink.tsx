/** A link to a crawled page: only for http(s) addresses, in a new window, with no opener. */
import type { ReactNode } from 'react';
import { httpUrl } from '../lib/safe-url.js';
import { Icon } from './Icon.js';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const safe = httpUrl(href);
  if (!safe) return <span className="break">{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className="break">
      {children}
      <Icon name="external" className="inline-icon" />
      <span className="sr-only"> (opens in your browser)</span>
    </a>
  );
}
