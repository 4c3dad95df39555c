// Background jobs (imports, exports) are followed by asking again every second while they run.
import { useEffect } from 'react';
import { useRevalidator } from 'react-router';

export const POLL_EVERY_MS = 1000;

/** Reloads the page's data every second while `running`; stops as soon as the job is over. */
export function useRefreshWhile(running: boolean): void {
  const revalidator = useRevalidator();
  const state = revalidator.state;
  useEffect(() => {
    if (!running || state !== 'idle') return;
    const timer = setTimeout(() => void revalidator.revalidate(), POLL_EVERY_MS);
    return () => clearTimeout(timer);
  }, [running, state, revalidator]);
}
