import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignParticipation, ParticipationStatus } from './campaign.entity.js';

/** The campaign's test is over: the learner may now send their results. */
export async function participationTestCompleted(em: EntityManager, participationId: number): Promise<void> {
  await em.nativeUpdate(CampaignParticipation, { id: participationId, status: ParticipationStatus.STARTED }, { status: ParticipationStatus.TO_SHARE });
}
