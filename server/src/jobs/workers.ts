// What each instance works on in the background: student imports, campaign exports, outgoing e-mails.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Platform } from '../graphql/context.js';
import { deliverOutbox, logMailAdapter, type MailAdapter } from '../modules/mail/outbox.js';
import { runStudentImport } from '../modules/organization/run-student-import.js';
import { STUDENT_IMPORT_JOB } from '../modules/organization/import-students.js';
import type { JobQueue } from './job-queue.js';
import { CAMPAIGN_EXPORT_JOB, runCampaignExport } from '../modules/campaign/run-campaign-export.js';
import { purgeExpiredSessionRecords, RETENTION_JOB } from '../modules/certification/retention.js';

export async function startWorkers(jobs: JobQueue, orm: MikroORM, platform: Platform, log: (m: string) => void, mail: MailAdapter = logMailAdapter(log)): Promise<() => void> {
  await jobs.work(STUDENT_IMPORT_JOB, async (data) => {
    await runStudentImport(orm.em.fork(), platform, Number(data.importId));
  });
  await jobs.work(CAMPAIGN_EXPORT_JOB, async (data) => {
    await runCampaignExport(orm.em.fork(), platform, Number(data.exportId));
  });
  await jobs.work(RETENTION_JOB, async () => {
    const purged = await purgeExpiredSessionRecords(orm.em.fork(), platform.now());
    if (purged.sessions) log(`Conservation : ${purged.documents} documents et ${purged.reports} signalements de ${purged.sessions} sessions supprimés.`);
  });
  await jobs.schedule(RETENTION_JOB, '17 3 * * *');
  // The outbox is polled: sending is cheap, and SKIP LOCKED lets every instance take part safely.
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      while ((await deliverOutbox(orm.em.fork(), mail, platform.now)) > 0);
    } catch (e) {
      log(`Envoi des e-mails : ${(e as Error).message}`);
    } finally {
      busy = false;
    }
  }, 3000);
  timer.unref();
  return () => clearInterval(timer);
}
