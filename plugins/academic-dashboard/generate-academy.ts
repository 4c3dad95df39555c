// A large generated academy ("GEN") for measuring the dashboard: schools, pupils with accounts and profiles,
// campaign participations and certificates over the certification windows. Set-based SQL (generate_series,
// insert … select) so that 60 000 pupils and their millions of knowledge elements take a few minutes, not hours.
//
//   DATABASE_URL=postgres://… node --import @swc-node/register/esm-register plugins/academic-dashboard/generate-academy.ts [--schools 200] [--students 60000] [--force]
//
// Applies pending migrations first. An existing GEN academy is kept unless --force (which deletes and rebuilds it).
import 'reflect-metadata';
import pg from 'pg';
import { pathToFileURL } from 'node:url';
import { FIRST_NAMES, LAST_NAMES, seededRandom } from '../../seeds/demo-names.js';
import { hashPassword, loadContent } from '../../server/src/plugin-api/index.js';

export const GENERATED_CODE = 'GEN';
export const GENERATED_VIEWER = { email: 'dane@ac-gen.opencrcn.test', password: 'Demo-2026!' };

export interface GenerateOptions { schools: number; students: number; force?: boolean; log?: (m: string) => void }
export interface GeneratedAcademy { created: boolean; schools: number; students: number; knowledgeElements: number; certificates: number; participations: number; seconds: number }

const PATRONS = ['Jean Moulin', 'Victor Hugo', 'Marie Curie', 'Jules Ferry', 'Louise Michel', 'Pablo Neruda', 'Simone Veil', 'Jean Jaurès',
  'Champollion', 'Stendhal', 'Berlioz', 'Vaucanson', 'Lesdiguières', 'Aristide Bergès', 'Condorcet', 'Olympe de Gouges', 'Rosa Parks',
  'Albert Camus', 'George Sand', 'Paul Éluard', 'Les Eaux-Claires', 'Le Grésivaudan', 'La Chartreuse', 'Le Vercors', 'Belledonne'];
const TOWNS = ['Grenoble', 'Échirolles', 'Voiron', 'Vienne', 'Bourgoin-Jallieu', 'Valence', 'Montélimar', 'Romans-sur-Isère', 'Privas',
  'Aubenas', 'Annecy', 'Annemasse', 'Thonon-les-Bains', 'Chambéry', 'Aix-les-Bains', 'Albertville', 'Saint-Marcellin', 'Crest'];
const DEPARTMENTS = ['038', '026', '007', '074', '073'];
/** A-Z without I, L, O (campaign codes). */
const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ';
const VERIFICATION_ALPHABET = '2346789BCDFGHJKMPQRTVWXY';

/** "P-" + 8 distinct characters, distinct codes, from a fixed seed (the same academy at each run). */
function verificationCodes(count: number, taken: Set<string>): string[] {
  const random = seededRandom(2026);
  const codes: string[] = [];
  while (codes.length < count) {
    const pool = VERIFICATION_ALPHABET.split('');
    let code = 'P-';
    for (let i = 0; i < 8; i++) code += pool.splice(Math.floor(random() * pool.length), 1)[0];
    if (!taken.has(code)) { taken.add(code); codes.push(code); }
  }
  return codes;
}

async function timed<T>(log: (m: string) => void, label: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await step();
  log(`  ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

export async function generateAcademy(client: pg.ClientBase, o: GenerateOptions): Promise<GeneratedAcademy> {
  const log = o.log ?? (() => {});
  const started = Date.now();
  if (o.schools < 1 || o.schools > 3999) throw new Error('--schools : entre 1 et 3 999 établissements');
  if (o.students < o.schools) throw new Error('--students : au moins un élève par établissement');
  const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
  const count = async (sql: string, params: unknown[] = []) => Number((await q(sql, params))[0].n);

  const existing = await count(`select count(*) as n from academy_schools where academy_code = $1`, [GENERATED_CODE]);
  if (existing && !o.force) {
    const students = await count(
      `select count(*) as n from students st join organizations o on o.id = st.organization_id join academy_schools a on a.uai = o.uai
        where a.academy_code = $1 and st.left_at is null`, [GENERATED_CODE]);
    return { created: false, schools: existing, students, knowledgeElements: 0, certificates: 0, participations: 0, seconds: 0 };
  }

  const referential = loadContent();
  const skills = referential.competences.flatMap((c) => c.tubes.flatMap((t) => t.skills));
  const passwordHash = await hashPassword(GENERATED_VIEWER.password);

  await client.query('begin');
  try {
    // Fewer fsyncs: a lost generation is simply run again.
    await q(`set local synchronous_commit = off`);
    if (existing) {
      await timed(log, 'suppression de l’académie GEN précédente', async () => {
        await q(`delete from users where username like 'gen.%' or email = $1`, [GENERATED_VIEWER.email]);
        await q(`delete from organizations where uai in (select uai from academy_schools where academy_code = $1)`, [GENERATED_CODE]);
        await q(`delete from academies where code = $1`, [GENERATED_CODE]);
      });
    }
    // The same draws at every run: random() follows setseed within this session.
    await q(`select setseed(0.2026)`);
    await q(`create temporary table gen_skills on commit drop as
               select * from unnest($1::text[], $2::text[], $3::int[], $4::float8[]) as s(skill_id, competence_code, difficulty, pix_value)`,
      [skills.map((s) => s.id), skills.map((s) => s.competenceCode), skills.map((s) => s.difficulty), skills.map((s) => s.pixValue)]);

    await q(`insert into academies (code, name) values ($1, 'Académie générée (mesures)')`, [GENERATED_CODE]);

    // Schools: about two collèges for one lycée (general or vocational); lycées are larger.
    await timed(log, `${o.schools} établissements`, async () => {
      await q(`create temporary table gen_schools on commit drop as
        select i, kind, weight, (dept || lpad((6000 + i)::text, 4, '0')) as number
          from (select i,
                       case when i % 10 < 7 then 'COLLEGE' when i % 10 < 9 then 'LYCEE' else 'LYCEE_PRO' end as kind,
                       (case when i % 10 < 7 then 1.0 when i % 10 < 9 then 1.8 else 1.2 end) * (0.6 + random() * 0.8) as weight,
                       ($2::text[])[1 + i % array_length($2::text[], 1)] as dept
                  from generate_series(1, $1::int) as i) as x`, [o.schools, DEPARTMENTS]);
      await q(`alter table gen_schools add column uai text, add column organization_id int, add column size int`);
      await q(`analyze gen_schools`);
      await q(`update gen_schools set uai = number || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (number::bigint % 23)::int + 1, 1)`);
      // Sizes proportional to the weights, the rounding remainder given to the first schools.
      await q(`with w as (select i, floor($1::int * weight / sum(weight) over ())::int as size from gen_schools),
                    r as (select $1::int - sum(size) as rest from w)
               update gen_schools g set size = w.size + case when g.i <= (select rest from r) then 1 else 0 end from w where w.i = g.i`, [o.students]);
      await q(`with inserted as (
                 insert into organizations (name, type, uai, email, tags, created_at)
                 select case kind when 'COLLEGE' then 'Collège ' when 'LYCEE' then 'Lycée ' else 'Lycée professionnel ' end
                          || ($1::text[])[1 + (i * 7) % array_length($1::text[], 1)] || ' – ' || ($2::text[])[1 + (i * 5) % array_length($2::text[], 1)],
                        'SCO'::organization_type, uai, 'ce.' || uai || '@ac-gen.opencrcn.test', jsonb_build_array(kind), now()
                   from gen_schools
                 on conflict (uai) do nothing
                 returning id, uai)
               update gen_schools g set organization_id = inserted.id from inserted where inserted.uai = g.uai`, [PATRONS, TOWNS]);
      await q(`delete from gen_schools where organization_id is null`);
      await q(`insert into academy_schools (uai, academy_code) select uai, $1 from gen_schools`, [GENERATED_CODE]);
    });

    // Pupils: class levels in turn within each school, 28 to a class; ability grows with the class level.
    await timed(log, `${o.students} élèves et leurs comptes`, async () => {
      await q(`create temporary table gen_pupils on commit drop as
        select row_number() over () as n, s.organization_id, s.i as school, g, lv.label as level, lv.rank,
               lv.label || case when lv.label in ('6', '5', '4', '3') then 'e' else '' end || (1 + (g / lv.count) / 28)::text as division,
               lv.rank * 0.35 + 0.4 + sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as ability,
               random() < 0.97 as has_account, random() < 0.02 as has_left, random() as draw
          from gen_schools s
          cross join lateral generate_series(0, s.size - 1) as g
          cross join lateral (
            select l.label, l.rank, count(*) over () as count, row_number() over () - 1 as position
              from unnest(case s.kind when 'COLLEGE' then array['6', '5', '4', '3']
                                      when 'LYCEE' then array['2nde', '1G', 'T']
                                      else array['2BAC', '1BAC', 'TBAC', '1CAP', '2CAP'] end,
                          case s.kind when 'COLLEGE' then array[0, 1, 2, 3] when 'LYCEE' then array[4, 5, 6] else array[4, 5, 6, 4, 5] end) as l(label, rank)
          ) as lv
         where lv.position = g % lv.count`);
      // A few pupils in classes of no level (ULIS, UPE2A): the "autre" line of the dashboard.
      await q(`update gen_pupils set division = 'ULIS' where draw < 0.015`);
      await q(`alter table gen_pupils add column user_id int, add column first_name text, add column last_name text`);
      await q(`update gen_pupils set first_name = ($1::text[])[1 + (n * 7919) % array_length($1::text[], 1)],
                                   last_name = ($2::text[])[1 + (n * 104729) % array_length($2::text[], 1)]`, [FIRST_NAMES, LAST_NAMES]);
      await q(`with inserted as (
                 insert into users (first_name, last_name, username, password_hash, birthdate, platform_roles, must_change_password, created_at)
                 select first_name, last_name, 'gen.' || n, $1, make_date(2014 - rank, 1 + (n % 12)::int, 1 + (n % 28)::int), '[]', false, now()
                   from gen_pupils where has_account
                 returning id, username)
               update gen_pupils p set user_id = inserted.id from inserted where inserted.username = 'gen.' || p.n`, ['!generated-account-no-password']);
      await q(`insert into students (organization_id, user_id, national_id, first_name, last_name, birthdate, division, left_at, created_at, updated_at)
               select organization_id, user_id, 'GEN' || lpad(n::text, 8, '0'), first_name, last_name,
                      make_date(2014 - rank, 1 + (n % 12)::int, 1 + (n % 28)::int), division,
                      case when has_left then timestamptz '2026-01-15 12:00+01' end, now(), now()
                 from gen_pupils`);
      // Temporary tables get no automatic statistics: without them the planner guesses, and joins go quadratic.
      await q(`analyze gen_pupils`);
    });

    // Profiles: each pupil tried some competences (more as they grow up); level = ability + noise, 0 to 6.
    const knowledgeElements = await timed(log, 'profils (éléments de connaissance)', async () => {
      await q(`create temporary table gen_levels on commit drop as
        select p.user_id, c.code as competence_code,
               greatest(0, least(6, round(p.ability + 0.9 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))))::int as level,
               timestamptz '2025-09-15 08:00+02' + random() * interval '165 days' as tested_at,
               random() < 0.2 as retried
          from gen_pupils p cross join unnest($1::text[]) as c(code)
         where p.has_account and random() < 0.35 + 0.06 * p.rank`, [referential.competences.map((c) => c.code)]);
      await q(`analyze gen_levels`);
      // As the positioning test writes them: the level's skills validated (the hardest directly, easier ones by
      // inference), the next one invalidated; a retried competence keeps an older failure that the later success replaces.
      await q(`insert into knowledge_elements (user_id, skill_id, competence_code, status, source, earned_pix, created_at)
               select l.user_id, s.skill_id, s.competence_code,
                      case when s.difficulty <= l.level then 'VALIDATED' else 'INVALIDATED' end,
                      case when s.difficulty = l.level or s.difficulty = l.level + 1 then 'DIRECT' else 'INFERRED' end,
                      case when s.difficulty <= l.level then s.pix_value else 0 end,
                      l.tested_at
                 from gen_levels l join gen_skills s on s.competence_code = l.competence_code and s.difficulty <= l.level + 1
               union all
               select l.user_id, s.skill_id, s.competence_code, 'INVALIDATED', 'DIRECT', 0, l.tested_at - interval '20 days'
                 from gen_levels l join gen_skills s on s.competence_code = l.competence_code and s.difficulty = l.level
                where l.retried and l.level >= 1`);
      return count(`select count(*) as n from knowledge_elements k join gen_pupils p on p.user_id = k.user_id`);
    });

    // One profile collection per school; about half the pupils joined it, most of them shared their profile.
    const participations = await timed(log, 'campagnes et participations', async () => {
      await q(`insert into campaigns (organization_id, code, name, type, multiple_sendings, is_sos, auto_share, created_at)
               select organization_id,
                      'GN' || substr($1, 1 + (i / 529) % 23, 1) || substr($1, 1 + (i / 23) % 23, 1) || substr($1, 1 + i % 23, 1) || 'Z'
                        || (2 + i % 8)::text || (2 + (i / 8) % 8)::text || (2 + (i / 64) % 8)::text,
                      'Collecte de profils ' || 2025 || '-' || 2026, 'PROFILES_COLLECTION'::campaign_type, false, false, false, timestamptz '2025-09-20 10:00+02'
                 from gen_schools
               on conflict (code) do nothing`, [CODE_LETTERS]);
      await q(`insert into campaign_participations (campaign_id, user_id, student_id, status, shared_at, is_improved, created_at)
               select c.id, st.user_id, st.id, case when x.shared then 'SHARED' else 'STARTED' end::participation_status,
                      case when x.shared then x.at + interval '1 day' end, false, x.at
                 from students st
                 join gen_pupils p on p.user_id = st.user_id
                 join campaigns c on c.organization_id = st.organization_id
                 cross join lateral (select random() < 0.75 as shared, timestamptz '2025-10-01 09:00+02' + random() * interval '80 days' as at) as x
                where random() < 0.55`);
      return count(`select count(*) as n from campaign_participations cp join gen_pupils p on p.user_id = cp.user_id`);
    });

    // Certificates: most certifiable pupils of the classes that must certify (3e, Terminale, CAP), delivered
    // within their window (lycées Nov → Mar, collèges Mar → Jun), more towards the end of it.
    const certificates = await timed(log, 'certificats', async () => {
      await q(`create temporary table gen_certificates on commit drop as
        select row_number() over () as n, p.user_id, s.name as centre,
               case when p.level = '3' then timestamptz '2026-03-16 08:00+01' + power(random(), 0.7) * interval '89 days'
                    else timestamptz '2025-11-03 08:00+01' + power(random(), 0.7) * interval '123 days' end
                 + (floor(random() * 9) * interval '1 hour') as delivered_at,
               lv.pix_score, lv.competences, random() > 0.02 as published
          from gen_pupils p
          join organizations s on s.id = p.organization_id
          join (
            select l.user_id, sum(least(48, l.level * 8 + floor(random() * 8)))::int as pix_score,
                   jsonb_agg(jsonb_build_object('competenceCode', l.competence_code, 'level', l.level) order by l.competence_code) as competences
              from gen_levels l where l.level >= 1
             group by l.user_id having count(*) >= 5
          ) as lv on lv.user_id = p.user_id
         where p.has_account and not p.has_left and p.level in ('3', 'T', 'TBAC', '2CAP') and random() < 0.85`);
      await q(`analyze gen_certificates`);
      const total = await count(`select count(*) as n from gen_certificates`);
      const taken = new Set((await q(`select verification_code from certificates`)).map((r) => String(r.verification_code)));
      await q(`insert into certificates (user_id, verification_code, pix_score, competences, certification_center_name, delivered_at, is_published)
               select c.user_id, v.code, c.pix_score, c.competences, c.centre, c.delivered_at, c.published
                 from gen_certificates c join unnest($1::text[]) with ordinality as v(code, n) on v.n = c.n`, [verificationCodes(total, taken)]);
      return total;
    });

    const viewer = await q(`insert into users (first_name, last_name, email, password_hash, platform_roles, must_change_password, created_at)
                            values ('Dana', 'Observatrice', $1, $2, '[]', false, now()) returning id`, [GENERATED_VIEWER.email, passwordHash]);
    await q(`insert into academic_viewers (academy_code, user_id, created_at) values ($1, $2, now())`, [GENERATED_CODE, viewer[0].id]);
    const schools = await count(`select count(*) as n from gen_schools`);
    const students = await count(`select count(*) as n from gen_pupils where not has_left`);
    await client.query('commit');
    await timed(log, 'statistiques du planificateur (analyze)', () => q(`analyze users, students, organizations, knowledge_elements, certificates, campaigns, campaign_participations, academy_schools`));
    return { created: true, schools, students, knowledgeElements, certificates, participations, seconds: (Date.now() - started) / 1000 };
  } catch (e) {
    await client.query('rollback');
    throw e;
  }
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} attend un entier positif`);
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL est nécessaire (la base de la plateforme).');
    process.exit(1);
  }
  const { openOrm, migrate } = await import('../../server/src/db/orm.js');
  const { installedPlugins } = await import('../../server/src/installed-plugins.js');
  const { refreshAcademyStatistics } = await import('./refresh.js');
  const orm = await openOrm({ clientUrl: url, extraEntities: installedPlugins.flatMap((p) => p.entities ?? []), poolMax: 2 });
  const client = new pg.Client({ connectionString: url });
  try {
    await migrate(orm);
    await client.connect();
    console.log(`Génération de l’académie ${GENERATED_CODE}…`);
    const result = await generateAcademy(client, { schools: option('schools', 200), students: option('students', 60_000), force: process.argv.includes('--force'), log: console.log });
    if (!result.created) {
      console.log(`L’académie ${GENERATED_CODE} existe déjà (${result.schools} établissements, ${result.students} élèves) : --force pour la refaire.`);
    } else {
      console.log(`${result.schools} établissements, ${result.students} élèves inscrits, ${result.knowledgeElements} éléments de connaissance, ` +
        `${result.participations} participations, ${result.certificates} certificats en ${result.seconds.toFixed(0)} s.`);
      const refresh = await refreshAcademyStatistics(orm.em.fork());
      console.log(`Statistiques mises à jour en ${(refresh.durationMs / 1000).toFixed(1)} s. Observateur : ${GENERATED_VIEWER.email} / ${GENERATED_VIEWER.password}`);
    }
  } finally {
    await client.end();
    await orm.close();
  }
}
