// npm run bench:crash — kill -9 of the API in the middle of the certification load: clients retry with the same
// clientAnswerIds until the restarted server answers; then the database must hold every acknowledged answer exactly
// once, and every candidate must be able to go on. The verdict is computed from the database, not asserted.
//   --sessions 10  --seconds 12
import 'reflect-metadata';
import pg from 'pg';
import { freePort } from '../../server/src/db/embedded-postgres.js';
import { expectedAnswer } from '../../server/src/modules/positioning/check-answer.js';
import { arg, database, gql, log, migrated, referential, seed, startAll, startApi, type Candidate } from '../lib/peak-setup.js';

const SESSIONS = arg('sessions', 10);
const SECONDS = arg('seconds', 12);

async function main() {
  const db = await database();
  await migrated(db.url);
  const { accessCode } = await seed(db.url, SESSIONS);
  const port = await freePort();
  let api = await startApi(db.url, port);
  const base = `http://127.0.0.1:${port}`;
  const candidates = await startAll(base, db.url, accessCode);
  log(`${candidates.length} candidats ; arrêt brutal de l'API au milieu de ${SECONDS} s de charge…`);

  const acknowledged = new Set<string>();
  let retries = 0;
  let progressedAfterRestart = 0;
  let restarted = false;
  const until = Date.now() + SECONDS * 1000;

  /** Sends one answer until it is acknowledged, with the same clientAnswerId every time. */
  const answerOnce = async (c: Candidate) => {
    for (;;) {
      try {
        const next = await gql(base, c.token, `query($a: ID!) { assessment(id: $a) { nextChallenge { id } } }`, { a: c.assessmentId });
        const challengeId = next.data?.assessment?.nextChallenge?.id;
        if (!challengeId) return false;
        const clientAnswerId = `crash-${c.assessmentId}-${c.n}`;
        const res = await gql(base, c.token, `mutation($i: AnswerInput!) { submitAnswer(input: $i) { status } }`, {
          i: { assessmentId: c.assessmentId, challengeId, value: expectedAnswer(referential.challengeById.get(challengeId)!.challenge), clientAnswerId, entryToken: c.entryToken },
        });
        if (res.data?.submitAnswer) {
          acknowledged.add(`${c.assessmentId}|${clientAnswerId}`);
          c.n++;
          if (restarted) progressedAfterRestart++;
          return true;
        }
        throw new Error(res.errors?.[0]?.extensions?.code ?? 'refus');
      } catch {
        retries++;
        if (Date.now() > until + 30_000) return false;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };

  const crash = (async () => {
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2));
    log('kill -9 de l’API');
    api.kill('SIGKILL');
    await new Promise((r) => api.once('exit', r));
    await new Promise((r) => setTimeout(r, 1500));
    api = await startApi(db.url, port);
    restarted = true;
    log('API redémarrée');
  })();
  await Promise.all(candidates.map(async (c) => { while (Date.now() < until) if (!(await answerOnce(c))) break; }));
  await crash;

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const rows = (await client.query(`select assessment_id, client_answer_id, count(*) as n from answers group by 1, 2`)).rows as { assessment_id: string; client_answer_id: string; n: string }[];
  await client.end();
  const stored = new Map(rows.map((r) => [`${r.assessment_id}|${r.client_answer_id}`, Number(r.n)]));
  const lost = [...acknowledged].filter((k) => !stored.has(k)).length;
  const duplicated = rows.filter((r) => Number(r.n) > 1).length;
  const resumed = (await Promise.all(candidates.map((c) => gql(base, c.token, `query($a: ID!) { assessment(id: $a) { state } }`, { a: c.assessmentId })))).filter((r) => r.data?.assessment).length;
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await db.stop();
  console.log(`\nRéponses acquittées : ${acknowledged.size} ; en base : ${rows.length} ; réessais : ${retries} ; réponses après le redémarrage : ${progressedAfterRestart}`);
  console.log(`Candidats qui reprennent : ${resumed} / ${candidates.length}`);
  console.log(`${lost} lost, ${duplicated} duplicated`);
  process.exitCode = lost || duplicated || resumed < candidates.length || !progressedAfterRestart ? 1 : 0;
}

await main();
