// The question being asked in a positioning test: the stored one if any, else the engine's pick, stored at once.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import type { LoadedChallenge } from '../referential/load-content.js';
import { Answer, Assessment, AssessmentState, AssessmentType } from './assessment.entity.js';
import { CertificationChallenge } from '../certification/certification-session.entity.js';
import { pickNextChallenge } from './engine.js';
import { seenChallengeIds } from './current-knowledge.js';
import { testScope } from './test-scope.js';
import { participationTestCompleted } from '../campaign/participation-test-completed.js';

/**
 * Asking for the next question may decide it (and end the test when none is left). The decision is stored so a
 * reload, or another instance, shows the same question; the update only wins if no other request decided first.
 */
export async function currentChallenge(em: EntityManager, platform: Platform, assessment: Assessment): Promise<LoadedChallenge | null> {
  if (assessment.state !== AssessmentState.STARTED) return null;
  const now = platform.now();
  // Time is up: the certification ends whatever was being asked.
  if (assessment.endsAt && assessment.endsAt < now) return decide(em, platform, assessment, null, now);
  if (assessment.currentChallengeId) {
    const stored = platform.referential.challengeById.get(assessment.currentChallengeId);
    if (stored) return stored;
  }
  if (assessment.type === AssessmentType.CERTIFICATION) return certificationChallenge(em, assessment, platform, now);
  const userId = assessment.user.id;
  const [scope, answers, seen] = await Promise.all([
    testScope(em, platform, assessment),
    em.find(Answer, { assessment }, { orderBy: { createdAt: 'asc', id: 'asc' }, fields: ['challengeId'] }),
    seenChallengeIds(em, userId),
  ]);
  if (!scope) return null;
  const pick = pickNextChallenge({
    competence: scope.competence,
    known: scope.known,
    allowedSkillIds: scope.allowedSkillIds,
    answeredInAssessment: answers.map((a) => ({ challengeId: a.challengeId, timed: !!platform.referential.challengeById.get(a.challengeId)?.challenge.timerSeconds })),
    seed: `assessment-${assessment.id}`,
    seenChallengeIds: seen,
  });
  return decide(em, platform, assessment, pick?.challengeId ?? null, now);
}

/** The question being asked is already decided, or the test is over: currentChallenge would read and write nothing. */
export function questionDecided(assessment: Pick<Assessment, 'state' | 'currentChallengeId' | 'endsAt'>, platform: Platform): boolean {
  if (assessment.state !== AssessmentState.STARTED) return true;
  if (assessment.endsAt && assessment.endsAt < platform.now()) return false;
  return !!assessment.currentChallengeId && platform.referential.challengeById.has(assessment.currentChallengeId);
}

/** A certification asks its fixed list in order, until the list or the time runs out. */
async function certificationChallenge(em: EntityManager, assessment: Assessment, platform: Platform, now: Date): Promise<LoadedChallenge | null> {
  const next = await em.findOne(CertificationChallenge, { assessmentId: assessment.id, position: assessment.answeredCount });
  return decide(em, platform, assessment, next?.challengeId ?? null, now);
}

/** Stores the decided question (or the end); only the first of concurrent requests wins, the others re-read. */
async function decide(em: EntityManager, platform: Platform, assessment: Assessment, challengeId: string | null, now: Date): Promise<LoadedChallenge | null> {
  const pick = challengeId ? { challengeId } : null;
  const unchanged = { id: assessment.id, state: AssessmentState.STARTED, currentChallengeId: assessment.currentChallengeId ?? null };
  if (!pick) {
    const ended = await em.nativeUpdate(Assessment, unchanged, { state: AssessmentState.COMPLETED, completedAt: now, currentChallengeId: null });
    if (ended) {
      Object.assign(assessment, { state: AssessmentState.COMPLETED, completedAt: now, currentChallengeId: null });
      if (assessment.campaignParticipation) await participationTestCompleted(em, assessment.campaignParticipation.id);
    } else await em.refresh(assessment);
    return assessment.state === AssessmentState.STARTED ? currentChallenge(em, platform, assessment) : null;
  }
  const set = await em.nativeUpdate(Assessment, unchanged, { currentChallengeId: pick.challengeId, currentChallengeAskedAt: now });
  if (set) {
    Object.assign(assessment, { currentChallengeId: pick.challengeId, currentChallengeAskedAt: now });
    return platform.referential.challengeById.get(pick.challengeId)!;
  }
  await em.refresh(assessment);
  return currentChallenge(em, platform, assessment);
}
