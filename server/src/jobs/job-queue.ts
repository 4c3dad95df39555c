// Background jobs on the same PostgreSQL (pg-boss): any instance may queue a job, any instance may run it.
import PgBoss from 'pg-boss';
import pg from 'pg';

// An arbitrary key for the advisory lock that serialises queue set-up across instances.
const SETUP_LOCK = 4_242_001;

/** Runs fn while holding a PostgreSQL advisory lock, so that instances starting together take turns. */
async function oneInstanceAtATime<T>(databaseUrl: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'opencrcn-jobs-setup' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SETUP_LOCK]);
    return await fn();
  } finally {
    await client.end().catch(() => {}); // ending the session releases the lock
  }
}

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

export interface JobQueue {
  send(name: string, data: Record<string, unknown>): Promise<string>;
  /** Queues a job on a cron schedule (UTC); pg-boss makes sure one instance queues it each time. */
  schedule(name: string, cron: string): Promise<void>;
  /** Runs jobs of this queue in this instance. */
  work(name: string, handler: JobHandler): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobQueue(databaseUrl: string, log: (m: string) => void, { pollingSeconds = 1 } = {}): Promise<JobQueue> {
  // pg-boss keeps its own tables in the "pgboss" schema and creates or upgrades them itself.
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4, application_name: 'opencrcn-jobs' });
  boss.on('error', (e) => log(`Tâches de fond : ${e.message}`));
  await boss.start();
  const queues = new Map<string, Promise<void>>();
  // Creating a queue or a schedule is DDL in pg-boss: two at once deadlock, whether in this instance or in another
  // one starting at the same moment, so they run one after the other, under a lock shared by all instances.
  let chain: Promise<unknown> = Promise.resolve();
  const ensureQueue = (name: string): Promise<void> => {
    let created = queues.get(name);
    if (!created) {
      created = chain.then(() => oneInstanceAtATime(databaseUrl, () => boss.createQueue(name)));
      chain = created.catch(() => {});
      queues.set(name, created);
    }
    return created;
  };
  return {
    async send(name, data) {
      await ensureQueue(name);
      const id = await boss.send(name, data, { retryLimit: 2, retryDelay: 5, expireInSeconds: 3600 });
      if (!id) throw new Error(`La tâche « ${name} » n'a pas pu être mise en file`);
      return id;
    },
    async schedule(name, cron) {
      await ensureQueue(name);
      await oneInstanceAtATime(databaseUrl, () => boss.schedule(name, cron, {}, { tz: 'UTC' }));
    },
    async work(name, handler) {
      await ensureQueue(name);
      await boss.work<Record<string, unknown>>(name, { batchSize: 1, pollingIntervalSeconds: pollingSeconds }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
