// The hottest paths of the morning peak (a candidate's answer, the invigilator's live view) speak to PostgreSQL
// through a connection of the ORM's own pool, with prepared statements, and without the ORM's unit of work:
// a transaction through the ORM costs the API process about 0.6 ms of processor time before its first statement,
// several times what the statements cost (BENCHMARKS.md). Same pool, same limits, same outage handling. Each
// statement is its own transaction: these paths are written as single statements that check what they change.
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ClientBase, QueryResultRow } from 'pg';
import { isDatabaseUnavailable } from './unavailable.js';

/** A timestamp of a row read here: the ORM's pool hands timestamps over as text. */
export function timestamp(value: string | Date): Date;
export function timestamp(value: string | Date | null | undefined): Date | null;
export function timestamp(value: string | Date | null | undefined): Date | null {
  return value === null || value === undefined ? null : new Date(value);
}

/** A statement prepared once per connection under its name, then only bound and run. */
export interface Statement {
  name: string;
  text: string;
}

export interface DirectSql {
  rows<T extends QueryResultRow>(statement: Statement, values: unknown[]): Promise<T[]>;
}

interface KnexClient {
  acquireConnection(): Promise<Connection>;
  releaseConnection(connection: ClientBase): Promise<void>;
  emit(event: 'query', data: { sql: string; bindings: unknown[]; __knexUid?: string }): void;
}

function knexClient(em: EntityManager): KnexClient {
  return (em.getConnection('write').getKnex() as unknown as { client: KnexClient }).client;
}

type Connection = ClientBase & { __knexUid?: string };

/** Statements on one connection of the pool, each its own transaction. */
export function withDirectConnection<T>(em: EntityManager, fn: (sql: DirectSql) => Promise<T>): Promise<T> {
  return onConnection(knexClient(em), fn);
}

async function onConnection<T>(client: KnexClient, fn: (sql: DirectSql) => Promise<T>): Promise<T> {
  const connection = await client.acquireConnection();
  // Announced as the ORM's statements are, so that query logs and statement counts see them too.
  const announce = (text: string, values: unknown[]) => client.emit('query', { sql: text, bindings: values, __knexUid: connection.__knexUid });
  const sql: DirectSql = {
    async rows<R extends QueryResultRow>(statement: Statement, values: unknown[]) {
      announce(statement.text, values);
      return (await connection.query<R>({ name: statement.name, text: statement.text, values })).rows;
    },
  };
  try {
    return await fn(sql);
  } finally {
    await client.releaseConnection(connection);
  }
}

/** One statement on its own (its own transaction). */
export function directRows<T extends QueryResultRow>(em: EntityManager, statement: Statement, values: unknown[]): Promise<T[]> {
  return withDirectConnection(em, (sql) => sql.rows<T>(statement, values));
}

/**
 * A statement shared by every request of this instance that runs it within the same turn of the event loop, or
 * while the previous such statement runs: under load, the requests arriving together cost one statement, one round
 * trip, one wake-up of PostgreSQL (and, for a write, one commit) instead of one each. `params` turns the items
 * gathered into the statement's parameters (arrays, an element per item); `pick` finds each item's result in the
 * rows. The statement runs after each item arrived, so none sees older data than its own statement would have. A
 * statement is all or nothing: when one of several items makes it fail (other than an outage), each item runs again
 * alone, so that the error reaches only the item that causes it. Nothing is kept once it is answered.
 */
export function batchedStatement<I, R extends QueryResultRow, O>(
  statement: Statement,
  params: (items: readonly I[]) => unknown[],
  pick: (rows: R[], items: readonly I[]) => (O | null)[],
  { maxBatchSize = 100, maxRunning = 1, turnMs = 500 } = {},
) {
  const loaders = new WeakMap<KnexClient, DataLoader<I, O | null>>();
  return (em: EntityManager, item: I): Promise<O | null> => {
    const client = knexClient(em);
    let loader = loaders.get(client);
    if (!loader) {
      const run = async (items: readonly I[]) => pick(await onConnection(client, (sql) => sql.rows<R>(statement, params(items))), items);
      // At most maxRunning of these statements at once (one by default): a batch due meanwhile waits for one to
      // end, gathering the items that arrive until then, as PostgreSQL groups commits. A steady flow of requests
      // rarely brings two in the same turn of the event loop: this is what makes the batches grow under load, at
      // the cost of one statement's time at most, and what keeps PostgreSQL's processes from competing for the
      // processor with the API's (decision 009).
      // A statement still running after turnMs (waiting on a lock, or on a connection that no longer answers) gives
      // up its turn: the next batch goes on without it.
      let running = 0;
      const waiting: (() => void)[] = [];
      loader = new DataLoader<I, O | null>(async (items) => {
        running++;
        let turnGiven = false;
        const giveTurn = () => {
          if (turnGiven) return;
          turnGiven = true;
          running--;
          waiting.shift()?.();
        };
        const timer = setTimeout(giveTurn, turnMs);
        try {
          return await run(items);
        } catch (e) {
          if (items.length === 1 || isDatabaseUnavailable(e)) throw e;
          return Promise.all(items.map((item) => run([item]).then(([result]) => result, (error: Error) => error)));
        } finally {
          clearTimeout(timer);
          giveTurn();
        }
      }, {
        cache: false,
        maxBatchSize,
        // The end of this turn of the event loop, once every request already received has run up to its statement.
        batchScheduleFn: (dispatch) => setImmediate(() => (running < maxRunning ? dispatch() : waiting.push(dispatch))),
      });
      loaders.set(client, loader);
    }
    return loader.load(item);
  };
}

/** A shared read of rows by key (the statement's one parameter is the array of keys): see batchedStatement. */
export function batchedByKey<K extends number | string, R extends QueryResultRow>(statement: Statement, keyOf: (row: R) => K) {
  return batchedStatement<K, R, R>(statement, (keys) => [keys], (rows, keys) => {
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}
