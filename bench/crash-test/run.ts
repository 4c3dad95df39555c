// npm run bench:crash — two faults in the middle of the certification load, on a real API process and PostgreSQL:
//  1. kill -9 of the API, then a restart: clients resend their unacknowledged answer (same clientAnswerId) until the
//     new process acknowledges it;
//  2. a restart of PostgreSQL (embedded database only): requests must fail fast with a retriable code, and the same
//     API process must recover on its own when the database is back.
// Afterwards the database is read: every acknowledged answer stored exactly once, every candidate able to go on.
// The verdict is computed from the database, not asserted.
//   --sessions 10  --seconds 12 (per fault)  --think-ms 400 (between a candidate's answers)
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { freePort } from '../../server/src/db/embedded-postgres.js';
import { expectedAnswer } from '../../server/src/modules/positioning/check-answer.js';
import { arg, database, gql, log, migrated, percentile, referential, seed, startAll, startApi, type Candidate } from '../lib/peak-setup.js';

const SESSIONS = arg('sessions', 10);
const SECONDS = arg('seconds', 12);
const THINK_MS = arg('think-ms', 400);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Pending { challengeId: string; value: unknown; clientAnswerId: string }
interface Failure { code: string; ms: number; at: number; message?: string }

/** A candidate's browser: one answer at a time, resent unchanged until acknowledged, as the web runner does. */
class CandidateClient {
  pending: Pending | null = null;
  finished = false;
  constructor(readonly c: Candidate, private readonly base: () => string) {}

  /** One attempt: fetches the next question if no answer is waiting, then sends the waiting answer. */
  async step(acknowledged: Set<string>, failures: Failure[]): Promise<'acked' | 'finished' | 'failed'> {
    const t0 = performance.now();
    const fail = (code: string, message?: string) => { failures.push({ code, ms: performance.now() - t0, at: Date.now(), message }); return 'failed' as const; };
    try {
      if (!this.pending) {
        const next = await gql(this.base(), this.c.token, `query($a: ID!) { assessment(id: $a) { nextChallenge { id } } }`, { a: this.c.assessmentId });
        if (next.errors) return fail(next.errors[0]?.extensions?.code ?? 'INCONNU', next.errors[0]?.message);
        const challengeId = next.data?.assessment?.nextChallenge?.id as string | undefined;
        if (!challengeId) { this.finished = true; return 'finished'; }
        this.pending = { challengeId, value: expectedAnswer(referential.challengeById.get(challengeId)!.challenge), clientAnswerId: `crash-${this.c.assessmentId}-${this.c.n}` };
      }
      const p = this.pending;
      const res = await gql(this.base(), this.c.token, `mutation($i: AnswerInput!) { submitAnswer(input: $i) { status } }`, {
        i: { assessmentId: this.c.assessmentId, challengeId: p.challengeId, value: p.value, clientAnswerId: p.clientAnswerId, entryToken: this.c.entryToken },
      });
      if (!res.data?.submitAnswer) return fail(res.errors?.[0]?.extensions?.code ?? 'INCONNU', res.errors?.[0]?.message);
      acknowledged.add(`${this.c.assessmentId}|${p.clientAnswerId}`);
      this.pending = null;
      this.c.n++;
      return 'acked';
    } catch (e) {
      return fail(`réseau (${(e as Error).name})`);
    }
  }
}

async function main() {
  const db = await database({ restartable: true });
  await migrated(db.url);
  const { accessCode } = await seed(db.url, SESSIONS);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let api: ChildProcess = await startApi(db.url, port);
  const clients = (await startAll(base, db.url, accessCode)).map((c) => new CandidateClient(c, () => base));
  const acknowledged = new Set<string>();

  /** Every candidate answers in a loop for the given time, while `fault` runs beside them. */
  async function underLoad(fault: () => Promise<void>) {
    const failures: Failure[] = [];
    const acks: number[] = [];
    const until = Date.now() + SECONDS * 1000;
    const faultDone = fault();
    await Promise.all(clients.map(async (client) => {
      // After the time is up, an answer still waiting is resent until acknowledged (at most 60 s more).
      while (!client.finished && (Date.now() < until || (client.pending && Date.now() < until + 60_000))) {
        const outcome = await client.step(acknowledged, failures);
        if (outcome === 'acked') acks.push(Date.now());
        // A candidate reads and thinks before the next answer; after a failure, the client waits a little.
        await sleep(outcome === 'failed' ? 200 : THINK_MS);
      }
    }));
    await faultDone;
    return { failures, acks };
  }

  // 1. kill -9 of the API.
  log(`${clients.length} candidats ; ${SECONDS} s de charge avec un arrêt brutal de l'API au milieu…`);
  let apiBackAt = 0;
  const crash = await underLoad(async () => {
    await sleep((SECONDS * 1000) / 2);
    log('kill -9 de l’API');
    api.kill('SIGKILL');
    await new Promise((r) => api.once('exit', r));
    await sleep(1000);
    api = await startApi(db.url, port);
    apiBackAt = Date.now();
    log('API redémarrée');
  });
  const ackedAfterApiRestart = crash.acks.filter((t) => t >= apiBackAt).length;

  // 2. PostgreSQL restart, the API left alone.
  let outage: { from: number; to: number } | null = null;
  const readyDuringOutage: number[] = [];
  const apiPid = api.pid;
  const restart = db.restart
    ? await underLoad(async () => {
      await sleep((SECONDS * 1000) / 2);
      log('redémarrage de PostgreSQL (3 s d’arrêt)…');
      const from = Date.now();
      const probing = (async () => {
        while (!outage) {
          try { readyDuringOutage.push((await fetch(`${base}/ready`, { signal: AbortSignal.timeout(10_000) })).status); } catch { readyDuringOutage.push(0); }
          await sleep(500);
        }
      })();
      await db.restart!(3000);
      outage = { from, to: Date.now() };
      await probing;
      log('PostgreSQL redémarré');
    })
    : null;
  if (!restart) log('redémarrage de PostgreSQL non testé : la base vient de DATABASE_URL (seule la base embarquée peut être redémarrée par ce script)');

  // Every candidate goes on: one more answer acknowledged, or the test over.
  const resumedFailures: Failure[] = [];
  let resumed = 0;
  await Promise.all(clients.map(async (client) => {
    for (let i = 0; i < 50; i++) {
      const outcome = await client.step(acknowledged, resumedFailures);
      if (outcome !== 'failed') { resumed++; return; }
      await sleep(200);
    }
  }));

  const check = new pg.Client({ connectionString: db.url });
  await check.connect();
  const rows = (await check.query(`select assessment_id, client_answer_id, count(*) as n from answers group by 1, 2`)).rows as { assessment_id: string; client_answer_id: string; n: string }[];
  await check.end();
  const stored = new Map(rows.map((r) => [`${r.assessment_id}|${r.client_answer_id}`, Number(r.n)]));
  const lost = [...acknowledged].filter((k) => !stored.has(k)).length;
  const duplicated = rows.filter((r) => Number(r.n) > 1).length;
  const stillSameApi = api.pid === apiPid && api.exitCode === null;
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await db.stop();

  const byCode = (fs: Failure[]) => Object.entries(fs.reduce<Record<string, number>>((m, f) => ({ ...m, [f.code]: (m[f.code] ?? 0) + 1 }), {})).map(([k, v]) => `${k} × ${v}`).join(', ') || 'aucune';
  console.log(`\n1. Arrêt brutal de l'API : ${crash.acks.length} réponses acquittées, échecs pendant la coupure : ${byCode(crash.failures)} ; ${ackedAfterApiRestart} réponses acquittées après le redémarrage.`);
  let restartOk = true;
  if (restart && outage) {
    const o = outage as { from: number; to: number };
    const during = restart.failures.filter((f) => f.at >= o.from && f.at <= o.to + 2000);
    const latencies = during.map((f) => f.ms).sort((a, b) => a - b);
    const firstAck = restart.acks.find((t) => t > o.to);
    const retriable = during.every((f) => f.code === 'DATABASE_UNAVAILABLE');
    restartOk = retriable && !!firstAck && stillSameApi && (latencies.at(-1) ?? 0) < 6000;
    // Anything else than the retriable code is shown with its message (the API logs its stack).
    for (const f of during.filter((x) => x.code !== 'DATABASE_UNAVAILABLE').slice(0, 5)) console.log(`   échec inattendu : ${f.code} — ${f.message ?? ''}`);
    console.log(`2. Redémarrage de PostgreSQL (${((o.to - o.from) / 1000).toFixed(1)} s sans base) : échecs ${byCode(during)} ;`
      + ` délai d'un échec p50 / p99 / max : ${percentile(latencies, 50).toFixed(0)} / ${percentile(latencies, 99).toFixed(0)} / ${(latencies.at(-1) ?? 0).toFixed(0)} ms ;`
      + ` /ready pendant la coupure : ${[...new Set(readyDuringOutage)].join(', ')} ;`
      + ` première réponse acquittée ${firstAck ? `${((firstAck - o.to) / 1000).toFixed(1)} s après le retour de la base` : 'JAMAIS'}, par le même processus d'API : ${stillSameApi ? 'oui' : 'non'}.`);
  }
  console.log(`Réponses acquittées : ${acknowledged.size} ; en base : ${rows.length} (les réponses enregistrées mais dont l'accusé s'est perdu dans la coupure comptent en base seulement)`);
  console.log(`Candidats qui reprennent : ${resumed} / ${clients.length}${resumedFailures.length ? ` (échecs : ${byCode(resumedFailures)})` : ''}`);
  console.log(`${lost} lost, ${duplicated} duplicated`);
  process.exitCode = lost || duplicated || resumed < clients.length || !ackedAfterApiRestart || !restartOk ? 1 : 0;
}

await main();
