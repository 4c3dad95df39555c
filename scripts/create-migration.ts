// npm run migration:create -- <name>: diffs the entities (core + installed plugins) against a scratch
// database that has every committed migration, writes the new migration, and lists it in migrations/index.ts.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { openOrm, migrate } from '../server/src/db/orm.js';
import { startEmbeddedPostgres } from '../server/src/db/embedded-postgres.js';
import { ensureDatabase, withDatabase } from '../server/src/db/database-url.js';
import { installedPlugins } from '../server/src/installed-plugins.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const name = process.argv[2] ?? '';
const server = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'opencrcn-migration-')), ephemeral: true, log: () => {} });
const serverUrl = process.env.DATABASE_URL ?? server!.url;
const db = `opencrcn_migration_${Date.now()}`;
await ensureDatabase(serverUrl, db);
const orm = await openOrm({ clientUrl: withDatabase(serverUrl, db), extraEntities: installedPlugins.flatMap((p) => p.entities ?? []) });
try {
  await migrate(orm);
  const result = await orm.getMigrator().createMigration(undefined, false, false, name);
  if (!result.fileName) {
    console.log('Aucun changement de schéma.');
  } else {
    const moduleName = result.fileName.replace(/\.ts$/, '');
    // The class name is what the generator wrote, which may differ from the file name (underscores).
    const written = readFileSync(new URL(`../server/src/db/migrations/${result.fileName}`, import.meta.url), 'utf8');
    const className = /export class (\w+)/.exec(written)![1];
    const index = new URL('../server/src/db/migrations/index.ts', import.meta.url).pathname;
    let text = readFileSync(index, 'utf8');
    text = text.replace(/(\nexport const migrationsList)/, `import { ${className} } from './${moduleName}.js';\n$1`);
    text = text.replace(/(migrationsList: MigrationObject\[\] = \[)([\s\S]*?)(\];)/, (_m, a, list, b) => `${a}${list.trimEnd()}${list.trim() ? '\n' : '\n'}  { name: '${moduleName}', class: ${className} },\n${b}`);
    writeFileSync(index, text);
    console.log(`Écrit : server/src/db/migrations/${result.fileName}`);
  }
} finally {
  await orm.close();
  const { Client } = (await import('pg')).default;
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(`drop database if exists ${db}`);
  await c.end();
  await server?.stop();
}
