// npm run bench:peak — the spring certification peak on one machine: candidates answering and invigilators
// watching, against a real API process and PostgreSQL; then the answers counted in the database against the
// answers acknowledged, and PostgreSQL's raw single-row insert rate for comparison. After a short warm-up at the
// target rates (not counted), two phases on the same data:
//  1. the target load, offered at fixed rates whatever the latency (an open loop: latencies count from the moment
//     each request was due, so a slow server cannot hide behind clients that wait for it);
//  2. the capacity: closed loops that send their next request as soon as the previous one is answered.
//   --sessions 60 (× 20 candidates)  --seconds 20 (per phase)  --answers-rate 600  --views-rate 800  --warm-up-seconds 2
//   --candidates-concurrency 36  --invigilators-concurrency 52 (phase 2)  --instances 1
import 'reflect-metadata';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT_DIR } from '../../server/src/config.js';
import { freePort } from '../../server/src/db/embedded-postgres.js';
import { signToken } from '../../server/src/modules/identity/token.js';
import { expectedAnswer } from '../../server/src/modules/positioning/check-answer.js';
import { arg, database, gql, log, migrated, percentile, referential, SECRET, seed, startAll, startApi, type Candidate, type GqlResult, type RequestTiming } from '../lib/peak-setup.js';

const SESSIONS = arg('sessions', 60);
const SECONDS = arg('seconds', 20);
const WARM_UP_SECONDS = arg('warm-up-seconds', 2);
const ANSWERS_RATE = arg('answers-rate', 600);
const VIEWS_RATE = arg('views-rate', 800);
const CANDIDATE_CONCURRENCY = arg('candidates-concurrency', 36);
const INVIGILATOR_CONCURRENCY = arg('invigilators-concurrency', 52);
// Several API instances on the one database, as behind a load balancer; the clients spread over them in turn.
const INSTANCES = arg('instances', 1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** User + system processor time of a process so far, in ms (Linux); with its ended children's, if asked. */
function processCpuMs(pid: number, withEndedChildren = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // utime, stime, then cutime, cstime, in clock ticks (USER_HZ = 100)
    const ticks = Number(fields[11]) + Number(fields[12]) + (withEndedChildren ? Number(fields[13]) + Number(fields[14]) : 0);
    return (ticks * 1000) / 100;
  } catch {
    return 0;
  }
}

/**
 * Processor time so far of every PostgreSQL process on this machine, in ms (Linux; 0 elsewhere), those that ended
 * included: a backend whose connection the pool closed takes its time with it, into its parent's count of ended children.
 */
function postgresCpuMs(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += processCpuMs(Number(pid), true);
    } catch { /* gone meanwhile */ }
  }
  return total;
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

/**
 * The API's own readings (Prometheus, /metrics): its latency histogram summed over operations (cumulative count per
 * bound), and its event loop's delays since the previous reading (prom-client resets them at each scrape).
 */
async function serverReading(base: string): Promise<{ buckets: Map<number, number>; loopDelayMs: { p99: number; max: number } }> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const buckets = new Map<number, number>();
  for (const m of text.matchAll(/^opencrcn_graphql_request_duration_seconds_bucket\{([^}]*)\} (\d+)/gm)) {
    const le = /le="([^"]+)"/.exec(m[1])?.[1];
    if (!le) continue;
    const bound = le === '+Inf' ? Infinity : Number(le);
    buckets.set(bound, (buckets.get(bound) ?? 0) + Number(m[2]));
  }
  const gauge = (name: string) => 1000 * Number(new RegExp(`^opencrcn_nodejs_eventloop_lag_${name}_seconds (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
  return { buckets, loopDelayMs: { p99: gauge('p99'), max: gauge('max') } };
}

/** Between two readings: the share of requests the API answered within each bound, and its p99 as a bucket bound. */
function serverLatency(before: Map<number, number>, after: Map<number, number>) {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const total = (after.get(Infinity) ?? 0) - (before.get(Infinity) ?? 0);
  const within = (b: number) => ((after.get(b) ?? 0) - (before.get(b) ?? 0)) / (total || 1);
  const p99 = bounds.find((b) => within(b) >= 0.99) ?? Infinity;
  return { requests: total, within250ms: within(0.25), p99AtMostMs: p99 * 1000 };
}

interface PhaseStats {
  answerLatencies: number[];
  viewLatencies: number[];
  acknowledged: number;
  answerErrors: number;
  viewErrors: number;
  /** Open loop: answers that were due while every candidate still waited for an acknowledgement. */
  answersNotSent: number;
  errorsByCode: Map<string, number>;
  viewErrorsByCode: Map<string, number>;
  /** New connections opened by the clients. */
  connections: number;
  /** Requests served in more than SLOW_MS, and where their time went (sums, ms). */
  slow: { count: number; sentLateMs: number; socketWaitMs: number; connectMs: number; serverMs: number; readMs: number; bySecond: number[] };
  startedAt: number;
}

const SLOW_MS = 250;

const newStats = (): PhaseStats => ({
  answerLatencies: [], viewLatencies: [], acknowledged: 0, answerErrors: 0, viewErrors: 0, answersNotSent: 0, errorsByCode: new Map(), viewErrorsByCode: new Map(),
  connections: 0, slow: { count: 0, sentLateMs: 0, socketWaitMs: 0, connectMs: 0, serverMs: 0, readMs: 0, bySecond: [] }, startedAt: performance.now(),
});

/** A request served: its latency from when it was due, and, if slow, where the time went. */
function served(stats: PhaseStats, latencies: number[], dueAt: number, sentAt: number, timing: RequestTiming | undefined): void {
  const latency = performance.now() - dueAt;
  latencies.push(latency);
  if (!timing) return;
  if (timing.connectMs !== null) stats.connections++;
  if (latency <= SLOW_MS) return;
  const connected = timing.connectMs ?? timing.socketMs;
  stats.slow.count++;
  const second = Math.max(0, Math.floor((dueAt - stats.startedAt) / 1000));
  stats.slow.bySecond[second] = (stats.slow.bySecond[second] ?? 0) + 1;
  stats.slow.sentLateMs += sentAt - dueAt;
  stats.slow.socketWaitMs += timing.socketMs;
  stats.slow.connectMs += connected - timing.socketMs;
  stats.slow.serverMs += timing.responseMs - connected;
  stats.slow.readMs += latency - (sentAt - dueAt) - timing.responseMs;
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
  let turn = 0;
  const nextBase = () => apis[turn++ % apis.length].base;
  const secret = new TextEncoder().encode(SECRET);
  const prepared = await startAll(apis[0].base, db.url, accessCode);
  const invigilatorTokens = await Promise.all(sessions.map((s) => signToken({ kind: 'invigilator', sessionId: s }, secret, 7200)));
  // As the web runner does: the answer's acknowledgement carries the next question, one round trip per answer.
  const nextOf = new Map<string, string | null>(prepared.map((c) => [c.assessmentId, c.firstChallengeId]));
  const finished = (c: Candidate) => nextOf.get(c.assessmentId) === null;

  /** One answer of this candidate (one in three wrong); its latency counted from `dueAt`. */
  const answer = async (c: Candidate, stats: PhaseStats, dueAt = performance.now()) => {
    let challengeId = nextOf.get(c.assessmentId);
    if (challengeId === undefined) {
      const next = await gql(nextBase(), c.token, `query($a: ID!) { assessment(id: $a) { nextChallenge { id } } }`, { a: c.assessmentId });
      challengeId = next.data?.assessment?.nextChallenge?.id ?? null;
      nextOf.set(c.assessmentId, challengeId ?? null);
    }
    if (!challengeId) return;
    const sentAt = performance.now();
    const loaded = referential.challengeById.get(challengeId)!;
    const value = c.n % 3 ? expectedAnswer(loaded.challenge) : [];
    // A connection cut counts as an error; the same answer goes again later, under the same clientAnswerId.
    const res = await gql(nextBase(), c.token, `mutation($i: AnswerInput!) { submitAnswer(input: $i) { status assessment { nextChallenge { id } } } }`, { i: { assessmentId: c.assessmentId, challengeId, value, clientAnswerId: `bench-${c.assessmentId}-${c.n}`, entryToken: c.entryToken } })
      .catch((e: Error): GqlResult => ({ errors: [{ message: e.message, extensions: { code: 'RÉSEAU' } }] }));
    // Latencies are those of the requests served: an error (a fast 503 among them) says nothing of the service's speed.
    if (res.data?.submitAnswer) {
      served(stats, stats.answerLatencies, dueAt, sentAt, res.timing);
      stats.acknowledged++;
      c.n++;
      nextOf.set(c.assessmentId, res.data.submitAnswer.assessment?.nextChallenge?.id ?? null);
    } else {
      stats.answerErrors++;
      // Cut or turned away for a while (SERVER_BUSY, DATABASE_UNAVAILABLE): the same question is still the one to answer.
      const error = res.errors?.[0]?.extensions;
      if (error?.code !== 'RÉSEAU' && !error?.retryable) nextOf.delete(c.assessmentId);
      const code = error?.code ?? 'INCONNU';
      stats.errorsByCode.set(code, (stats.errorsByCode.get(code) ?? 0) + 1);
    }
  };
  /** The live view of one session: 20 candidates with status, answers, questions and time left. */
  const view = async (s: number, stats: PhaseStats, dueAt = performance.now()) => {
    const sentAt = performance.now();
    const res = await gql(nextBase(), invigilatorTokens[s], `query($s: ID!) { certificationSession(id: $s) { candidates { id liveStatus answeredCount challengeCount timeLeftSeconds } } }`, { s: String(sessions[s]) })
      .catch((): GqlResult => ({ errors: [{ extensions: { code: 'RÉSEAU' } }] }));
    if (res.data?.certificationSession) served(stats, stats.viewLatencies, dueAt, sentAt, res.timing);
    else {
      stats.viewErrors++;
      const code = res.errors?.[0]?.extensions?.code ?? 'RÉSEAU';
      stats.viewErrorsByCode.set(code, (stats.viewErrorsByCode.get(code) ?? 0) + 1);
    }
  };

  /** Phase 1: requests sent when due, at fixed rates; a candidate still waiting for its acknowledgement is skipped. */
  const openLoop = async (stats: PhaseStats, seconds = SECONDS) => {
    const idle = prepared.filter((c) => !finished(c));
    const inFlight = new Set<Promise<void>>();
    const track = (p: Promise<void>) => { inFlight.add(p); void p.finally(() => inFlight.delete(p)); };
    const start = performance.now();
    let answersDue = 0;
    let viewsDue = 0;
    for (let now = start; now < start + seconds * 1000; now = performance.now()) {
      for (; answersDue < ((now - start) / 1000) * ANSWERS_RATE; answersDue++) {
        const c = idle.shift();
        if (!c) { stats.answersNotSent++; continue; }
        track(answer(c, stats, start + (answersDue * 1000) / ANSWERS_RATE).then(() => { if (!finished(c)) idle.push(c); }));
      }
      for (; viewsDue < ((now - start) / 1000) * VIEWS_RATE; viewsDue++) track(view(viewsDue % sessions.length, stats, start + (viewsDue * 1000) / VIEWS_RATE));
      await sleep(1);
    }
    await Promise.all(inFlight);
  };

  /** Phase 2: each loop sends its next request as soon as the previous one is answered. */
  const closedLoops = async (stats: PhaseStats) => {
    const until = Date.now() + SECONDS * 1000;
    const candidateLoop = async (offset: number) => {
      // Each loop has its own candidates: a candidate never sends two answers at once.
      const mine = prepared.filter((c, j) => j % CANDIDATE_CONCURRENCY === offset && !finished(c));
      for (let i = 0; Date.now() < until && mine.some((c) => !finished(c)); i++) {
        const c = mine[i % mine.length];
        if (!finished(c)) await answer(c, stats);
      }
    };
    const invigilatorLoop = async (offset: number) => {
      for (let i = offset; Date.now() < until; i += INVIGILATOR_CONCURRENCY) await view(i % sessions.length, stats);
    };
    await Promise.all([
      ...Array.from({ length: CANDIDATE_CONCURRENCY }, (_, i) => candidateLoop(i)),
      ...Array.from({ length: INVIGILATOR_CONCURRENCY }, (_, i) => invigilatorLoop(i)),
    ]);
  };

  // PostgreSQL's count of transactions in the database: every statement of the hot paths is one. Backends publish
  // their counts when idle, at most once a second: read after a pause.
  const counter = new pg.Client({ connectionString: db.url });
  await counter.connect();
  const transactions = async () => {
    await sleep(1200);
    return Number((await counter.query('select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()')).rows[0].n);
  };

  const measure = async (name: string, run: (stats: PhaseStats) => Promise<void>) => {
    const stats = newStats();
    const transactionsBefore = await transactions();
    const apiBefore = apis.map((api) => processCpuMs(api.process.pid!));
    const clientBefore = process.cpuUsage();
    const postgresBefore = postgresCpuMs();
    const readingsBefore = await Promise.all(apis.map((api) => serverReading(api.base)));
    // How late this process's own timers and callbacks ran: the clients share the machine's cores with the API.
    const clientLoop = monitorEventLoopDelay({ resolution: 10 });
    clientLoop.enable();
    const t0 = performance.now();
    stats.startedAt = t0;
    await run(stats);
    const seconds = (performance.now() - t0) / 1000;
    clientLoop.disable();
    const apiCpuMs = apis.reduce((sum, api, i) => sum + processCpuMs(api.process.pid!) - apiBefore[i], 0);
    const client = process.cpuUsage(clientBefore);
    const postgres = postgresCpuMs() - postgresBefore;
    const readingsAfter = await Promise.all(apis.map((api) => serverReading(api.base)));
    const sum = (maps: Map<number, number>[]) => maps.reduce((all, m) => { for (const [k, n] of m) all.set(k, (all.get(k) ?? 0) + n); return all; }, new Map<number, number>());
    const server = {
      ...serverLatency(sum(readingsBefore.map((r) => r.buckets)), sum(readingsAfter.map((r) => r.buckets))),
      loopDelayMs: { p99: Math.max(...readingsAfter.map((r) => r.loopDelayMs.p99)), max: Math.max(...readingsAfter.map((r) => r.loopDelayMs.max)) },
    };
    const a = [...stats.answerLatencies].sort((x, y) => x - y);
    const v = [...stats.viewLatencies].sort((x, y) => x - y);
    const requests = stats.acknowledged + stats.answerErrors + v.length + stats.viewErrors;
    const transactionsPerRequest = ((await transactions()) - transactionsBefore) / (requests || 1);
    return {
      phase: name, seconds,
      answersPerSecond: stats.acknowledged / seconds, liveViewsPerSecond: v.length / seconds,
      answerLatencyMs: { p50: percentile(a, 50), p95: percentile(a, 95), p99: percentile(a, 99) },
      liveViewLatencyMs: { p50: percentile(v, 50), p95: percentile(v, 95), p99: percentile(v, 99) },
      acknowledged: stats.acknowledged, answerErrors: stats.answerErrors, viewErrors: stats.viewErrors, answersNotSent: stats.answersNotSent,
      errorsByCode: Object.fromEntries(stats.errorsByCode), viewErrorsByCode: Object.fromEntries(stats.viewErrorsByCode),
      connections: stats.connections, slow: stats.slow, transactionsPerRequest,
      apiCpuMsPerRequest: apiCpuMs / (requests || 1), apiCoresBusy: apiCpuMs / 1000 / seconds,
      postgresCoresBusy: postgres / 1000 / seconds, clientCoresBusy: (client.user + client.system) / 1e6 / seconds,
      clientLoopDelayMs: { p99: clientLoop.percentile(99) / 1e6, max: clientLoop.max / 1e6 },
      // As the API measured itself: from the request's start in Apollo to its response, without the clients' delays.
      server,
    };
  };

  log(`${prepared.length} candidats en test ; charge visée (${ANSWERS_RATE} réponses et ${VIEWS_RATE} vues par seconde) pendant ${SECONDS} s…`);
  // The clients open their connections and the API runs the live view for the first time: a start that a running
  // instance has behind it (its first second delayed about 1 % of the first phase's requests by up to a second).
  log(`mise en route : ${WARM_UP_SECONDS} s à la charge visée, non comptées…`);
  const warmUp = newStats();
  await openLoop(warmUp, WARM_UP_SECONDS);
  await sleep(1000);
  const target = await measure('charge visée', (stats) => openLoop(stats));
  await sleep(1000);
  log(`capacité (${CANDIDATE_CONCURRENCY} boucles de candidats, ${INVIGILATOR_CONCURRENCY} de surveillants) pendant ${SECONDS} s…`);
  const capacity = await measure('capacité', closedLoops);

  await counter.end();
  const check = new pg.Client({ connectionString: db.url });
  await check.connect();
  const stored = Number((await check.query(`select count(*) as n from answers a join assessments s on s.id = a.assessment_id where s.type = 'CERTIFICATION'`)).rows[0].n);
  const duplicates = Number((await check.query(`select count(*) as n from (select assessment_id, client_answer_id from answers group by 1, 2 having count(*) > 1) d`)).rows[0].n);
  await check.end();
  await Promise.all(apis.map(async (api) => {
    api.process.kill('SIGTERM');
    await new Promise((r) => api.process.once('exit', r));
  }));
  log('insertions brutes…');
  const raw = await rawInsertRate(db.url, 10, 32);
  await db.stop();

  const acknowledged = warmUp.acknowledged + target.acknowledged + capacity.acknowledged;
  const results = {
    date: new Date().toISOString(), machine: `${cpus().length} cœurs (${cpus()[0]?.model ?? '?'}), Node ${process.version}`, database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embarquée',
    sessions: SESSIONS, candidates: prepared.length, instances: INSTANCES, target, capacity,
    acknowledged, stored, lost: acknowledged - stored, duplicates,
    rawInsertsPerSecond: raw, ratio: capacity.answersPerSecond / raw,
  };
  mkdirSync(join(ROOT_DIR, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT_DIR, `bench/results/certification-peak-${Date.now()}.json`), JSON.stringify(results, null, 2));
  const ms = (x: number) => x.toFixed(0);
  const row = (label: string, f: (p: typeof target) => string) => `| ${label} | ${f(target)} | ${f(capacity)} |`;
  const codes = (p: typeof target) => [p.errorsByCode, p.viewErrorsByCode].map((c) => (Object.keys(c).length ? JSON.stringify(c) : '–')).join(' / ');
  console.log(`
| mesure | charge visée (${ANSWERS_RATE} + ${VIEWS_RATE} / s offertes) | capacité (${CANDIDATE_CONCURRENCY} + ${INVIGILATOR_CONCURRENCY} boucles) |
|---|---:|---:|
${row('réponses enregistrées / s', (p) => p.answersPerSecond.toFixed(0))}
${row('vues surveillant / s', (p) => p.liveViewsPerSecond.toFixed(0))}
${row('latence réponse p50 / p95 / p99 (ms)', (p) => `${ms(p.answerLatencyMs.p50)} / ${ms(p.answerLatencyMs.p95)} / ${ms(p.answerLatencyMs.p99)}`)}
${row('latence vue p50 / p95 / p99 (ms)', (p) => `${ms(p.liveViewLatencyMs.p50)} / ${ms(p.liveViewLatencyMs.p95)} / ${ms(p.liveViewLatencyMs.p99)}`)}
${row('erreurs réponses / vues', (p) => `${p.answerErrors} / ${p.viewErrors}`)}
${row('codes des erreurs réponses / vues', codes)}
${row('réponses dues non envoyées (tous les candidats attendaient)', (p) => String(p.answersNotSent))}
${row('mesuré par l’API : part des requêtes en moins de 250 ms ; p99 au plus (ms)', (p) => `${(100 * p.server.within250ms).toFixed(1)} % ; ${p.server.p99AtMostMs}`)}
${row(`servies en plus de ${SLOW_MS} ms ; leur temps moyen : envoi tardif / attente d’une connexion / connexion / serveur / lecture (ms)`, (p) => {
  const mean = (x: number) => ms(x / (p.slow.count || 1));
  return `${p.slow.count} ; ${mean(p.slow.sentLateMs)} / ${mean(p.slow.socketWaitMs)} / ${mean(p.slow.connectMs)} / ${mean(p.slow.serverMs)} / ${mean(p.slow.readMs)}`;
})}
${row(`servies en plus de ${SLOW_MS} ms, par seconde de la phase où elles étaient dues`, (p) => Array.from(p.slow.bySecond, (n) => n ?? 0).join(' ') || '–')}
${row('connexions ouvertes par les clients', (p) => String(p.connections))}
${row('transactions PostgreSQL par requête (instructions partagées)', (p) => p.transactionsPerRequest.toFixed(2))}
${row('retard de la boucle d’événements p99 / max (ms) : API ; clients', (p) => `${ms(p.server.loopDelayMs.p99)} / ${ms(p.server.loopDelayMs.max)} ; ${ms(p.clientLoopDelayMs.p99)} / ${ms(p.clientLoopDelayMs.max)}`)}
${row('processeur de l’API par requête (ms)', (p) => p.apiCpuMsPerRequest.toFixed(2))}
${row('cœurs occupés : API / PostgreSQL / clients', (p) => `${p.apiCoresBusy.toFixed(2)} / ${p.postgresCoresBusy.toFixed(2)} / ${p.clientCoresBusy.toFixed(2)}`)}

| bilan | valeur |
|---|---|
| réponses acquittées / en base / perdues / doublons | ${acknowledged} / ${stored} / ${results.lost} / ${duplicates} |
| insertions brutes PostgreSQL / s (32 connexions) | ${raw.toFixed(0)} |
| rapport réponses / insertions brutes (capacité) | ${results.ratio.toFixed(3)} |
`);
}

await main();
