// The certification peak's setting, shared by the load benchmark and the crash test: a database (DATABASE_URL's or
// an embedded one), sessions of 20 certifiable candidates already allowed to start, and the API in a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { ROOT_DIR } from '../../server/src/config.js';
import { ensureDatabase, withDatabase } from '../../server/src/db/database-url.js';
import { migrate, openOrm } from '../../server/src/db/orm.js';
import { installedPlugins } from '../../server/src/installed-plugins.js';
import { signToken } from '../../server/src/modules/identity/token.js';
import { hashPassword } from '../../server/src/modules/identity/password.js';
import { loadContent } from '../../server/src/modules/referential/load-content.js';

export const SECRET = 'bench-secret-bench-secret-bench-secret-0000';
export const log = (m: string) => console.log(`[bench] ${m}`);
export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
export const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** A database of its own: in DATABASE_URL's server, or an embedded one (which this script can also restart). */
export async function database({ restartable = false } = {}): Promise<{ url: string; stop(): Promise<void>; restart?: (pauseMs: number) => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const name = `opencrcn_bench_${Date.now()}`;
    const serverUrl = process.env.DATABASE_URL;
    await ensureDatabase(serverUrl, name);
    // The benchmark's database goes when it ends: runs must not pile databases up on a shared server.
    const stop = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`).finally(() => client.end());
    };
    return { url: withDatabase(serverUrl, name), stop };
  }
  const { startEmbeddedPostgres } = await import('../../server/src/db/embedded-postgres.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'opencrcn-bench-'));
  // An ephemeral cluster loses its data when it stops: a restartable one keeps it, and is removed at the end.
  const server = await startEmbeddedPostgres({ dataDir, ephemeral: !restartable, log: () => {} });
  await ensureDatabase(server.url, 'opencrcn');
  return {
    url: withDatabase(server.url, 'opencrcn'),
    stop: async () => { await server.stop(); rmSync(dataDir, { recursive: true, force: true }); },
    ...(restartable ? { restart: (pauseMs: number) => server.restart(pauseMs) } : {}),
  };
}

/** Sessions of 20 certifiable candidates, joined and allowed to start; set-based SQL to be quick. */
export async function seed(url: string, sessionCount: number): Promise<{ sessions: number[]; accessCode: string }> {
  const ref = loadContent();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const hash = await hashPassword('Bench-2026!');
  const total = sessionCount * 20;
  await client.query('begin');
  const org = (await client.query(`insert into organizations (name, type, uai, tags, created_at) values ('Lycée du banc d''essai', 'SCO', '0999999Z', '[]', now()) returning id`)).rows[0].id;
  const centre = (await client.query(`insert into certification_centers (name, type, organization_id, created_at) values ('Lycée du banc d''essai', 'SCO', $1, now()) returning id`, [org])).rows[0].id;
  const users = (await client.query(
    `insert into users (first_name, last_name, username, password_hash, platform_roles, must_change_password, created_at)
     select 'Candidat' || g, 'Banc' || g, 'bench.candidat' || g, $1, '[]', false, now() from generate_series(1, $2) g returning id`, [hash, total])).rows.map((r) => r.id);
  // Level 3 on all 16 competences (48 questions each in certification): every tube's level-3 skill validated
  // directly, the easier ones by inference.
  const kes = ref.competences.flatMap((competence) => competence.tubes.flatMap((t) => t.skills.filter((s) => s.difficulty <= 3).map((s) => ({ id: s.id, code: competence.code, pix: s.pixValue, direct: s.difficulty === 3 }))));
  for (const ke of kes) {
    await client.query(
      `insert into knowledge_elements (user_id, skill_id, competence_code, status, source, earned_pix, created_at)
       select u, $1, $2, 'VALIDATED', $3, $4, now() - interval '10 days' from unnest($5::int[]) u`,
      [ke.id, ke.code, ke.direct ? 'DIRECT' : 'INFERRED', ke.pix, users],
    );
  }
  const sessions: number[] = [];
  for (let s = 0; s < sessionCount; s++) {
    const session = (await client.query(
      `insert into certification_sessions (certification_center_id, address, room, examiner, invigilator_count, date, time, access_code, invigilator_password, status, created_at)
       values ($1, 'Site', 'Salle ' || $2, 'Surveillant', 1, current_date, '08:00', 'BCDF23', 'KMPQR', 'CREATED', now()) returning id`, [centre, s])).rows[0].id;
    sessions.push(session);
    await client.query(
      `insert into certification_candidates (session_id, user_id, first_name, last_name, birthdate, extra_time_percentage, authorized_to_start, authorized_to_resume, joined_at, created_at)
       select $1, u.id, u.first_name, u.last_name, date '2008-01-01', 0, true, false, now(), now() from users u where u.id = any($2::int[])`,
      [session, users.slice(s * 20, s * 20 + 20)],
    );
  }
  await client.query('commit');
  await client.end();
  return { sessions, accessCode: 'BCDF23' };
}

// As npm start runs the API: a larger young generation (64 MB semi-spaces) for a request's short-lived objects, so
// fewer of them survive to the old generation and the collector runs less often (about 7 % more requests here).
const API_NODE_FLAGS = ['--max-semi-space-size=64'];

export async function startApi(url: string, port: number): Promise<ChildProcess> {
  // BENCH_CPU_PROFILE=dir writes the API's CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROFILE] : [];
  const child = spawn(process.execPath, [...profile, ...API_NODE_FLAGS, '--import', '@swc-node/register/esm-register', 'server/src/main.ts'], {
    cwd: ROOT_DIR,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), SERVE: 'api', SEED_DEMO: 'false', NODE_ENV: 'production', AUTH_SECRET: SECRET },
    stdio: ['ignore', process.env.BENCH_API_OUTPUT ? 'inherit' : 'ignore', 'inherit'],
  });
  let exited: number | null | undefined;
  child.once('exit', (code) => { exited = code; });
  // A benchmark that fails midway must not leave its API running.
  const orphaned = () => { if (exited === undefined) child.kill('SIGKILL'); };
  process.once('exit', orphaned);
  child.once('exit', () => process.off('exit', orphaned));
  // Ready when its health probe answers.
  for (let i = 0; i < 600; i++) {
    if (exited !== undefined) throw new Error(`l'API s'est arrêtée (${exited})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('l’API ne répond pas');
}

// Plain node:http on kept-alive connections: the load clients share the machine with the API and PostgreSQL, and
// fetch costs them about twice the processor time per request. At most 256 connections, as a load balancer keeps
// to each instance: past that, requests wait in this client, as they would in the load balancer.
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export function gql(base: string, token: string, query: string, variables: Record<string, unknown>): Promise<GqlResult> {
  const body = JSON.stringify({ query, variables });
  const start = performance.now();
  return new Promise((resolve, reject) => {
    // Where a request's time went, to tell a slow server from a client that waited for a connection.
    const timing: RequestTiming = { socketMs: 0, connectMs: null, responseMs: 0 };
    const req = request(`${base}/graphql`, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
      // A deadline, as a real client has: a request to a server that died must not wait forever.
      timeout: 15_000,
    }, (res) => {
      timing.responseMs = performance.now() - start;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          resolve({ ...(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GqlResult), timing });
        } catch (e) {
          reject(e);
        }
      });
      res.on('error', reject);
    });
    req.once('socket', (socket) => {
      timing.socketMs = performance.now() - start;
      if (socket.connecting) socket.once('connect', () => { timing.connectMs = performance.now() - start; });
    });
    req.on('timeout', () => req.destroy(new Error('délai dépassé')));
    req.on('error', reject);
    req.end(body);
  });
}

/** Milliseconds from the call: a socket given (at once, or after waiting for a free one), connected (a new connection only), response headers received. */
export interface RequestTiming { socketMs: number; connectMs: number | null; responseMs: number }

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GqlResult = { data?: Record<string, any>; errors?: { message?: string; extensions?: { code?: string; retryable?: boolean } }[]; timing?: RequestTiming };


export async function migrated(url: string): Promise<void> {
  const orm = await openOrm({ clientUrl: url, extraEntities: installedPlugins.flatMap((p) => p.entities ?? []) });
  await migrate(orm);
  await orm.close();
}

export interface Candidate { token: string; assessmentId: string; entryToken: string; n: number; firstChallengeId: string | null }

/** Every candidate starts and enters the test, as on the morning of the session. */
export async function startAll(base: string, url: string, accessCode: string): Promise<Candidate[]> {
  const secret = new TextEncoder().encode(SECRET);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const candidates = (await client.query('select c.id, c.session_id, c.user_id from certification_candidates c order by c.id')).rows as { id: number; session_id: number; user_id: number }[];
  await client.end();
  const prepared: Candidate[] = [];
  const queue = [...candidates];
  await Promise.all(Array.from({ length: 16 }, async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const token = await signToken({ kind: 'user', userId: c.user_id }, secret, 7200);
      const started = await gql(base, token, `mutation($s: ID!, $c: String!) { startCertification(sessionId: $s, accessCode: $c) { id } }`, { s: String(c.session_id), c: accessCode });
      const assessmentId = started.data?.startCertification?.id;
      if (!assessmentId) throw new Error(`départ refusé : ${JSON.stringify(started.errors)}`);
      const entered = await gql(base, token, `mutation($a: ID!) { enterCertification(assessmentId: $a) }`, { a: assessmentId });
      // The test page shows the first question; every later one comes with the acknowledgement of an answer.
      const first = await gql(base, token, `query($a: ID!) { assessment(id: $a) { nextChallenge { id } } }`, { a: assessmentId });
      prepared.push({ token, assessmentId, entryToken: entered.data!.enterCertification, n: 0, firstChallengeId: first.data?.assessment?.nextChallenge?.id ?? null });
    }
  }));
  return prepared;
}

export const referential = loadContent();
