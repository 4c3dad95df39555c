import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { installedPlugins } from '../installed-plugins.js';
import { createTestDatabase, openTestOrm, type TestDatabase } from '../../testing/database.js';

let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openTestOrm(db.url, installedPlugins);
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

describe('migrations', () => {
  it('build exactly the schema the entities describe (run `npm run migration:create -- name` after changing one)', async () => {
    const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(sql.trim()).toBe('');
  });

  it('are all applied and none is pending', async () => {
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
  });
});
