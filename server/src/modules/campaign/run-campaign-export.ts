// The export job: writes the CSV page by page into chunks, reporting progress; memory holds one page at most.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { User } from '../identity/user.entity.js';
import { Campaign, CampaignParticipation } from './campaign.entity.js';
import { campaignCsv } from './campaign-csv.js';
import { CampaignExport, CampaignExportChunk, ExportStatus } from './campaign-export.entity.js';
import { csvFileName } from './export-route.js';

export const CAMPAIGN_EXPORT_JOB = 'campaign-export';

export async function requestCampaignExport(em: EntityManager, platform: Platform, campaign: Campaign, userId: number): Promise<CampaignExport> {
  const totalRows = await em.count(CampaignParticipation, { campaign, isImproved: false });
  const job = em.create(CampaignExport, {
    campaign, requestedBy: em.getReference(User, userId), status: ExportStatus.QUEUED, progress: 0, rowCount: 0, totalRows, createdAt: platform.now(),
  });
  await em.flush();
  if (platform.jobs) await platform.jobs.send(CAMPAIGN_EXPORT_JOB, { exportId: job.id });
  else await runCampaignExport(em.fork(), platform, job.id);
  return em.fork().findOneOrFail(CampaignExport, { id: job.id });
}

export async function runCampaignExport(em: EntityManager, platform: Platform, exportId: number): Promise<void> {
  const job = await em.findOneOrFail(CampaignExport, { id: exportId }, { populate: ['campaign'] });
  if (job.status === ExportStatus.SUCCEEDED) return;
  // A retried job starts again from the beginning.
  await em.nativeDelete(CampaignExportChunk, { export: exportId });
  await em.nativeUpdate(CampaignExport, { id: exportId }, { status: ExportStatus.RUNNING, progress: 0, rowCount: 0 });
  try {
    let seq = 0;
    let rows = 0;
    for await (const content of campaignCsv(em, platform.referential, job.campaign, (written) => { rows = written; })) {
      await em.insert(CampaignExportChunk, { export: exportId, seq: seq++, content });
      const progress = job.totalRows ? Math.min(99, Math.floor((100 * rows) / job.totalRows)) : 99;
      await em.nativeUpdate(CampaignExport, { id: exportId }, { progress, rowCount: rows });
    }
    await em.nativeUpdate(CampaignExport, { id: exportId }, {
      status: ExportStatus.SUCCEEDED, progress: 100, rowCount: rows, finishedAt: platform.now(), fileName: csvFileName(job.campaign, platform.now()),
    });
  } catch (e) {
    await em.nativeUpdate(CampaignExport, { id: exportId }, { status: ExportStatus.FAILED, finishedAt: platform.now() });
    throw e;
  }
}
