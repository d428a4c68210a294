/** The transport over the loopback HTTP bridge: POST /api/call and server-sent events. */
import type { ApiEvent, MethodName } from '../../../shared/contract/api.js';
import type { Transport } from '../../../shared/contract/client.js';
import { ApiError } from '../../../shared/contract/errors.js';

interface Answer {
  ok?: boolean;
  result?: unknown;
  error?: unknown;
}

export function createHttpTransport(token: string, base = ''): Transport {
  const listeners = new Set<(event: ApiEvent) => void>();
  let source: EventSource | null = null;

  function openEvents(): void {
    if (source) return;
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message) => {
      let event: ApiEvent;
      try {
        event = JSON.parse(String(message.data)) as ApiEvent;
      } catch {
        return;
      }
      if (!event || typeof event !== 'object' || typeof event.type !== 'string') return;
      for (const listener of [...listeners]) listener(event);
    };
  }

  return {
    async invoke(method: MethodName, params: unknown) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/call`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ method, params }),
        });
      } catch {
        throw new ApiError(
          'unavailable',
          'Promise Auditor is not answering. Check that it is still running (the command that opened this page), then try again.',
        );
      }
      let answer: Answer;
      try {
        answer = (await response.json()) as Answer;
      } catch {
        throw new ApiError('internal', `The server sent an unreadable answer (HTTP ${response.status}).`);
      }
      if (answer.ok === true) return answer.result;
      if (response.status === 401 || response.status === 403) {
        throw new ApiError('unavailable', 'This page is no longer authorised. Open it again from the link Promise Auditor printed.');
      }
      throw ApiError.fromBody(answer.error);
    },
    subscribe(listener) {
      listeners.add(listener);
      openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
