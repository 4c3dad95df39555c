// What the invigilator does from the supervision space: confirm presence, allow a resume, end a test, add time.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { AccessForbiddenError, InputInvalidError } from '../../graphql/errors.js';
import { signToken } from '../identity/token.js';
import { assertNotLocked, clearFailures, recordFailure } from '../identity/rate-limit.js';
import { Assessment, AssessmentState } from '../positioning/assessment.entity.js';
import { CertificationCandidate, CertificationSession, SessionStatus } from './certification-session.entity.js';
import { InvigilatorCredentialsError, SessionFinalizedError } from './errors.js';
import { TEST_MINUTES } from './candidate-path.js';
import { notifySessionChange } from './session-events.js';

/** Invigilator tokens last the length of a session day. */
export const INVIGILATOR_TOKEN_SECONDS = 10 * 3600;

export async function signInInvigilator(em: EntityManager, platform: Platform, clientKey: string, sessionId: number, password: string): Promise<string> {
  const keys = [`invigilator:client:${clientKey}`, `invigilator:session:${sessionId}`];
  await assertNotLocked(em, keys, platform.now());
  const session = Number.isInteger(sessionId) ? await em.findOne(CertificationSession, { id: sessionId }) : null;
  if (!session || session.invigilatorPassword !== password.trim().toUpperCase()) {
    await recordFailure(em, keys, platform.now());
    throw new InvigilatorCredentialsError();
  }
  if (session.status !== SessionStatus.CREATED) throw new SessionFinalizedError();
  await clearFailures(em, keys);
  return signToken({ kind: 'invigilator', sessionId }, platform.config.authSecret, INVIGILATOR_TOKEN_SECONDS);
}

/** The candidate, checked to belong to the session the invigilator's token is for. */
async function candidateOfSession(em: EntityManager, sessionId: number, candidateId: number): Promise<CertificationCandidate> {
  const candidate = await em.findOne(CertificationCandidate, { id: candidateId }, { populate: ['session'] });
  if (!candidate || candidate.session.id !== sessionId) throw new AccessForbiddenError('Ce candidat n’est pas inscrit à votre session.');
  if (candidate.session.status !== SessionStatus.CREATED) throw new SessionFinalizedError();
  return candidate;
}

async function change(em: EntityManager, sessionId: number, candidateId: number, apply: (c: CertificationCandidate, tx: EntityManager) => Promise<void> | void) {
  return em.transactional(async (tx) => {
    const candidate = await candidateOfSession(tx, sessionId, candidateId);
    await apply(candidate, tx);
    await tx.flush();
    await notifySessionChange(tx, sessionId, candidateId);
    return candidate;
  });
}

export function authorizeToStart(em: EntityManager, sessionId: number, candidateId: number, authorized = true) {
  return change(em, sessionId, candidateId, (c) => { c.authorizedToStart = authorized; });
}

export function authorizeToResume(em: EntityManager, sessionId: number, candidateId: number) {
  return change(em, sessionId, candidateId, (c) => { c.authorizedToResume = true; });
}

export function endCandidateTest(em: EntityManager, platform: Platform, sessionId: number, candidateId: number) {
  return change(em, sessionId, candidateId, async (c, tx) => {
    await tx.nativeUpdate(
      Assessment,
      { certificationCandidate: c.id, state: AssessmentState.STARTED },
      { state: AssessmentState.ENDED_BY_INVIGILATOR, completedAt: platform.now(), currentChallengeId: null },
    );
    c.entryTokenHash = null;
    c.authorizedToResume = false;
  });
}

/** Extra time granted on the day (e.g. a disability adjustment forgotten at enrolment): the timer moves with it. */
export function grantExtraTime(em: EntityManager, sessionId: number, candidateId: number, extraTimePercentage: number) {
  if (!Number.isInteger(extraTimePercentage) || extraTimePercentage < 0 || extraTimePercentage > 200) {
    throw new InputInvalidError([{ field: 'extraTimePercentage', message: 'Le temps majoré est un pourcentage entre 0 et 200.' }]);
  }
  return change(em, sessionId, candidateId, async (c, tx) => {
    c.extraTimePercentage = extraTimePercentage;
    const assessment = await tx.findOne(Assessment, { certificationCandidate: c.id, state: AssessmentState.STARTED });
    if (assessment) assessment.endsAt = new Date(assessment.createdAt.getTime() + TEST_MINUTES * (1 + extraTimePercentage / 100) * 60_000);
  });
}
