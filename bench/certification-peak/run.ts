// npm run bench:peak — the spring certification peak on one machine: candidates answering and invigilators
// watching, against a real API process and PostgreSQL; then the answers counted in the database against the
// answers acknowledged, and PostgreSQL's raw single-row insert rate for comparison.
//   --sessions 50 (× 20 candidates)  --seconds 30  --candidates-concurrency 64  --invigilators-concurrency 32
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT_DIR } from '../../server/src/config.js';
import { freePort } from '../../server/src/db/embedded-postgres.js';
import { signToken } from '../../server/src/modules/identity/token.js';
import { expectedAnswer } from '../../server/src/modules/positioning/check-answer.js';
import { arg, database, gql, log, migrated, percentile, referential, SECRET, seed, startAll, startApi } from '../lib/peak-setup.js';

const SESSIONS = arg('sessions', 50);
const SECONDS = arg('seconds', 30);
const CANDIDATE_CONCURRENCY = arg('candidates-concurrency', 64);
const INVIGILATOR_CONCURRENCY = arg('invigilators-concurrency', 32);
// Several API instances on the one database, as behind a load balancer; the clients spread over them in turn.
const INSTANCES = arg('instances', 1);

/** User + system processor time of a process so far, in ms (Linux). */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

async function rawInsertRate(url: string, seconds: number, concurrency: number): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  pool.on('error', () => {}); // idle connections cut when the database stops at the end
  await pool.query('create table if not exists bench_raw_inserts (id bigserial primary key, v text, at timestamptz default now())');
  let count = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() < until) {
      await pool.query('insert into bench_raw_inserts (v) values ($1)', ['x']);
      count++;
    }
  }));
  await pool.end();
  return count / seconds;
}

async function main() {
  const db = await database();
  await migrated(db.url);
  log(`${SESSIONS} sessions de 20 candidats…`);
  const { sessions, accessCode } = await seed(db.url, SESSIONS);
  const apis = await Promise.all(Array.from({ length: INSTANCES }, async () => {
    const port = await freePort();
    return { process: await startApi(db.url, port), base: `http://127.0.0.1:${port}` };
  }));
  const base = apis[0].base;
  let turn = 0;
  const nextBase = () => apis[turn++ % apis.length].base;
  const secret = new TextEncoder().encode(SECRET);

  const prepared = await startAll(base, db.url, accessCode);
  const ref = referential;
  log(`${prepared.length} candidats en test ; ${SECONDS} s de charge…`);

  const answerLatencies: number[] = [];
  const viewLatencies: number[] = [];
  let acknowledged = 0;
  let answerErrors = 0;
  let viewErrors = 0;
  const errorsByCode = new Map<string, number>();
  const invigilatorTokens = await Promise.all(sessions.map((s) => signToken({ kind: 'invigilator', sessionId: s }, secret, 7200)));

  // As the web runner does: the answer's acknowledgement carries the next question, one round trip per answer.
  const nextOf = new Map<string, string | null>(prepared.map((c) => [c.assessmentId, c.firstChallengeId]));
  const cpuBefore = apis.map((api) => processCpuMs(api.process.pid!));
  const clientCpuBefore = process.cpuUsage();
  const until = Date.now() + SECONDS * 1000;
  const candidateLoop = async (offset: number) => {
    // Each loop has its own candidates: a candidate never sends two answers at once.
    const mine = prepared.filter((_, j) => j % CANDIDATE_CONCURRENCY === offset);
    for (let i = 0; Date.now() < until && mine.length; i++) {
      const c = mine[i % mine.length];
      const t0 = performance.now();
      let challengeId = nextOf.get(c.assessmentId);
      if (challengeId === undefined) {
        const next = await gql(nextBase(), c.token, `query($a: ID!) { assessment(id: $a) { nextChallenge { id } } }`, { a: c.assessmentId });
        challengeId = next.data?.assessment?.nextChallenge?.id ?? null;
      }
      if (!challengeId) continue; // this candidate has finished
      const loaded = ref.challengeById.get(challengeId)!;
      const value = c.n % 3 ? expectedAnswer(loaded.challenge) : [];
      const res = await gql(nextBase(), c.token, `mutation($i: AnswerInput!) { submitAnswer(input: $i) { status assessment { nextChallenge { id } } } }`, { i: { assessmentId: c.assessmentId, challengeId, value, clientAnswerId: `bench-${c.assessmentId}-${c.n}`, entryToken: c.entryToken } });
      answerLatencies.push(performance.now() - t0);
      if (res.data?.submitAnswer) {
        acknowledged++;
        c.n++;
        nextOf.set(c.assessmentId, res.data.submitAnswer.assessment?.nextChallenge?.id ?? null);
      } else {
        answerErrors++;
        nextOf.delete(c.assessmentId);
        const code = res.errors?.[0]?.extensions?.code ?? 'INCONNU';
        errorsByCode.set(code, (errorsByCode.get(code) ?? 0) + 1);
      }
    }
  };
  const invigilatorLoop = async (offset: number) => {
    for (let i = offset; Date.now() < until; i += INVIGILATOR_CONCURRENCY) {
      const s = i % sessions.length;
      const t0 = performance.now();
      const res = await gql(nextBase(), invigilatorTokens[s], `query($s: ID!) { certificationSession(id: $s) { candidates { id liveStatus answeredCount challengeCount timeLeftSeconds } } }`, { s: String(sessions[s]) });
      viewLatencies.push(performance.now() - t0);
      if (!res.data?.certificationSession) viewErrors++;
    }
  };
  await Promise.all([
    ...Array.from({ length: CANDIDATE_CONCURRENCY }, (_, i) => candidateLoop(i)),
    ...Array.from({ length: INVIGILATOR_CONCURRENCY }, (_, i) => invigilatorLoop(i)),
  ]);

  // The API's processor time per request: what scaling out divides (Linux /proc; 0 elsewhere).
  const apiCpuMs = apis.reduce((sum, api, i) => sum + processCpuMs(api.process.pid!) - cpuBefore[i], 0);
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const check = new pg.Client({ connectionString: db.url });
  await check.connect();
  const stored = Number((await check.query(`select count(*) as n from answers a join assessments s on s.id = a.assessment_id where s.type = 'CERTIFICATION'`)).rows[0].n);
  const duplicates = Number((await check.query(`select count(*) as n from (select assessment_id, client_answer_id from answers group by 1, 2 having count(*) > 1) d`)).rows[0].n);
  await check.end();
  await Promise.all(apis.map(async (api) => {
    api.process.kill('SIGTERM');
    await new Promise((r) => api.process.once('exit', r));
  }));
  const raw = await rawInsertRate(db.url, 10, 32);
  await db.stop();

  answerLatencies.sort((a, b) => a - b);
  viewLatencies.sort((a, b) => a - b);
  const results = {
    date: new Date().toISOString(), machine: `${cpus().length} cœurs, Node ${process.version}`, sessions: SESSIONS, candidates: prepared.length, seconds: SECONDS, instances: INSTANCES,
    answersPerSecond: acknowledged / SECONDS, liveViewsPerSecond: viewLatencies.length / SECONDS,
    answerLatencyMs: { p50: percentile(answerLatencies, 50), p95: percentile(answerLatencies, 95), p99: percentile(answerLatencies, 99) },
    liveViewLatencyMs: { p50: percentile(viewLatencies, 50), p95: percentile(viewLatencies, 95), p99: percentile(viewLatencies, 99) },
    answerErrors, viewErrors, errorsByCode: Object.fromEntries(errorsByCode), acknowledged, stored, lost: acknowledged - stored, duplicates,
    apiCpuMsPerRequest: apiCpuMs / (acknowledged + answerErrors + viewLatencies.length || 1), apiCoresBusy: apiCpuMs / 1000 / SECONDS,
    clientCoresBusy: (clientCpu.user + clientCpu.system) / 1e6 / SECONDS,
    rawInsertsPerSecond: raw, ratio: acknowledged / SECONDS / raw,
  };
  mkdirSync(join(ROOT_DIR, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT_DIR, `bench/results/certification-peak-${Date.now()}.json`), JSON.stringify(results, null, 2));
  const ms = (x: number) => x.toFixed(0);
  console.log(`
| mesure | valeur |
|---|---|
| réponses enregistrées / s (réponse + question suivante dans l'accusé) | ${results.answersPerSecond.toFixed(0)} |
| vues surveillant / s | ${results.liveViewsPerSecond.toFixed(0)} |
| latence réponse p50 / p95 / p99 (ms) | ${ms(results.answerLatencyMs.p50)} / ${ms(results.answerLatencyMs.p95)} / ${ms(results.answerLatencyMs.p99)} |
| latence vue p50 / p95 / p99 (ms) | ${ms(results.liveViewLatencyMs.p50)} / ${ms(results.liveViewLatencyMs.p95)} / ${ms(results.liveViewLatencyMs.p99)} |
| erreurs réponses / vues | ${answerErrors} / ${viewErrors} ${errorsByCode.size ? JSON.stringify(results.errorsByCode) : ''} |
| réponses acquittées / en base / perdues / doublons | ${acknowledged} / ${stored} / ${results.lost} / ${duplicates} |
| processeur de l'API par requête (ms) ; cœurs occupés par l'API, par les clients | ${results.apiCpuMsPerRequest.toFixed(2)} ; ${results.apiCoresBusy.toFixed(2)}, ${results.clientCoresBusy.toFixed(2)} |
| insertions brutes PostgreSQL / s | ${raw.toFixed(0)} |
| rapport réponses / insertions brutes | ${results.ratio.toFixed(2)} |
`);
}

await main();
