// Time left, counted down in the browser from the seconds the server gave: the server's clock decides, the
// browser's only moves the display between two loads.
import { useEffect, useState } from 'react';
import { clock } from '../lib/certif-forms';

/** The seconds left now, from `seconds` as given at the last load; null when there is no timer. */
export function useCountdown(seconds: number | null | undefined): number | null {
  const [left, setLeft] = useState<number | null>(seconds ?? null);
  useEffect(() => {
    if (seconds == null) {
      setLeft(null);
      return;
    }
    const deadline = Date.now() + seconds * 1000;
    setLeft(seconds);
    const timer = setInterval(() => setLeft(Math.max(0, Math.round((deadline - Date.now()) / 1000))), 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  return left;
}

export function Countdown({ seconds }: { seconds: number | null | undefined }) {
  const left = useCountdown(seconds);
  if (left == null) return <>–</>;
  return <span className="certif-clock">{clock(left)}</span>;
}
