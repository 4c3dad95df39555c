// Retention (domain.md §4): a session's documents and incident reports are kept 5 years after finalisation, then
// purged by a daily job. Results and certificates are official records and stay.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from './certification-result.entity.js';

export const RETENTION_YEARS = 5;
export const RETENTION_JOB = 'certification-retention';

export function retentionCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - RETENTION_YEARS);
  return cutoff;
}

export async function purgeExpiredSessionRecords(em: EntityManager, now: Date): Promise<{ sessions: number; documents: number; reports: number }> {
  return em.transactional(async (tx) => {
    const cutoff = retentionCutoff(now);
    const sessions = await tx.execute<{ id: number }[]>(
      `select id from certification_sessions where finalized_at < ? and (
         exists (select 1 from certification_session_documents d where d.session_id = certification_sessions.id)
         or exists (select 1 from certification_issue_reports r join certification_candidates c on c.id = r.candidate_id where c.session_id = certification_sessions.id))`,
      [cutoff],
    );
    if (!sessions.length) return { sessions: 0, documents: 0, reports: 0 };
    const ids = `{${sessions.map((s) => s.id).join(',')}}`;
    const documents = await tx.execute('delete from certification_session_documents where session_id = any(?::int[])', [ids], 'run');
    const reports = await tx.execute('delete from certification_issue_reports where candidate_id in (select id from certification_candidates where session_id = any(?::int[]))', [ids], 'run');
    for (const s of sessions) tx.create(AuditEntry, { action: 'RETENTION_PURGE', targetType: 'SESSION', targetId: s.id, reason: `Conservation de ${RETENTION_YEARS} ans échue`, createdAt: now });
    await tx.flush();
    return { sessions: sessions.length, documents: (documents as unknown as { affectedRows: number }).affectedRows, reports: (reports as unknown as { affectedRows: number }).affectedRows };
  });
}
