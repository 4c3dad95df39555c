// Starts a positioning test on a competence, or resumes the one in progress; a retry is allowed after the delay.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { User } from '../identity/user.entity.js';
import { scorecardOf } from '../profile/scorecard-of.js';
import { Assessment, AssessmentState, AssessmentType } from './assessment.entity.js';
import { CompetenceNotFoundError, ImprovingNotYetAllowedError } from './errors.js';

export async function startCompetenceEvaluation(em: EntityManager, platform: Platform, userId: number, competenceCode: string): Promise<Assessment> {
  const competence = platform.referential.competenceByCode.get(competenceCode.trim());
  if (!competence) throw new CompetenceNotFoundError(competenceCode);
  const started = { user: userId, type: AssessmentType.COMPETENCE_EVALUATION, competenceCode: competence.code, state: AssessmentState.STARTED };
  const inProgress = await em.findOne(Assessment, started);
  if (inProgress) return inProgress;

  const scorecard = await scorecardOf(em, platform, userId, competence.code);
  const isImproving = scorecard.status === 'COMPLETED';
  if (isImproving && scorecard.remainingDaysBeforeImproving > 0) throw new ImprovingNotYetAllowedError(scorecard.remainingDaysBeforeImproving);
  const assessment = em.create(Assessment, {
    user: em.getReference(User, userId),
    type: AssessmentType.COMPETENCE_EVALUATION,
    competenceCode: competence.code,
    state: AssessmentState.STARTED,
    isImproving,
    answeredCount: 0,
    createdAt: platform.now(),
  });
  try {
    await em.flush();
    return assessment;
  } catch (e) {
    // Two clicks at once: the partial unique index kept one test in progress; return that one.
    if (e instanceof UniqueConstraintViolationException) return em.fork().findOneOrFail(Assessment, started);
    throw e;
  }
}
