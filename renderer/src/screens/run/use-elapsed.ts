/** A run's elapsed time that keeps ticking between progress events. */
import { useEffect, useState } from 'react';

export function useElapsed(elapsedMs: number, ticking: boolean): number {
  const [since, setSince] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = Date.now();
    setSince(t);
    setNow(t);
  }, [elapsedMs]);
  useEffect(() => {
    if (!ticking) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [ticking]);
  return ticking ? elapsedMs + Math.max(0, now - since) : elapsedMs;
}
