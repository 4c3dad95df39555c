// Growing lock-out against guessing (passwords, access codes, session joins): after 10 failures a key is locked for
// 2 minutes, and each further 10 failures doubles the lock. A success clears the key. Kept in PostgreSQL so every
// instance sees the same counters.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../graphql/errors.js';
import { selectRows, textArray } from '../../db/sql.js';

export const FAILURES_BEFORE_LOCK = 10;
export const FIRST_LOCK_SECONDS = 120;
/** A whole school often signs in from one address: its threshold is higher than an account's. */
export const FAILURES_BEFORE_LOCK_PER_ADDRESS = 100;

export class RateLimitedError extends AppError {
  constructor(seconds: number) {
    const minutes = Math.ceil(seconds / 60);
    super('RATE_LIMITED', `Trop d’essais infructueux : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`, { retryAfterSeconds: seconds });
  }
}

/** Refuses at once when any of the keys is locked. */
export async function assertNotLocked(em: EntityManager, keys: string[], now: Date): Promise<void> {
  const rows = await selectRows<{ locked_until: Date | null }>(em, 'select locked_until from rate_limits where key = any(?::text[]) and locked_until > ?', [textArray(keys), now]);
  const until = Math.max(0, ...rows.map((r) => new Date(r.locked_until!).getTime()));
  if (until > now.getTime()) throw new RateLimitedError(Math.ceil((until - now.getTime()) / 1000));
}

/** Counts a failure on each key; the statement is atomic, so concurrent failures all count. */
export async function recordFailure(em: EntityManager, keys: string[], now: Date, threshold = FAILURES_BEFORE_LOCK): Promise<void> {
  for (const key of keys) {
    await em.execute(
      `insert into rate_limits (key, failures, locked_until, updated_at) values (?, 1, null, ?)
       on conflict (key) do update set
         failures = rate_limits.failures + 1,
         locked_until = case when (rate_limits.failures + 1) % ${threshold} = 0
           then ?::timestamptz + make_interval(secs => ${FIRST_LOCK_SECONDS} * power(2, (rate_limits.failures + 1) / ${threshold} - 1))
           else rate_limits.locked_until end,
         updated_at = ?`,
      [key, now, now, now],
    );
  }
}

export async function clearFailures(em: EntityManager, keys: string[]): Promise<void> {
  await em.execute(`delete from rate_limits where key = any(?::text[])`, [textArray(keys)]);
}
