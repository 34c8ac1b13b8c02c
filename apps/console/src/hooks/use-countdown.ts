import { useEffect, useState } from 'preact/hooks';

/**
 * Seconds left before something is allowed again (after a 429's `retry-after`), ticking down
 * once a second. `start(n)` restarts it; it stops by itself at zero.
 */
export function useCountdown(): [remaining: number, start: (seconds: number) => void] {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (until <= now) return;
    const timer = window.setTimeout(
      () => {
        setNow(Date.now());
      },
      Math.min(1000, until - now),
    );
    return () => {
      window.clearTimeout(timer);
    };
  }, [until, now]);

  const remaining = Math.max(0, Math.ceil((until - now) / 1000));
  const start = (seconds: number) => {
    const current = Date.now();
    setNow(current);
    setUntil(current + seconds * 1000);
  };
  return [remaining, start];
}
