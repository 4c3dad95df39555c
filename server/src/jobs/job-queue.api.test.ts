// Several instances start at the same moment on one database (a rolling deployment, the morning scale-out): their
// job queues and schedules are set up together without deadlocking, and a job queued by one runs once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobQueue, type JobQueue } from './job-queue.js';
import { createTestDatabase, type TestDatabase } from '../../testing/database.js';

let db: TestDatabase;
const queues: JobQueue[] = [];

beforeAll(async () => { db = await createTestDatabase(); });
afterAll(async () => {
  for (const q of queues) await q.stop();
  await db?.drop();
});

describe('job queue shared by instances', () => {
  it('sets up the same queues and schedules from three instances at once, then runs a job once', async () => {
    const ran: string[] = [];
    const names = ['instances.a', 'instances.b', 'instances.c', 'instances.d'];
    queues.push(...(await Promise.all([1, 2, 3].map(() => startJobQueue(db.url, () => {}, { pollingSeconds: 0.5 })))));
    await Promise.all(queues.flatMap((q, i) => [
      ...names.map((name) => q.work(name, async (data) => { ran.push(`${i}:${String(data.n)}`); })),
      q.schedule('instances.nightly', '17 3 * * *'),
    ]));
    await queues[1].send('instances.c', { n: 7 });
    for (let i = 0; i < 100 && !ran.length; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1000));
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatch(/^\d:7$/);
  });
});
