// Academic dashboards: the DANE of an academy follows its schools' students, profiles, certifications and
// campaigns, from statistics computed by PostgreSQL (materialized views refreshed by a scheduled job).
import { definePlugin } from '../../server/src/plugin-api/index.js';
import { Academy, AcademicViewer, AcademySchool } from './academy.entity.js';
import { AcademyResolver, AcademyStatisticsResolver, normalizeCode } from './academy.resolver.js';
import { AcademyAdminResolver } from './academy-admin.resolver.js';
import { createLoaders, loadersOf, PLUGIN_NAME } from './loaders.js';
import { DEFAULT_REFRESH_CRON, REFRESH_JOB, refreshAcademyStatistics } from './refresh.js';
import { seedAcademicDashboard } from './seed.js';
import { registerStatisticsCsvRoute } from './statistics-csv.js';

export default definePlugin({
  name: PLUGIN_NAME,
  entities: [Academy, AcademySchool, AcademicViewer],
  resolvers: [AcademyResolver, AcademyStatisticsResolver, AcademyAdminResolver],
  loaders: createLoaders,
  accessScopes: {
    academy: async (ctx, id) => {
      const userId = ctx.access.userId;
      return userId !== null && loadersOf(ctx).isViewer.load(`${userId}|${normalizeCode(String(id))}`);
    },
  },
  seed: seedAcademicDashboard,
  routes(app, platform, orm) {
    registerStatisticsCsvRoute(app, { orm, authSecret: platform.config.authSecret });
    // The one start-up hook plugins have: the refresh job is set up here where the instance runs jobs.
    const jobs = platform.jobs;
    if (!jobs) return;
    const setUp = async () => {
      await jobs.work(REFRESH_JOB, async () => { await refreshAcademyStatistics(orm.em.fork()); });
      await jobs.schedule(REFRESH_JOB, process.env.ACADEMIC_STATS_REFRESH_CRON || DEFAULT_REFRESH_CRON);
      // Fresh figures after a deployment or a restart, without waiting for the next tick.
      await jobs.send(REFRESH_JOB, {});
    };
    setUp().catch((e: Error) => console.error(`Tableau de bord académique : mise à jour planifiée impossible (${e.message})`));
  },
});
