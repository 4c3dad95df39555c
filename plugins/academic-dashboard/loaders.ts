// Per-request loaders: the viewer check, the schools and each statistic are read once per request for every
// academy asked, so the statement count depends neither on the number of academies nor on their schools.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import * as statistics from './statistics.js';
import { intArray, selectRows, textArray } from '../../server/src/plugin-api/index.js';

export const PLUGIN_NAME = 'academic-dashboard';

export interface StatisticsRequest { code: string; schoolYear: number; maxLevel: number; competenceCodes: readonly string[] }

/** Rows of one statistic, by academy; requests asking the same year and level scale are answered together. */
function perAcademy<R extends { code: string }>(run: (codes: string[], sample: StatisticsRequest) => Promise<R[]>) {
  const group = (r: StatisticsRequest) => `${r.schoolYear}|${r.maxLevel}|${r.competenceCodes.join(',')}`;
  return new DataLoader<StatisticsRequest, R[], string>(
    async (requests) => {
      const answers = new Map<string, R[]>();
      const groups = new Map<string, StatisticsRequest[]>();
      for (const r of requests) groups.set(group(r), [...(groups.get(group(r)) ?? []), r]);
      for (const [g, members] of groups) {
        const rows = await run([...new Set(members.map((m) => m.code))], members[0]);
        for (const row of rows) answers.set(`${g}#${row.code}`, [...(answers.get(`${g}#${row.code}`) ?? []), row]);
      }
      return requests.map((r) => answers.get(`${group(r)}#${r.code}`) ?? []);
    },
    { cacheKeyFn: (r) => `${group(r)}#${r.code}` },
  );
}

export function createLoaders({ em }: { em: EntityManager }) {
  return {
    /** "userId|code" → is that user a viewer of that academy? */
    isViewer: new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const rows = await selectRows<{ user_id: number; academy_code: string }>(
        em,
        `select v.user_id, v.academy_code from academic_viewers v
          join unnest(?::int[], ?::text[]) as k(user_id, code) on k.user_id = v.user_id and k.code = v.academy_code`,
        [intArray(pairs.map(([u]) => Number(u))), textArray(pairs.map(([, c]) => c))],
      );
      const found = new Set(rows.map((r) => `${r.user_id}|${r.academy_code}`));
      return keys.map((k) => found.has(k));
    }),
    /** Academy code → its schools, with the organisation's name once the school's Orga space exists. */
    schools: new DataLoader<string, { uai: string; name: string | null }[]>(async (codes) => {
      const rows = await selectRows<{ academy_code: string; uai: string; name: string | null }>(
        em,
        `select a.academy_code, a.uai, o.name from academy_schools a left join organizations o on o.uai = a.uai
          where a.academy_code = any(?::text[]) order by o.name nulls last, a.uai`,
        [textArray(codes)],
      );
      return codes.map((c) => rows.filter((r) => r.academy_code === c).map(({ uai, name }) => ({ uai, name })));
    }),
    /** Academy code → its academic viewers (for platform administrators). */
    viewers: new DataLoader<string, { id: number; firstName: string; lastName: string; email: string | null }[]>(async (codes) => {
      const rows = await selectRows<{ academy_code: string; id: number; first_name: string; last_name: string; email: string | null }>(
        em,
        `select v.academy_code, u.id, u.first_name, u.last_name, u.email from academic_viewers v join users u on u.id = v.user_id
          where v.academy_code = any(?::text[]) order by u.last_name, u.first_name, u.id`,
        [textArray(codes)],
      );
      return codes.map((c) => rows.filter((r) => r.academy_code === c).map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name, email: r.email })));
    }),
    summary: perAcademy((codes, r) => statistics.summaries(em, { codes, schoolYear: r.schoolYear })),
    perSchool: perAcademy((codes, r) => statistics.perSchool(em, { codes, schoolYear: r.schoolYear })),
    perClassLevel: perAcademy((codes, r) => statistics.perClassLevel(em, { codes, schoolYear: r.schoolYear })),
    levelDistribution: perAcademy((codes, r) =>
      statistics.levelDistribution(em, { codes, schoolYear: r.schoolYear, maxLevel: r.maxLevel, competenceCodes: r.competenceCodes })),
    campaignParticipation: perAcademy((codes, r) => statistics.campaignParticipation(em, { codes, schoolYear: r.schoolYear })),
    weekly: perAcademy((codes, r) => statistics.weekly(em, { codes, schoolYear: r.schoolYear })),
    refreshedAt: new DataLoader<'last', Date | null>(async (keys) => {
      const at = await statistics.refreshedAt(em);
      return keys.map(() => at);
    }),
  };
}

export type AcademicLoaders = ReturnType<typeof createLoaders>;

export function loadersOf(ctx: { loaders: { plugin: Record<string, unknown> } }): AcademicLoaders {
  return ctx.loaders.plugin[PLUGIN_NAME] as AcademicLoaders;
}
