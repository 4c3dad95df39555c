// One learner's scorecard on one competence, computed exactly as in the profile.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { latestElementsOfUsers, startedCompetencesOfUsers } from './profile.loaders.js';
import { buildProfile, type ScorecardView } from './profile-rules.js';

export async function scorecardOf(em: EntityManager, platform: Platform, userId: number, competenceCode: string): Promise<ScorecardView> {
  const [elements, started] = await Promise.all([latestElementsOfUsers(em, [userId]), startedCompetencesOfUsers(em, [userId])]);
  const profile = buildProfile(elements.get(userId) ?? [], platform.referential, platform.config, platform.now(), started.get(userId));
  return profile.scorecards.find((s) => s.competenceCode === competenceCode)!;
}
