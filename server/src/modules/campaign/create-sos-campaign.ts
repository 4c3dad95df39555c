// "SOS élève non certifiable": a profile collection with multiple sendings, whose code the invigilator kit
// carries, so that a student found not certifiable on the day can position themself and send again.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { Campaign, CampaignType } from './campaign.entity.js';
import { createCampaign } from './create-campaign.js';

export const SOS_CAMPAIGN_NAME = 'SOS élève non certifiable';

export async function createSosCampaign(em: EntityManager, platform: Platform, userId: number, organizationId: number): Promise<Campaign> {
  return em.transactional(async (tx) => {
    // One SOS campaign per school: serialise creations on the organisation row.
    await tx.execute('select id from organizations where id = ? for update', [organizationId]);
    const existing = await tx.findOne(Campaign, { organization: organizationId, isSos: true, archivedAt: null });
    if (existing) return existing;
    return createCampaign(tx, platform, userId, { organizationId, name: SOS_CAMPAIGN_NAME, type: CampaignType.PROFILES_COLLECTION, multipleSendings: true }, { isSos: true });
  });
}
