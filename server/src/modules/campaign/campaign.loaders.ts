import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignParticipation } from './campaign.entity.js';

export function createParticipationsOfUserLoader(em: EntityManager) {
  return new DataLoader<number, CampaignParticipation[]>(async (userIds) => {
    const rows = await em.find(CampaignParticipation, { user: { $in: [...userIds] } }, { populate: ['campaign'], orderBy: { createdAt: 'desc' } });
    return userIds.map((id) => rows.filter((p) => p.user.id === id));
  });
}
