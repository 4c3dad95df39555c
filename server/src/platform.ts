// Starts the whole platform: database (embedded or DATABASE_URL), migrations, demo data, GraphQL API, web app.
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp, type App } from './app.js';
import type { Config } from './config.js';
import type { EmbeddedDatabase } from './db/embedded-postgres.js';
import { ensureDatabase, withDatabase } from './db/database-url.js';
import { migrate, openOrm } from './db/orm.js';
import { installedPlugins } from './installed-plugins.js';
import { loadContent } from './modules/referential/load-content.js';
import type { Plugin } from './plugin-api/index.js';
import { seedDemo } from '../../seeds/demo.js';
import { startJobQueue } from './jobs/job-queue.js';
import { startWorkers } from './jobs/workers.js';

export interface RunningPlatform {
  app: App;
  orm: MikroORM;
  databaseUrl: string;
  apiPort: number;
  webPort?: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  plugins?: readonly Plugin[];
  web?: boolean;
  log?: (message: string) => void;
}

export async function resolveDatabase(config: Config, log: (m: string) => void): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  // Loaded only when needed: the package installs process exit hooks of its own.
  const { startEmbeddedPostgres } = await import('./db/embedded-postgres.js');
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
  await ensureDatabase(embedded.url, 'opencrcn');
  log(`PostgreSQL embarqué sur le port ${embedded.port} (données dans ${config.dataDir})`);
  return { url: withDatabase(embedded.url, 'opencrcn'), embedded };
}

export async function startPlatform({ config, plugins = installedPlugins, web = true, log = console.log }: StartOptions): Promise<RunningPlatform> {
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => log(`Arrêt : ${(e as Error).message}`));
    cleanups.length = 0;
  };
  try {
    const referential = loadContent();
    const db = await resolveDatabase(config, log);
    if (db.embedded) cleanups.push(() => db.embedded!.stop());
    const orm = await openOrm({ clientUrl: db.url, extraEntities: plugins.flatMap((p) => p.entities ?? []), readReplicaUrls: config.readReplicaUrls });
    cleanups.push(() => orm.close());
    const applied = await migrate(orm);
    if (applied.length) log(`Migrations appliquées : ${applied.join(', ')}`);
    if (config.seedDemo) await seedDemo(orm.em.fork(), { referential, config, plugins, log });
    const jobs = await startJobQueue(db.url, log);
    cleanups.push(() => jobs.stop());
    const app = await createApp({ config, orm, plugins, referential, log, jobs });
    cleanups.push(() => app.close());
    const stopWorkers = await startWorkers(jobs, orm, app.platform, log);
    cleanups.push(async () => stopWorkers());
    const apiPort = await app.listen(config.port);
    log(`API GraphQL : http://localhost:${apiPort}/graphql`);
    let webPort: number | undefined;
    if (web) {
      const { startWebServer } = await import('../../web/server.js');
      const webServer = await startWebServer({ port: config.webPort, apiUrl: `http://127.0.0.1:${apiPort}/graphql` });
      cleanups.push(() => webServer.close());
      webPort = webServer.port;
      log(`Application web : http://localhost:${webPort}`);
    }
    return { app, orm, databaseUrl: db.url, apiPort, webPort, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
