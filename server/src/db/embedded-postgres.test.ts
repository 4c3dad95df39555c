import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedProcess } from '../../testing/embedded-postgres-process.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

const dataDir = mkdtempSync(join(tmpdir(), 'opencrcn-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function holdInChild(dir: string): Promise<{ child: ChildProcess }> {
  const { child } = await startEmbeddedProcess(dir);
  return { child };
}

async function rowCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('select count(*)::int as n from pg_database');
    return rows[0].n;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('refuses a data directory that a live instance holds, naming it', async () => {
    const { child } = await holdInChild(dataDir);
    try {
      await expect(startEmbeddedPostgres({ dataDir, log: () => {} })).rejects.toThrow(/Une autre instance d'OpenCRCN \(pid \d+\)/);
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
  });

  it('recovers the data directory after the owning process was killed with SIGKILL', async () => {
    // The previous test left an orphan postgres behind, exactly as `kill -9` of `npm start` does.
    const orphan = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(() => process.kill(orphan, 0)).not.toThrow();
    const messages: string[] = [];
    const db = await startEmbeddedPostgres({ dataDir, log: (m) => messages.push(m) });
    try {
      expect(messages.join('\n')).toMatch(/instance orpheline \(pid \d+\)/);
      expect(await rowCount(db.url)).toBeGreaterThan(0);
    } finally {
      await db.stop();
    }
    expect(() => process.kill(orphan, 0)).toThrow();
  });

  it('starts again on the same data directory after a clean stop', async () => {
    const db = await startEmbeddedPostgres({ dataDir, log: () => {} });
    expect(await rowCount(db.url)).toBeGreaterThan(0);
    await db.stop();
  });
});
