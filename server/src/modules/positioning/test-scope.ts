// What a test may ask: one competence for a positioning test, the target profile's skills for a campaign.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { CampaignParticipation } from '../campaign/campaign.entity.js';
import type { Competence } from '../referential/load-content.js';
import { Assessment, AssessmentType } from './assessment.entity.js';
import { currentKnowledge, improvingCutoff, knowledgeOfSkills } from './current-knowledge.js';
import type { KnownSkill } from './engine.js';

export interface TestScope {
  /** A real competence, or for a campaign a virtual one grouping the targeted tubes. */
  competence: Competence;
  allowedSkillIds?: ReadonlySet<string>;
  known: Map<string, KnownSkill>;
}

export async function testScope(em: EntityManager, platform: Platform, assessment: Assessment): Promise<TestScope | null> {
  const userId = assessment.user.id;
  const forgetInvalidatedBefore = improvingCutoff(assessment, platform.config.improvingDelayDays);
  if (assessment.type === AssessmentType.COMPETENCE_EVALUATION) {
    const competence = platform.referential.competenceByCode.get(assessment.competenceCode ?? '');
    if (!competence) return null;
    return { competence, known: await currentKnowledge(em, userId, competence.code, { forgetInvalidatedBefore }) };
  }
  if (assessment.type === AssessmentType.CAMPAIGN && assessment.campaignParticipation) {
    const participation = await em.findOneOrFail(CampaignParticipation, { id: assessment.campaignParticipation.id }, { populate: ['campaign'] });
    const profile = platform.referential.targetProfileById.get(participation.campaign.targetProfileId ?? '');
    if (!profile) return null;
    const competence: Competence = { code: `parcours:${profile.id}`, name: profile.name, areaCode: '', index: -1, tubes: profile.tubes.map((t) => t.tube) };
    return { competence, allowedSkillIds: profile.skillIds, known: await knowledgeOfSkills(em, userId, [...profile.skillIds], { forgetInvalidatedBefore }) };
  }
  return null;
}
