import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import type { Campaign } from './campaign.entity.js';
import { CampaignAlreadyArchivedError } from './errors.js';

export async function archiveCampaign(em: EntityManager, platform: Platform, campaign: Campaign): Promise<Campaign> {
  if (campaign.archivedAt) throw new CampaignAlreadyArchivedError();
  campaign.archivedAt = platform.now();
  await em.flush();
  return campaign;
}
