// Once per `npm test`: a PostgreSQL server (embedded, or DATABASE_URL's) and a migrated template database
// that every test file copies into a database of its own. Everything created here is dropped at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, withDatabase } from '../src/db/database-url.js';
import { startEmbeddedProcess } from './embedded-postgres-process.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { installedPlugins } from '../src/installed-plugins.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbServerUrl: string;
    dbTemplate: string;
    dbPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  // In a child process: the embedded-postgres package's exit hook would otherwise turn vitest's exit code into 0.
  const dataDir = external ? null : mkdtempSync(join(tmpdir(), 'opencrcn-test-'));
  const embedded = dataDir ? await startEmbeddedProcess(dataDir, { ephemeral: true }) : null;
  const serverUrl = external ?? embedded!.url;
  console.log(external ? `Tests sur le serveur PostgreSQL de DATABASE_URL` : `Tests sur un PostgreSQL embarqué (port ${embedded!.port})`);
  const prefix = `opencrcn_test_${Date.now().toString(36)}_${process.pid}`;
  const template = `${prefix}_template`;
  await ensureDatabase(serverUrl, template);
  const orm = await openOrm({ clientUrl: withDatabase(serverUrl, template), extraEntities: installedPlugins.flatMap((p) => p.entities ?? []), poolMax: 2 });
  await migrate(orm);
  await orm.close(true);
  project.provide('dbServerUrl', serverUrl);
  project.provide('dbTemplate', template);
  project.provide('dbPrefix', prefix);

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${prefix}%`]);
    for (const { datname } of rows) await client.query(`drop database if exists ${client.escapeIdentifier(datname)} with (force)`);
    await client.end();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
