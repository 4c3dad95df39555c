// Refreshing the statistics' materialized views (created by the plugin's migration), as a scheduled job.
// Profiles come from millions of knowledge elements: computing them at each dashboard request would take
// seconds, so the views keep a few rows per school and are rebuilt in the background.
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '../../server/src/plugin-api/index.js';

export const REFRESH_JOB = 'academic-dashboard.refresh-statistics';
/** Every 15 minutes by default (cron, UTC); ACADEMIC_STATS_REFRESH_CRON changes it. */
export const DEFAULT_REFRESH_CRON = '*/15 * * * *';

/** In dependency order: the per-user levels first, the per-school aggregates built on them next, the stamp last. */
export const STATISTICS_VIEWS = [
  'academic_user_levels',
  'academic_school_profiles',
  'academic_school_levels',
  'academic_school_years',
  'academic_school_weeks',
  'academic_statistics_refresh',
] as const;

export interface RefreshOutcome { refreshed: boolean; durationMs: number }

/**
 * Rebuilds every view in one transaction, so that readers see all figures of one moment. CONCURRENTLY keeps
 * the dashboards readable meanwhile. An advisory lock lets a single instance refresh at a time: another
 * caller returns at once instead of queueing behind it.
 */
export async function refreshAcademyStatistics(em: EntityManager): Promise<RefreshOutcome> {
  const started = Date.now();
  const refresh = async (tx: EntityManager) => {
    const [{ locked }] = await selectRows<{ locked: boolean }>(tx, `select pg_try_advisory_xact_lock(hashtext(?)) as locked`, [REFRESH_JOB]);
    if (!locked) return false;
    for (const view of STATISTICS_VIEWS) await tx.execute(`refresh materialized view concurrently ${view}`);
    return true;
  };
  // Inside a caller's transaction (the demo seed), the views must see its uncommitted rows.
  const refreshed = em.isInTransaction() ? await refresh(em) : await em.fork().transactional(refresh);
  return { refreshed, durationMs: Date.now() - started };
}
