// npm run migrate: applies the committed migrations to DATABASE_URL (or the embedded database) and stops.
import 'reflect-metadata';
import { loadConfig } from '../server/src/config.js';
import { migrate, openOrm } from '../server/src/db/orm.js';
import { installedPlugins } from '../server/src/installed-plugins.js';
import { resolveDatabase } from '../server/src/platform.js';

const config = loadConfig();
const db = await resolveDatabase(config, console.log);
const orm = await openOrm({ clientUrl: db.url, extraEntities: installedPlugins.flatMap((p) => p.entities ?? []) });
try {
  const applied = await migrate(orm);
  console.log(applied.length ? `Migrations appliquées : ${applied.join(', ')}` : 'Base à jour.');
} finally {
  await orm.close();
  await db.embedded?.stop();
}
