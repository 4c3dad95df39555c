// The statistics of academies, read from the materialized views (see refresh.ts and the README): every figure is
// an aggregate computed by PostgreSQL over a few rows per school; JavaScript only reshapes rows into objects.
// Each function answers for several academies at once, so a request costs one statement per figure whatever
// the number of academies or schools.
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows, textArray } from '../../server/src/plugin-api/index.js';

export interface StatisticsKey { codes: readonly string[]; schoolYear: number }

/** Rounded percentage of part over whole, 0 when whole is 0 (no student is not "0 % certifiable" but reads so). */
const percent = (part: string, whole: string) => `coalesce(round(100.0 * ${part} / nullif(${whole}, 0), 1), 0)::float`;
/** Mean pix score of the certificates, null when none. */
const mean = (sum: string, count: string) => `round(${sum}::numeric / nullif(${count}, 0), 1)::float`;

/** One row per (school, class level) of the academies, with the school year's certificates and participations. */
const SCHOOL_ROWS = `
  from academy_schools a
  left join organizations o on o.uai = a.uai
  left join academic_school_profiles p on p.organization_id = o.id
  left join academic_school_years y on y.organization_id = p.organization_id and y.class_level = p.class_level and y.school_year = ?
  where a.academy_code = any(?::text[])`;

export const CLASS_LEVELS = ['6e', '5e', '4e', '3e', '2nde', '1re', 'Terminale', 'CAP', 'autre'] as const;

export interface Summary { code: string; students: number; certifiablePercentage: number; certifiedPercentage: number; meanPixScore: number | null }

export function summaries(em: EntityManager, key: StatisticsKey): Promise<Summary[]> {
  return selectRows<Summary>(
    em,
    `select a.academy_code as code,
            coalesce(sum(p.students), 0)::int as students,
            ${percent('sum(p.certifiable)', 'sum(p.students)')} as "certifiablePercentage",
            ${percent('sum(y.certified)', 'sum(p.students)')} as "certifiedPercentage",
            ${mean('sum(y.certified_pix)', 'sum(y.certified)')} as "meanPixScore"
     ${SCHOOL_ROWS}
     group by a.academy_code`,
    [key.schoolYear, textArray(key.codes)],
  );
}

export interface SchoolStatistics {
  code: string; uai: string; name: string | null; students: number; certifiablePercentage: number; certifiedPercentage: number;
  meanPixScore: number | null; participatingStudents: number;
}

export function perSchool(em: EntityManager, key: StatisticsKey): Promise<SchoolStatistics[]> {
  return selectRows<SchoolStatistics>(
    em,
    `select a.academy_code as code, a.uai, o.name,
            coalesce(sum(p.students), 0)::int as students,
            ${percent('sum(p.certifiable)', 'sum(p.students)')} as "certifiablePercentage",
            ${percent('sum(y.certified)', 'sum(p.students)')} as "certifiedPercentage",
            ${mean('sum(y.certified_pix)', 'sum(y.certified)')} as "meanPixScore",
            coalesce(sum(y.participants), 0)::int as "participatingStudents"
     ${SCHOOL_ROWS}
     group by a.academy_code, a.uai, o.name
     order by a.academy_code, o.name nulls last, a.uai`,
    [key.schoolYear, textArray(key.codes)],
  );
}

export interface ClassLevelStatistics { code: string; classLevel: string; students: number; certifiablePercentage: number; certifiedPercentage: number }

export function perClassLevel(em: EntityManager, key: StatisticsKey): Promise<ClassLevelStatistics[]> {
  return selectRows<ClassLevelStatistics>(
    em,
    `select a.academy_code as code, p.class_level as "classLevel",
            sum(p.students)::int as students,
            ${percent('sum(p.certifiable)', 'sum(p.students)')} as "certifiablePercentage",
            ${percent('sum(y.certified)', 'sum(p.students)')} as "certifiedPercentage"
     ${SCHOOL_ROWS} and p.class_level is not null
     group by a.academy_code, p.class_level
     order by a.academy_code, array_position(?::text[], p.class_level)`,
    [key.schoolYear, textArray(key.codes), textArray(CLASS_LEVELS)],
  );
}

export interface LevelDistribution { code: string; competenceCode: string; levels: number[] }

/**
 * Students per level 0..maxLevel for each competence. The views keep levels up to the model's 8 and count only
 * levels ≥ 1: levels above the configured maximum are folded into it here, level 0 is everyone else.
 */
export function levelDistribution(em: EntityManager, key: StatisticsKey & { competenceCodes: readonly string[]; maxLevel: number }): Promise<LevelDistribution[]> {
  return selectRows<LevelDistribution>(
    em,
    `with schools as (
       select a.academy_code, o.id as organization_id
         from academy_schools a join organizations o on o.uai = a.uai
        where a.academy_code = any(?::text[])
     ), totals as (
       select c.code as academy_code, coalesce(sum(p.students), 0)::int as students
         from unnest(?::text[]) as c(code)
         left join schools s on s.academy_code = c.code
         left join academic_school_profiles p on p.organization_id = s.organization_id
        group by c.code
     ), counts as (
       select s.academy_code, l.competence_code, least(l.level, ?) as level, sum(l.students)::int as students
         from schools s join academic_school_levels l on l.organization_id = s.organization_id
        group by 1, 2, 3
     )
     select t.academy_code as code, c.code as "competenceCode",
            array(
              select case when lv = 0
                          then t.students - coalesce((select sum(k.students) from counts k where k.academy_code = t.academy_code and k.competence_code = c.code), 0)
                          else coalesce((select k.students from counts k where k.academy_code = t.academy_code and k.competence_code = c.code and k.level = lv), 0)
                     end::int
                from generate_series(0, ?) as lv order by lv
            ) as levels
       from totals t cross join unnest(?::text[]) with ordinality as c(code, position)
      order by t.academy_code, c.position`,
    [textArray(key.codes), textArray(key.codes), key.maxLevel, key.maxLevel, textArray(key.competenceCodes)],
  );
}

export interface CampaignParticipation { code: string; participants: number; shared: number }

export function campaignParticipation(em: EntityManager, key: StatisticsKey): Promise<CampaignParticipation[]> {
  return selectRows<CampaignParticipation>(
    em,
    `select a.academy_code as code, coalesce(sum(y.participants), 0)::int as participants, coalesce(sum(y.shared), 0)::int as shared
     ${SCHOOL_ROWS}
     group by a.academy_code`,
    [key.schoolYear, textArray(key.codes)],
  );
}

export interface WeeklyCertifications { code: string; weekStart: string; certifications: number; meanPixScore: number | null }

/** Certificates delivered per ISO week (Monday, Paris time), from the first week with one to the last, gaps as 0. */
export function weekly(em: EntityManager, key: StatisticsKey): Promise<WeeklyCertifications[]> {
  return selectRows<WeeklyCertifications>(
    em,
    `with weeks as (
       select a.academy_code, w.week_start, sum(w.certifications) as certifications, sum(w.pix_sum) as pix_sum
         from academy_schools a
         join organizations o on o.uai = a.uai
         join academic_school_weeks w on w.organization_id = o.id and w.school_year = ?
        where a.academy_code = any(?::text[])
        group by 1, 2
     ), bounds as (
       select academy_code, min(week_start) as first, max(week_start) as last from weeks group by 1
     )
     select b.academy_code as code, to_char(s.week, 'YYYY-MM-DD') as "weekStart",
            coalesce(w.certifications, 0)::int as certifications,
            ${mean('w.pix_sum', 'w.certifications')} as "meanPixScore"
       from bounds b
       cross join lateral generate_series(b.first, b.last, interval '7 days') as s(week)
       left join weeks w on w.academy_code = b.academy_code and w.week_start = s.week::date
      order by b.academy_code, s.week`,
    [key.schoolYear, textArray(key.codes)],
  );
}

/** When the views were last refreshed. */
export async function refreshedAt(em: EntityManager): Promise<Date | null> {
  const [row] = await selectRows<{ refreshed_at: Date }>(em, 'select refreshed_at from academic_statistics_refresh');
  return row ? new Date(row.refreshed_at) : null;
}
