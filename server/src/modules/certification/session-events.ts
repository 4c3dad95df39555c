// Live changes of a session cross instances through PostgreSQL: every instance LISTENs and feeds its own subscribers.
// Two ways to announce a change:
//  - notifySessionChange(tx): NOTIFY inside the transaction, delivered when (and only if) it commits. PostgreSQL
//    serialises the commits of all transactions that NOTIFY (one global lock, held while the commit is flushed to
//    disk), so this is for rare changes (enrolment, finalisation, the invigilator's actions);
//  - hub.publish(): after the commit, for the hot paths (answers, starts: hundreds per second at the peak). The
//    changes are gathered for a few milliseconds and sent in one statement outside any transaction, which writes
//    nothing to disk. A crash right after a commit can lose one announcement: live views refresh on the next one.
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';

export const SUPERVISION_CHANNEL = 'opencrcn_supervision';

export interface SessionChange { sessionId: number; candidateId: number | null }

export async function notifySessionChange(em: EntityManager, sessionId: number, candidateId: number | null): Promise<void> {
  await em.execute('select pg_notify(?, ?)', [SUPERVISION_CHANNEL, JSON.stringify({ sessionId, candidateId } satisfies SessionChange)]);
}

type Listener = (change: SessionChange) => void;

/** One LISTEN connection per instance; it reconnects on its own if PostgreSQL restarts. */
export class SessionChangeHub {
  private client: pg.Client | null = null;
  private readonly listeners = new Map<number, Set<Listener>>();
  private stopped = false;
  private lost = false;
  private reconnecting = false;
  private readonly outbox = new Set<string>();
  private outboxTimer: NodeJS.Timeout | null = null;
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly databaseUrl: string, private readonly log: (m: string) => void) {}

  /** The first connection must succeed (the instance does not start without it); later ones are retried. */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'opencrcn-supervision', connectionTimeoutMillis: 3_000 });
    client.on('notification', (msg) => {
      try {
        this.deliver(JSON.parse(msg.payload ?? '{}') as SessionChange);
      } catch { /* a malformed payload is not ours */ }
    });
    client.on('error', (e) => this.log(`Supervision : connexion perdue (${e.message}), reconnexion…`));
    client.on('end', () => {
      if (this.client === client) this.client = null;
      this.reconnect(500);
    });
    await client.connect();
    await client.query(`listen ${SUPERVISION_CHANNEL}`);
    if (this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    const reconnected = this.lost;
    this.client = client;
    this.lost = false;
    // Changes made while the connection was down were not heard: every live view refreshes its whole session.
    if (reconnected) for (const sessionId of this.listeners.keys()) this.deliver({ sessionId, candidateId: null });
  }

  /** Retries with a growing delay (up to 10 s) until PostgreSQL accepts the connection again. */
  private reconnect(delay: number): void {
    if (this.stopped || this.reconnecting) return;
    this.lost = true;
    this.reconnecting = true;
    setTimeout(() => {
      this.connect()
        .then(() => { this.reconnecting = false; if (this.client) this.log('Supervision : connexion rétablie'); })
        .catch(() => { this.reconnecting = false; this.reconnect(Math.min(delay * 2, 10_000)); });
    }, delay).unref();
  }

  /** Announces a committed change to every instance (see the top of this file). */
  publish(sessionId: number, candidateId: number | null): void {
    this.outbox.add(JSON.stringify({ sessionId, candidateId } satisfies SessionChange));
    this.outboxTimer ??= setTimeout(() => void this.sendOutbox(), 20);
  }

  /** One announcement statement at a time on the connection: the next one waits, and takes what gathered meanwhile. */
  private sendOutbox(): Promise<void> {
    this.outboxTimer = null;
    this.sending = this.sending.then(() => this.send());
    return this.sending;
  }

  private async send(): Promise<void> {
    const payloads = [...this.outbox];
    this.outbox.clear();
    // Without a connection the announcements are dropped: subscribers refresh everything when it comes back.
    if (!this.client || !payloads.length) return;
    await this.client.query('select pg_notify($1, p) from unnest($2::text[]) p', [SUPERVISION_CHANNEL, payloads])
      .catch((e: Error) => this.log(`Supervision : annonce perdue (${e.message})`));
  }

  private deliver(change: SessionChange): void {
    for (const listener of this.listeners.get(change.sessionId) ?? []) listener(change);
  }

  subscribe(sessionId: number, listener: Listener): () => void {
    const set = this.listeners.get(sessionId) ?? new Set();
    set.add(listener);
    this.listeners.set(sessionId, set);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(sessionId);
    };
  }

  /** The changes of one session as an async iterator, for a GraphQL subscription; ends when the client leaves. */
  changes(sessionId: number): AsyncIterableIterator<SessionChange> {
    const queue: SessionChange[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const unsubscribe = this.subscribe(sessionId, (change) => {
      queue.push(change);
      wake?.();
    });
    const finish = async () => {
      done = true;
      unsubscribe();
      wake?.();
      return { value: undefined, done: true as const };
    };
    return {
      [Symbol.asyncIterator]() { return this; },
      async next() {
        while (!queue.length && !done) await new Promise<void>((r) => { wake = r; });
        wake = null;
        if (done) return { value: undefined, done: true as const };
        return { value: queue.shift()!, done: false as const };
      },
      return: finish,
      throw: async (e?: unknown) => { await finish(); throw e; },
    };
  }

  async stop(): Promise<void> {
    if (this.outboxTimer) clearTimeout(this.outboxTimer);
    await this.sendOutbox();
    this.stopped = true;
    await this.client?.end().catch(() => {});
  }
}
