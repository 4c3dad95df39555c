// GET /exports/campaigns/:id.csv?token=… streams the CSV straight from the database, page by page.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Platform } from '../../graphql/context.js';
import { Access } from '../../graphql/access.js';
import { Campaign } from './campaign.entity.js';
import { campaignCsv } from './campaign-csv.js';
import { readCampaignCsvToken } from './campaign-export-url.js';

export function csvFileName(campaign: Campaign, at: Date): string {
  const safe = campaign.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `resultats-${safe || 'campagne'}-${campaign.code}-${at.toISOString().slice(0, 10)}.csv`;
}

export function registerCampaignExportRoute(app: Express, platform: Platform, orm: MikroORM): void {
  app.get('/exports/campaigns/:file', async (req, res) => {
    const match = /^(\d+)\.csv$/.exec(req.params.file);
    const grant = await readCampaignCsvToken(String(req.query.token ?? ''), platform.config.authSecret);
    if (!match || !grant || grant.campaignId !== Number(match[1])) {
      res.status(403).type('text/plain; charset=utf-8').send('Lien de téléchargement invalide ou expiré : relancez l’export depuis la campagne.');
      return;
    }
    const em = orm.em.fork();
    const campaign = await em.findOne(Campaign, { id: grant.campaignId });
    const access = new Access(em, { kind: 'user', userId: grant.userId });
    if (!campaign || !((await access.isOrganizationMember(campaign.organization.id)) || (await access.hasPlatformRole('ADMIN')))) {
      res.status(403).type('text/plain; charset=utf-8').send('Vous n’avez pas accès aux résultats de cette campagne.');
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${csvFileName(campaign, platform.now())}"`);
    try {
      for await (const chunk of campaignCsv(em, platform.referential, campaign)) {
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    } catch (e) {
      res.destroy(e as Error);
    }
  });
}
