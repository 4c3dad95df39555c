// After every 5 answers, and at the end, the learner reviews their last answers with the right ones and tutorials.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import type { LoadedChallenge } from '../referential/load-content.js';
import { Answer, Assessment, AssessmentState, AssessmentType } from './assessment.entity.js';
import { expectedAnswer } from './check-answer.js';

export const CHECKPOINT_EVERY = 5;

export interface AnswerReviewView {
  loaded: LoadedChallenge;
  status: string;
  givenAnswer: string[];
  correctAnswer: string[];
  tutorials: LoadedChallenge['skill']['tutorials'];
}

/** The answers since the previous checkpoint, when a checkpoint is due; null otherwise. */
export async function checkpointOf(em: EntityManager, platform: Platform, assessment: Assessment): Promise<AnswerReviewView[] | null> {
  if (assessment.type === AssessmentType.CERTIFICATION || assessment.answeredCount === 0) return null;
  const over = assessment.state !== AssessmentState.STARTED;
  const sinceLast = assessment.answeredCount % CHECKPOINT_EVERY;
  if (!over && sinceLast !== 0) return null;
  const count = sinceLast === 0 ? CHECKPOINT_EVERY : sinceLast;
  const answers = await em.find(Answer, { assessment }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: count });
  return answers.reverse().flatMap((a) => {
    const loaded = platform.referential.challengeById.get(a.challengeId);
    if (!loaded) return [];
    return [{ loaded, status: a.status, givenAnswer: a.value, correctAnswer: expectedAnswer(loaded.challenge), tutorials: loaded.skill.tutorials }];
  });
}
