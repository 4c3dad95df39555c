import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { CampaignParticipation, CampaignType, ParticipationStatus } from './campaign.entity.js';
import { ParticipationNotFoundError, ParticipationNotShareableError } from './errors.js';
import { participationResults } from './participation-results.js';

/** Takes the snapshot the school will see; later progress does not change what was sent. */
export async function shareResults(em: EntityManager, platform: Platform, participation: CampaignParticipation): Promise<CampaignParticipation> {
  if (participation.status === ParticipationStatus.SHARED) throw new ParticipationNotShareableError('ALREADY_SHARED');
  if (participation.status !== ParticipationStatus.TO_SHARE) throw new ParticipationNotShareableError('NOT_FINISHED');
  const campaign = participation.campaign;
  const profile = campaign.type === CampaignType.ASSESSMENT ? platform.referential.targetProfileById.get(campaign.targetProfileId ?? '') ?? null : null;
  const results = await participationResults(em, platform, participation.user.id, profile);
  Object.assign(participation, {
    status: ParticipationStatus.SHARED,
    sharedAt: platform.now(),
    totalPix: results.totalPix,
    isCertifiable: results.isCertifiable,
    certifiableCompetencesCount: results.certifiableCompetencesCount,
    sharedCompetences: results.competences,
    masteryPercentage: results.masteryPercentage,
    sharedTubeMastery: results.tubeMastery,
    stageIndex: results.stageIndex,
  });
  await em.flush();
  return participation;
}

export async function shareCampaignResults(em: EntityManager, platform: Platform, userId: number, participationId: number): Promise<CampaignParticipation> {
  return em.transactional(async (tx) => {
    const participation = await tx.findOne(CampaignParticipation, { id: participationId }, { populate: ['campaign'], lockMode: undefined });
    if (!participation || participation.user.id !== userId) throw new ParticipationNotFoundError();
    await tx.execute('select id from campaign_participations where id = ? for update', [participationId]);
    await tx.refresh(participation);
    return shareResults(tx, platform, participation);
  });
}
