// Resets a competence after the delay: "reset" elements worth 0 pix replace every skill's knowledge; history stays.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { User } from '../identity/user.entity.js';
import { KnowledgeElement } from '../profile/knowledge-element.entity.js';
import { scorecardOf } from '../profile/scorecard-of.js';
import { remainingDays, type ScorecardView } from '../profile/profile-rules.js';
import { selectRows } from '../../db/sql.js';
import { Assessment, AssessmentState, AssessmentType } from './assessment.entity.js';
import { CompetenceNotFoundError, NothingToResetError, ResetNotYetAllowedError } from './errors.js';
import { currentKnowledge } from './current-knowledge.js';

export async function resetCompetence(em: EntityManager, platform: Platform, userId: number, competenceCode: string): Promise<ScorecardView> {
  const competence = platform.referential.competenceByCode.get(competenceCode.trim());
  if (!competence) throw new CompetenceNotFoundError(competenceCode);
  await em.transactional(async (tx) => {
    // Serialise with answers and other resets of the same learner.
    await tx.execute('select id from users where id = ? for update', [userId]);
    const known = await currentKnowledge(tx, userId, competence.code);
    if (known.size === 0) throw new NothingToResetError();
    const [{ last }] = await selectRows<{ last: Date }>(
      tx,
      `select max(created_at) as last from knowledge_elements where user_id = ? and competence_code = ? and status <> 'RESET'`,
      [userId, competence.code],
    );
    const days = remainingDays(new Date(last), platform.config.resetDelayDays, platform.now());
    if (days > 0) throw new ResetNotYetAllowedError(days);
    const now = platform.now();
    const user = tx.getReference(User, userId);
    for (const skillId of known.keys()) {
      tx.create(KnowledgeElement, { user, skillId, competenceCode: competence.code, status: 'RESET', source: 'DIRECT', earnedPix: 0, createdAt: now });
    }
    await tx.nativeUpdate(
      Assessment,
      { user: userId, type: AssessmentType.COMPETENCE_EVALUATION, competenceCode: competence.code, state: AssessmentState.STARTED },
      { state: AssessmentState.ABORTED, completedAt: now, currentChallengeId: null },
    );
    await tx.flush();
  });
  return scorecardOf(em, platform, userId, competence.code);
}
