// What a participation tells the school when shared: profile figures, mastery of the targeted skills, stage.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { latestElementsOfUsers } from '../profile/profile.loaders.js';
import { buildProfile, latestPerSkill } from '../profile/profile-rules.js';
import type { TargetProfile } from '../referential/load-content.js';
import type { SharedCompetence } from './campaign.entity.js';

export interface ParticipationResults {
  totalPix: number;
  isCertifiable: boolean;
  certifiableCompetencesCount: number;
  competences: Record<string, SharedCompetence>;
  masteryPercentage: number | null;
  tubeMastery: Record<string, number> | null;
  stageIndex: number | null;
}

export function stageIndexFor(profile: TargetProfile, masteryPercentage: number): number {
  let index = 0;
  profile.stages.forEach((s, i) => { if (masteryPercentage >= s.threshold) index = i; });
  return index;
}

export async function participationResults(em: EntityManager, platform: Platform, userId: number, profile: TargetProfile | null): Promise<ParticipationResults> {
  const elements = (await latestElementsOfUsers(em, [userId])).get(userId) ?? [];
  const view = buildProfile(elements, platform.referential, platform.config, platform.now());
  const validated = new Set(latestPerSkill(elements).filter((e) => e.status === 'VALIDATED').map((e) => e.skillId));
  const competences: Record<string, SharedCompetence> = {};
  for (const card of view.scorecards) competences[card.competenceCode] = { level: card.level, pix: card.pix };
  let masteryPercentage: number | null = null;
  let tubeMastery: Record<string, number> | null = null;
  let stageIndex: number | null = null;
  if (profile) {
    const targeted = [...profile.skillIds];
    masteryPercentage = Math.round((100 * targeted.filter((id) => validated.has(id)).length) / targeted.length);
    tubeMastery = {};
    const perCompetence = new Map<string, { total: number; ok: number }>();
    for (const { tube, maxLevel } of profile.tubes) {
      const skills = tube.skills.filter((s) => s.difficulty <= maxLevel);
      const ok = skills.filter((s) => validated.has(s.id)).length;
      tubeMastery[tube.id] = skills.length ? ok / skills.length : 0;
      const c = perCompetence.get(tube.competenceCode) ?? { total: 0, ok: 0 };
      perCompetence.set(tube.competenceCode, { total: c.total + skills.length, ok: c.ok + ok });
    }
    for (const [code, c] of perCompetence) competences[code] = { ...competences[code], mastery: Math.round((100 * c.ok) / c.total) };
    stageIndex = stageIndexFor(profile, masteryPercentage);
  }
  return { totalPix: view.totalPix, isCertifiable: view.isCertifiable, certifiableCompetencesCount: view.certifiableCompetencesCount, competences, masteryPercentage, tubeMastery, stageIndex };
}
