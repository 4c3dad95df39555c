// A database of its own for each test file, copied from the migrated template (fast, and isolated between workers).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { withDatabase } from '../src/db/database-url.js';
import { openOrm } from '../src/db/orm.js';
import type { Plugin } from '../src/plugin-api/index.js';

export interface TestDatabase { name: string; url: string; drop(): Promise<void> }

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('dbServerUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${inject('dbPrefix')}_${randomBytes(4).toString('hex')}`;
  await admin(async (c) => {
    // Two files copying the template at the same instant may collide ("being accessed by other users"): retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`create database ${c.escapeIdentifier(name)} template ${c.escapeIdentifier(inject('dbTemplate'))}`);
        return;
      } catch (e) {
        if (attempt >= 20 || (e as { code?: string }).code !== '55006') throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return {
    name,
    url: withDatabase(inject('dbServerUrl'), name),
    drop: () => admin(async (c) => { await c.query(`drop database if exists ${c.escapeIdentifier(name)} with (force)`); }),
  };
}

export async function openTestOrm(url: string, plugins: readonly Plugin[] = []): Promise<MikroORM> {
  return openOrm({ clientUrl: url, extraEntities: plugins.flatMap((p) => p.entities ?? []), poolMax: 5 });
}
