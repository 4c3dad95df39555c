import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, openTestOrm, type TestDatabase } from '../../testing/database.js';
import { batchedStatement } from './direct.js';

let db: TestDatabase;
let orm: MikroORM;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openTestOrm(db.url);
  orm.em.getConnection().getKnex().on('query', (q: { sql: string }) => statements.push(q.sql));
});
afterAll(async () => {
  await orm.close(true);
  await db.drop();
});

// 100 divided by each item: an item 0 makes the whole statement fail.
const hundredths = batchedStatement<number, { item: number; quotient: number }, number>(
  { name: 'test-hundredths', text: 'select k.item, 100 / k.divisor as quotient from unnest($1::int[]) with ordinality as k(divisor, item)' },
  (divisors) => [divisors],
  (rows, divisors) => divisors.map((_, i) => rows.find((r) => Number(r.item) === i + 1)?.quotient ?? null),
);

/** Each item's own value, one statement at a time; a statement that carries a 0 sleeps for a while first. */
const sleepingOnZero = (name: string, seconds: number, turnMs?: number) => batchedStatement<number, { item: number; value: number }, number>(
  { name, text: `select k.item, k.value from unnest($1::int[]) with ordinality as k(value, item), pg_sleep(case when 0 = any($1::int[]) then ${seconds} else 0 end)` },
  (values) => [values],
  (rows, values) => values.map((_, i) => rows.find((r) => Number(r.item) === i + 1)?.value ?? null),
  { maxRunning: 1, turnMs },
);

describe('a statement shared by the requests that arrive together', () => {
  it('runs once for the items of one turn of the event loop, each getting its own result', async () => {
    statements.length = 0;
    expect(await Promise.all([1, 2, 4, 5].map((d) => hundredths(orm.em.fork(), d)))).toEqual([100, 50, 25, 20]);
    expect(statements).toHaveLength(1);
  });

  it('waits, while its statements run at the most, and sends what arrived meanwhile in one statement', async () => {
    // One statement at a time; the first item holds it for a while.
    const slowly = sleepingOnZero('test-slowly', 0.3);
    statements.length = 0;
    const first = slowly(orm.em.fork(), 0);
    await new Promise((r) => setTimeout(r, 50));
    // Three requests, each in a turn of its own, while the first statement runs.
    const later: Promise<number | null>[] = [];
    for (const value of [1, 2, 3]) {
      later.push(slowly(orm.em.fork(), value));
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all([first, ...later])).toEqual([0, 1, 2, 3]);
    expect(statements).toHaveLength(2);
  });

  it('lets the next batch go when a statement runs past its turn', async () => {
    const stuck = sleepingOnZero('test-stuck', 1, 200);
    const order: number[] = [];
    const first = stuck(orm.em.fork(), 0).then((v) => { order.push(v!); });
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await stuck(orm.em.fork(), 5).then((v) => { order.push(v!); });
    // Its turn came once the first statement had run for 200 ms, not when it ended a second later.
    expect(performance.now() - started).toBeLessThan(800);
    await first;
    expect(order).toEqual([5, 0]);
  });

  it('runs each item alone when one of them makes the statement fail, so that only that item gets the error', async () => {
    statements.length = 0;
    const results = await Promise.allSettled([4, 0, 10].map((d) => hundredths(orm.em.fork(), d)));
    expect(results[0]).toEqual({ status: 'fulfilled', value: 25 });
    expect(results[1].status).toBe('rejected');
    expect(((results[1] as PromiseRejectedResult).reason as { code?: string }).code).toBe('22012'); // division by zero
    expect(results[2]).toEqual({ status: 'fulfilled', value: 10 });
    expect(statements).toHaveLength(4);
  });
});
