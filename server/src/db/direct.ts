// The hottest paths of the morning peak (a candidate's answer, the invigilator's live view) speak to PostgreSQL
// through a connection of the ORM's own pool, with prepared statements, and without the ORM's unit of work:
// a transaction through the ORM costs the API process about 0.6 ms of processor time before its first statement,
// several times what the statements cost (BENCHMARKS.md). Same pool, same limits, same outage handling. Each
// statement is its own transaction: these paths are written as single statements that check what they change.
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ClientBase, QueryResultRow } from 'pg';

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
 * A statement that reads rows by key (its one parameter is the array of keys), shared by every request of this
 * instance that asks within the same turn of the event loop: under load, the invigilators' views arriving together
 * cost one statement, one round trip and one wake-up of PostgreSQL instead of one each. The read is made after each
 * of them arrived, so none sees older data than its own statement would have. Nothing is kept once it is answered.
 */
export function batchedByKey<K extends number | string, R extends QueryResultRow>(statement: Statement, keyOf: (row: R) => K, maxBatchSize = 100) {
  const loaders = new WeakMap<KnexClient, DataLoader<K, R | null>>();
  return (em: EntityManager, key: K): Promise<R | null> => {
    const client = knexClient(em);
    let loader = loaders.get(client);
    if (!loader) {
      loader = new DataLoader<K, R | null>(async (keys) => {
        const rows = await onConnection(client, (sql) => sql.rows<R>(statement, [keys]));
        const byKey = new Map(rows.map((row) => [keyOf(row), row]));
        return keys.map((k) => byKey.get(k) ?? null);
      }, {
        cache: false,
        maxBatchSize,
        // The end of this turn of the event loop, once every request already received has run up to its read.
        batchScheduleFn: (run) => setImmediate(run),
      });
      loaders.set(client, loader);
    }
    return loader.load(key);
  };
}
