/**
 * The only place the app hands a URL to the operating system (the security lint enforces it):
 * every link goes through the external-link policy first.
 */
import { shell } from 'electron';
import { checkExternalUrl } from './external-url-policy.js';

/** The outcome of a request to open a link. */
export interface OpenExternalOutcome {
  readonly opened: boolean;
  /** Why the link was refused, or null. */
  readonly reason: string | null;
}

/** Opens `raw` in the user's browser if the policy allows it. */
export async function openExternalLink(raw: unknown): Promise<OpenExternalOutcome> {
  const decision = checkExternalUrl(raw);
  if (!decision.ok) return { opened: false, reason: decision.reason };
  await shell.openExternal(decision.url, { activate: true });
  return { opened: true, reason: null };
}
