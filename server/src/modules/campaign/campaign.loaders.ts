import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray, selectRows, textArray } from '../../db/sql.js';
import type { Referential } from '../referential/load-content.js';
import { Campaign, CampaignParticipation } from './campaign.entity.js';

export function createParticipationsOfUserLoader(em: EntityManager) {
  return new DataLoader<number, CampaignParticipation[]>(async (userIds) => {
    const rows = await em.find(CampaignParticipation, { user: { $in: [...userIds] }, isImproved: false }, { populate: ['campaign'], orderBy: { createdAt: 'desc' } });
    return userIds.map((id) => rows.filter((p) => p.user.id === id));
  });
}

/**
 * Progress of a participation in an assessment campaign: share of the targeted skills the learner has been
 * tested on. One statement per batch; the key is "campaignId:userId".
 */
export function createProgressLoader(em: EntityManager, referential: Referential) {
  return new DataLoader<string, number>(async (keys) => {
    const byCampaign = new Map<number, number[]>();
    for (const key of keys) {
      const [campaignId, userId] = key.split(':').map(Number);
      byCampaign.set(campaignId, [...(byCampaign.get(campaignId) ?? []), userId]);
    }
    const campaigns = await em.find(Campaign, { id: { $in: [...byCampaign.keys()] } });
    const progress = new Map<string, number>();
    for (const campaign of campaigns) {
      const profile = referential.targetProfileById.get(campaign.targetProfileId ?? '');
      if (!profile) continue;
      const rows = await selectRows<{ user_id: number; tested: string }>(
        em,
        `select user_id, count(*) as tested from (
           select distinct on (user_id, skill_id) user_id, status from knowledge_elements
            where user_id = any(?::int[]) and skill_id = any(?::text[])
            order by user_id, skill_id, created_at desc, id desc) latest
          where status <> 'RESET' group by user_id`,
        [intArray(byCampaign.get(campaign.id)!), textArray([...profile.skillIds])],
      );
      for (const r of rows) progress.set(`${campaign.id}:${r.user_id}`, Math.round((100 * Number(r.tested)) / profile.skillIds.size));
    }
    return keys.map((k) => progress.get(k) ?? 0);
  });
}
