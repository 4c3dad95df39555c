// createTestServer({ plugins }): the real schema and context on a database of the test file's own,
// with operations run in-process and every SQL statement counted.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createRequestContext, principalFromHeader } from '../src/graphql/context.js';
import type { Principal } from '../src/modules/identity/token.js';
import { installedPlugins } from '../src/installed-plugins.js';
import { signToken } from '../src/modules/identity/token.js';
import { loadContent, type Referential } from '../src/modules/referential/load-content.js';
import type { Plugin } from '../src/plugin-api/index.js';
import { createTestDatabase, openTestOrm, type TestDatabase } from './database.js';
import { startJobQueue } from '../src/jobs/job-queue.js';
import { startWorkers } from '../src/jobs/workers.js';

let referentialCache: Referential | undefined;
export function testReferential(): Referential {
  referentialCache ??= loadContent();
  return referentialCache;
}

export interface OperationResult<T = Record<string, any>> { data?: T | null; errors?: readonly GraphQLFormattedError[] } // eslint-disable-line @typescript-eslint/no-explicit-any

export interface TestServer {
  orm: MikroORM;
  app: App;
  db: TestDatabase;
  /** A fresh EntityManager for arranging data. */
  em(): EntityManager;
  tokenFor(userId: number): Promise<string>;
  execute<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, auth?: { token?: string; userId?: number; clientIp?: string }): Promise<OperationResult<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Several operations started in the same turn of the event loop, as requests that arrive together (tokens checked first). */
  executeTogether<T = Record<string, any>>(operations: { query: string; variables?: Record<string, unknown>; token?: string }[]): Promise<OperationResult<T>[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Runs fn and returns how many SQL statements it sent. */
  countStatements(fn: () => Promise<unknown>): Promise<{ count: number; statements: string[] }>;
  setNow(date: Date | null): void;
  /** E-mails delivered by the mail worker (with { jobs: true }). */
  sentEmails: { to: string; subject: string; text: string }[];
  close(): Promise<void>;
}

export async function createTestServer({ plugins = installedPlugins, jobs: withJobs = false, connectVia }: {
  plugins?: readonly Plugin[];
  jobs?: boolean;
  /** Rewrites the address the server connects to (through a proxy that can cut the database off, for instance). */
  connectVia?: (url: string) => string;
} = {}): Promise<TestServer> {
  const db = await createTestDatabase();
  const orm = await openTestOrm(connectVia ? connectVia(db.url) : db.url, plugins);
  const config = loadConfig({ env: 'test', databaseUrl: db.url, seedDemo: false });
  let now: Date | null = null;
  const log = (m: string) => { if (m.startsWith('Erreur interne')) console.error(m); };
  const jobs = withJobs ? await startJobQueue(db.url, log, { pollingSeconds: 0.5 }) : null;
  const app = await createApp({ config, orm, plugins, referential: testReferential(), now: () => now ?? new Date(), log, jobs });
  const sentEmails: { to: string; subject: string; text: string }[] = [];
  const stopWorkers = jobs ? await startWorkers(jobs, orm, app.platform, log, { send: async (e) => { sentEmails.push(e); } }) : null;

  let counting: string[] | null = null;
  orm.em.getConnection().getKnex().on('query', (q: { sql: string }) => counting?.push(q.sql));

  const run = async (query: string, variables: Record<string, unknown> | undefined, principal: Principal | null, clientIp: string) => {
    const response = await app.apollo.executeOperation({ query, variables }, { contextValue: createRequestContext(app.platform, orm.em, principal, clientIp) });
    if (response.body.kind !== 'single') throw new Error('réponse incrémentale inattendue');
    return response.body.singleResult as OperationResult<never>;
  };
  const tokenFor = (userId: number) => signToken({ kind: 'user', userId }, config.authSecret, config.tokenTtlSeconds);

  return {
    orm,
    app,
    db,
    em: () => orm.em.fork(),
    tokenFor,
    async execute(query, variables, auth) {
      const token = auth?.token ?? (auth?.userId ? await tokenFor(auth.userId) : undefined);
      let principal;
      try {
        principal = await principalFromHeader(token ? `Bearer ${token}` : undefined, config.authSecret);
      } catch (e) {
        const err = e as { message: string; extensions?: Record<string, unknown> };
        return { errors: [{ message: err.message, extensions: err.extensions }] };
      }
      return run(query, variables, principal, auth?.clientIp ?? 'test');
    },
    async executeTogether(operations) {
      const principals = await Promise.all(operations.map((o) => principalFromHeader(o.token ? `Bearer ${o.token}` : undefined, config.authSecret)));
      return Promise.all(operations.map((o, i) => run(o.query, o.variables, principals[i], 'test')));
    },
    async countStatements(fn) {
      counting = [];
      try {
        await fn();
        return { count: counting.length, statements: counting };
      } finally {
        counting = null;
      }
    },
    setNow(date) { now = date; },
    sentEmails,
    async close() {
      stopWorkers?.();
      await jobs?.stop();
      await app.close();
      await orm.close(true);
      await db.drop();
    },
  };
}
