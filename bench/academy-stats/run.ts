// Academic dashboard benchmark: the statistics of a generated academy (200 schools, 60 000 pupils by default)
// read through the SQL of the GraphQL field resolvers, 20 times each; target under 200 ms per query.
//   node --import @swc-node/register/esm-register bench/academy-stats/run.ts [--schools 200] [--students 60000] [--runs 20] [--force]
// With DATABASE_URL: that server, database opencrcn_bench (created if needed, the GEN academy reused when present).
// Without: an embedded PostgreSQL in a temporary directory, removed at the end.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openOrm, migrate } from '../../server/src/db/orm.js';
import { ensureDatabase, withDatabase } from '../../server/src/db/database-url.js';
import { installedPlugins } from '../../server/src/installed-plugins.js';
import { loadContent } from '../../server/src/modules/referential/load-content.js';
import { loadConfig } from '../../server/src/config.js';
import { createApp } from '../../server/src/app.js';
import { createRequestContext } from '../../server/src/graphql/context.js';
import { GENERATED_CODE, GENERATED_VIEWER, generateAcademy } from '../../plugins/academic-dashboard/generate-academy.js';
import { refreshAcademyStatistics } from '../../plugins/academic-dashboard/refresh.js';
import * as statistics from '../../plugins/academic-dashboard/statistics.js';

const { values } = parseArgs({ options: { schools: { type: 'string', default: '200' }, students: { type: 'string', default: '60000' }, runs: { type: 'string', default: '20' }, force: { type: 'boolean', default: false } } });
const runs = Number(values.runs);
const TARGET_MS = 200;

const log = (m: string) => console.error(m);
let embedded: { stop(): Promise<void> } | null = null;
let dataDir: string | null = null;
let serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  const { startEmbeddedPostgres } = await import('../../server/src/db/embedded-postgres.js');
  dataDir = mkdtempSync(join(tmpdir(), 'opencrcn-bench-'));
  const db = await startEmbeddedPostgres({ dataDir, ephemeral: true, log: () => {} });
  embedded = db;
  serverUrl = db.url;
  log(`PostgreSQL embarqué sur le port ${db.port}`);
}
await ensureDatabase(serverUrl, 'opencrcn_bench');
const url = withDatabase(serverUrl, 'opencrcn_bench');
const orm = await openOrm({ clientUrl: url, extraEntities: installedPlugins.flatMap((p) => p.entities ?? []), poolMax: 4 });
const client = new pg.Client({ connectionString: url });

/** p-th percentile (nearest rank) of the durations, in ms. */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(label: string, run: () => Promise<unknown>) {
  await run();
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { label, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}

/** A slow query measured a few times only. */
async function measureFew(label: string, count: number, run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { label, median: times[Math.floor(times.length / 2)] };
}

try {
  await migrate(orm);
  await client.connect();
  const [{ server_version: version }] = (await client.query<{ server_version: string }>('show server_version')).rows;
  log('Génération (ou réutilisation) de l’académie GEN…');
  const generated = await generateAcademy(client, { schools: Number(values.schools), students: Number(values.students), force: values.force, log });
  log(generated.created ? `Générée en ${generated.seconds.toFixed(0)} s.` : 'Académie GEN existante réutilisée.');
  const refresh = await refreshAcademyStatistics(orm.em.fork());
  const volumes = (await client.query<Record<string, string>>(
    `select (select count(*) from academy_schools where academy_code = $1) as schools,
            (select count(*) from academic_current_students s join organizations o on o.id = s.organization_id join academy_schools a on a.uai = o.uai where a.academy_code = $1) as students,
            (select count(*) from knowledge_elements) as knowledge_elements,
            (select count(*) from certificates) as certificates,
            (select count(*) from campaign_participations) as participations`, [GENERATED_CODE])).rows[0];

  const referential = loadContent();
  const em = orm.em.fork() as EntityManager;
  const key = { codes: [GENERATED_CODE], schoolYear: 2025 };
  const results = [
    await measure('résumé (students, certifiable/certifiedPercentage, meanPixScore)', () => statistics.summaries(em, key)),
    await measure('perSchool', () => statistics.perSchool(em, key)),
    await measure('perClassLevel', () => statistics.perClassLevel(em, key)),
    await measure('levelDistribution', () => statistics.levelDistribution(em, { ...key, maxLevel: 6, competenceCodes: referential.competences.map((c) => c.code) })),
    await measure('campaignParticipation', () => statistics.campaignParticipation(em, key)),
    await measure('weekly', () => statistics.weekly(em, key)),
  ];

  // For comparison, what the views save: the certifiable share computed at request time from the knowledge elements.
  const live = await measureFew('la part de certifiables calculée à la volée depuis les éléments de connaissance, sans les vues', 3, () => client.query(
    `with current as (
       select s.user_id from academic_current_students s join organizations o on o.id = s.organization_id
         join academy_schools a on a.uai = o.uai where a.academy_code = $1
     ), latest as (
       select distinct on (k.user_id, k.skill_id) k.user_id, k.competence_code, k.status, k.earned_pix from knowledge_elements k
        where k.user_id in (select user_id from current) order by k.user_id, k.skill_id, k.created_at desc, k.id desc
     ), levels as (
       select user_id from latest where status = 'VALIDATED' group by user_id, competence_code having floor((sum(earned_pix) + 1e-9) / 8) >= 1
     )
     select count(*) as students, count(*) filter (where user_id in (select user_id from levels group by user_id having count(*) >= 5)) as certifiable from current`,
    [GENERATED_CODE]));

  // The whole GraphQL request as the dashboard would send it, through the schema, the access check and the loaders.
  const config = loadConfig({ databaseUrl: url, seedDemo: false });
  const app = await createApp({ config, orm, plugins: installedPlugins, referential, log: () => {} });
  const [viewer] = (await client.query<{ id: number }>('select id from users where email = $1', [GENERATED_VIEWER.email])).rows;
  const query = `query($code: ID!) { academy(code: $code) { code name schools { uai name } statistics(schoolYear: 2025) {
    students certifiablePercentage certifiedPercentage meanPixScore refreshedAt
    perSchool { uai name students certifiablePercentage certifiedPercentage meanPixScore participatingStudents }
    perClassLevel { classLevel students certifiablePercentage certifiedPercentage } levelDistribution { competenceCode levels }
    campaignParticipation { participants shared } weekly { weekStart certifications meanPixScore } } } }`;
  results.push(await measure('requête GraphQL complète (tous les champs)', async () => {
    const response = await app.apollo.executeOperation({ query, variables: { code: GENERATED_CODE } }, { contextValue: createRequestContext(app.platform, orm.em, { kind: 'user', userId: viewer.id }) });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
  }));
  await app.close();

  const summary = (await statistics.summaries(em, key))[0];
  const lines = [
    `Mesuré le ${new Date().toISOString().slice(0, 10)} — ${cpus().length} cœurs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} Go, PostgreSQL ${version}` +
      `${embedded ? ' embarqué' : ''}, Node ${process.versions.node}.`,
    '',
    `Données : ${volumes.schools} établissements, ${volumes.students} élèves inscrits, ${volumes.knowledge_elements} éléments de connaissance, ` +
      `${volumes.participations} participations, ${volumes.certificates} certificats` +
      (generated.created ? ` (générés en ${generated.seconds.toFixed(0)} s).` : ' (académie existante réutilisée).'),
    `Mise à jour des vues matérialisées (REFRESH … CONCURRENTLY, toutes) : ${(refresh.durationMs / 1000).toFixed(1)} s.`,
    `Chiffres obtenus : ${summary.students} élèves, ${summary.certifiablePercentage} % certifiables, ${summary.certifiedPercentage} % certifiés, score moyen ${summary.meanPixScore}.`,
    '',
    `| requête (${runs} exécutions) | p50 (ms) | p95 (ms) | max (ms) | cible < ${TARGET_MS} ms |`,
    '|---|---:|---:|---:|:---:|',
    ...results.map((r) => `| ${r.label} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.p95 < TARGET_MS ? 'oui' : '**non**'} |`),
    '',
    `Pour comparaison, ${live.label} : ${(live.median / 1000).toFixed(1)} s (médiane de 3).`,
  ];
  console.log(lines.join('\n'));
} finally {
  await client.end().catch(() => {});
  await orm.close();
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
