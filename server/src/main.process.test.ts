// The server as deployed (`node server/src/main.ts` in production mode): ready once migrated, and a SIGTERM from the
// orchestrator stops it cleanly with exit code 0 instead of leaving it hanging until SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from './config.js';
import { freePort } from './db/embedded-postgres.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';

let db: TestDatabase;
let child: ChildProcess | undefined;

beforeAll(async () => { db = await createTestDatabase(); });
afterAll(async () => {
  child?.kill('SIGKILL');
  await db?.drop();
});

describe('server process', () => {
  it('answers /ready, then stops on SIGTERM with exit code 0', async () => {
    const port = String(await freePort());
    child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/main.ts'], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATABASE_URL: db.url, PORT: port, SERVE: 'api', SEED_DEMO: 'false', NODE_ENV: 'production', AUTH_SECRET: 'process-test-secret-process-test-secret-00', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => { output += String(d); });
    child.stderr!.on('data', (d) => { output += String(d); });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));

    for (let i = 0; i < 600 && !output.includes('/graphql'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain(`localhost:${port}/graphql`);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(ready.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM reçu');
    expect(output).not.toContain('Arrêt forcé');
  }, 90_000);
});
