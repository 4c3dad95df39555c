// Downloads of campaign results: the live CSV (GET /exports/campaigns/:id.csv) and finished export jobs
// (GET /exports/files/:id.csv). Both stream page by page, both check the membership again.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Express, Response } from 'express';
import type { Platform } from '../../graphql/context.js';
import { Access } from '../../graphql/access.js';
import { Campaign } from './campaign.entity.js';
import { campaignCsv } from './campaign-csv.js';
import { CampaignExport, CampaignExportChunk, ExportStatus } from './campaign-export.entity.js';
import { readDownload, type Download } from './campaign-export-url.js';

export function csvFileName(campaign: Campaign, at: Date): string {
  const safe = campaign.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `resultats-${safe || 'campagne'}-${campaign.code}-${at.toISOString().slice(0, 10)}.csv`;
}

const refuse = (res: Response, message: string) => res.status(403).type('text/plain; charset=utf-8').send(message);

async function write(res: Response, chunks: AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
  res.end();
}

async function* storedChunks(em: EntityManager, exportId: number): AsyncGenerator<string> {
  for (let seq = 0; ; seq += 10) {
    const rows = await em.find(CampaignExportChunk, { export: exportId, seq: { $gte: seq, $lt: seq + 10 } }, { orderBy: { seq: 'asc' } });
    for (const row of rows) yield row.content;
    if (rows.length < 10) return;
    em.clear();
  }
}

export function registerCampaignExportRoute(app: Express, platform: Platform, orm: MikroORM): void {
  const authorise = async (req: { params: Record<string, string>; query: Record<string, unknown> }, kind: Download['kind']) => {
    const match = /^(\d+)\.csv$/.exec(req.params.file);
    const grant = await readDownload(String(req.query.token ?? ''), platform.config.authSecret);
    if (!match || !grant || grant.kind !== kind || grant.id !== Number(match[1])) return null;
    return grant;
  };
  const memberOf = async (em: EntityManager, userId: number, organizationId: number) => {
    const access = new Access(() => em, { kind: 'user', userId });
    return (await access.isOrganizationMember(organizationId)) || access.hasPlatformRole('ADMIN');
  };

  app.get('/exports/campaigns/:file', async (req, res) => {
    const grant = await authorise(req, 'campaign-csv');
    if (!grant) return void refuse(res, 'Lien de téléchargement invalide ou expiré : relancez l’export depuis la campagne.');
    const em = orm.em.fork();
    const campaign = await em.findOne(Campaign, { id: grant.id });
    if (!campaign || !(await memberOf(em, grant.userId, campaign.organization.id))) return void refuse(res, 'Vous n’avez pas accès aux résultats de cette campagne.');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${csvFileName(campaign, platform.now())}"`);
    await write(res, campaignCsv(em, platform.referential, campaign)).catch((e) => res.destroy(e as Error));
  });

  app.get('/exports/files/:file', async (req, res) => {
    const grant = await authorise(req, 'export-file');
    if (!grant) return void refuse(res, 'Lien de téléchargement invalide ou expiré : relancez l’export depuis la campagne.');
    const em = orm.em.fork();
    const job = await em.findOne(CampaignExport, { id: grant.id }, { populate: ['campaign'] });
    if (!job || !(await memberOf(em, grant.userId, job.campaign.organization.id))) return void refuse(res, 'Vous n’avez pas accès aux résultats de cette campagne.');
    if (job.status !== ExportStatus.SUCCEEDED) return void res.status(409).type('text/plain; charset=utf-8').send('Cet export n’est pas terminé.');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${job.fileName ?? 'resultats.csv'}"`);
    await write(res, storedChunks(em, job.id)).catch((e) => res.destroy(e as Error));
  });
}
