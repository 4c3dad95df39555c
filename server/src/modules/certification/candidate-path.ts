// The candidate's path: join the session (number + identity), wait for the invigilator, enter the access code,
// then answer; every new entry into the test after the first needs the invigilator's authorisation.
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { User } from '../identity/user.entity.js';
import { assertNotLocked, clearFailures, recordFailure } from '../identity/rate-limit.js';
import { normalizeName } from '../campaign/match-student.js';
import { latestElementsOfUsers } from '../profile/profile.loaders.js';
import { buildProfile } from '../profile/profile-rules.js';
import { Assessment, AssessmentState, AssessmentType } from '../positioning/assessment.entity.js';
import { seenChallengeIds } from '../positioning/current-knowledge.js';
import { CertificationCandidate, CertificationChallenge, CertificationSession, SessionStatus } from './certification-session.entity.js';
import {
  AccessCodeInvalidError, CandidateAlreadyJoinedError, CandidateAmbiguousError, CandidateNotFoundError, CandidateNotYourStudentRecordError,
  NotAuthorizedToStartError, NotCertifiableError, ResumeNotAuthorizedError, SessionClosedError, SessionFinalizedError, SessionNotFoundError, TestEndedError,
} from './errors.js';
import { selectCertificationChallenges } from './select-challenges.js';
import { notifySessionChange } from './session-events.js';

export const TEST_MINUTES = 105;
const HOUR_MS = 3600 * 1000;

/** Sessions are open to candidates from their day until 24 hours after their start time. */
export function sessionStart(session: CertificationSession): Date {
  // Local French time; a fixed offset is enough to decide "more than a day later".
  return new Date(`${session.date}T${session.time}:00+01:00`);
}

async function openSession(em: EntityManager, platform: Platform, sessionId: number): Promise<CertificationSession> {
  const session = Number.isInteger(sessionId) ? await em.findOne(CertificationSession, { id: sessionId }) : null;
  if (!session) throw new SessionNotFoundError();
  if (session.status !== SessionStatus.CREATED) throw new SessionFinalizedError();
  if (platform.now().getTime() > sessionStart(session).getTime() + 24 * HOUR_MS) throw new SessionClosedError();
  return session;
}

const sameName = (a: string, b: string) => normalizeName(a) === normalizeName(b);

export async function joinSession(em: EntityManager, platform: Platform, userId: number, clientKey: string, sessionId: number, identity: { firstName: string; lastName: string; birthdate: string }): Promise<CertificationCandidate> {
  const keys = [`join:client:${clientKey}`, `join:session:${sessionId}`, `join:user:${userId}`];
  await assertNotLocked(em, keys, platform.now());
  const session = await openSession(em, platform, sessionId).catch(async (e) => {
    if (e instanceof SessionNotFoundError) await recordFailure(em, keys.filter((k) => !k.startsWith('join:session')), platform.now());
    throw e;
  });
  return em.transactional(async (tx) => {
    const candidates = await tx.find(CertificationCandidate, { session, birthdate: identity.birthdate }, { populate: ['student'] });
    const matching = candidates.filter((c) => sameName(c.firstName, identity.firstName) && sameName(c.lastName, identity.lastName));
    if (matching.length === 0) {
      await recordFailure(em.fork(), keys, platform.now());
      throw new CandidateNotFoundError();
    }
    if (matching.length > 1) throw new CandidateAmbiguousError();
    const candidate = matching[0];
    if (candidate.user && candidate.user.id !== userId) throw new CandidateAlreadyJoinedError();
    // A school's candidate is a pupil record: only that pupil's own account may sit the test.
    if (candidate.student && candidate.student.user?.id !== userId) throw new CandidateNotYourStudentRecordError();
    if (!candidate.user) {
      candidate.user = tx.getReference(User, userId);
      candidate.joinedAt = platform.now();
      await tx.flush();
      await notifySessionChange(tx, session.id, candidate.id);
    }
    await clearFailures(tx, keys.filter((k) => !k.startsWith('join:session')));
    return candidate;
  });
}

export async function candidateOf(em: EntityManager, userId: number, sessionId: number): Promise<CertificationCandidate> {
  const candidate = await em.findOne(CertificationCandidate, { session: sessionId, user: userId });
  if (!candidate) throw new CandidateNotFoundError();
  return candidate;
}

/** What is stored of a page's entry token. */
export const entryTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts the test (challenges chosen once, timer from now) or finds it; the access code is checked each time. */
export async function startCertification(em: EntityManager, platform: Platform, userId: number, clientKey: string, sessionId: number, accessCode: string): Promise<Assessment> {
  const keys = [`access:client:${clientKey}`, `access:session:${sessionId}`, `access:user:${userId}`];
  await assertNotLocked(em, keys, platform.now());
  const session = await openSession(em, platform, sessionId);
  const candidate = await candidateOf(em, userId, sessionId);
  if (!candidate.authorizedToStart) throw new NotAuthorizedToStartError();
  if (accessCode.trim().toUpperCase() !== session.accessCode) {
    await recordFailure(em.fork(), keys, platform.now());
    throw new AccessCodeInvalidError();
  }
  await clearFailures(em, [`access:client:${clientKey}`, `access:user:${userId}`]);
  const started = await em.transactional(async (tx) => {
    await tx.execute('select id from certification_candidates where id = ? for update', [candidate.id]);
    const existing = await tx.findOne(Assessment, { certificationCandidate: candidate.id });
    if (existing) return existing;

    const elements = (await latestElementsOfUsers(tx, [userId])).get(userId) ?? [];
    const profile = buildProfile(elements, platform.referential, platform.config, platform.now());
    if (!profile.isCertifiable) throw new NotCertifiableError();
    // The profile's facts do not keep the source: ask for the skills whose latest element is a direct validation.
    const direct = await tx.execute<{ skill_id: string }[]>(
      `select skill_id from (select distinct on (skill_id) skill_id, status, source from knowledge_elements
        where user_id = ? order by skill_id, created_at desc, id desc) latest where status = 'VALIDATED' and source = 'DIRECT'`,
      [userId],
    );
    const selected = selectCertificationChallenges({
      referential: platform.referential,
      levels: new Map(profile.scorecards.map((s) => [s.competenceCode, s.level])),
      directlyValidated: new Set(direct.map((r) => r.skill_id)),
      answered: await seenChallengeIds(tx, userId),
    });
    const now = platform.now();
    const minutes = TEST_MINUTES * (1 + candidate.extraTimePercentage / 100);
    const assessment = tx.create(Assessment, {
      user: tx.getReference(User, userId), type: AssessmentType.CERTIFICATION, state: AssessmentState.STARTED,
      certificationCandidate: candidate, answeredCount: 0, isImproving: false, createdAt: now,
      endsAt: new Date(now.getTime() + minutes * 60_000),
    });
    await tx.flush();
    selected.forEach((c, position) => tx.create(CertificationChallenge, { assessmentId: assessment.id, position, ...c }));
    // The first entry comes with the start; later ones need the invigilator.
    candidate.authorizedToResume = true;
    await tx.flush();
    return assessment;
  });
  // Thousands of candidates start at 8 o'clock: announced after the commit (see session-events.ts).
  platform.supervision.publish(sessionId, candidate.id);
  return started;
}

/**
 * Opens the test in a page: allowed once after the start, then once per authorisation of the invigilator.
 * Returns the token that page must send with its answers; an older page's token stops working.
 */
export async function enterCertification(em: EntityManager, platform: Platform, userId: number, assessmentId: string): Promise<string> {
  let changed: { sessionId: number; candidateId: number } | null = null;
  const token = await em.transactional(async (tx) => {
    const assessment = await tx.findOne(Assessment, { id: assessmentId, user: userId, type: AssessmentType.CERTIFICATION });
    if (!assessment?.certificationCandidate) throw new SessionNotFoundError();
    if (assessment.state !== AssessmentState.STARTED || (assessment.endsAt && assessment.endsAt < platform.now())) throw new TestEndedError();
    await tx.execute('select id from certification_candidates where id = ? for update', [assessment.certificationCandidate.id]);
    const candidate = await tx.findOneOrFail(CertificationCandidate, { id: assessment.certificationCandidate.id }, { refresh: true });
    if (!candidate.authorizedToResume) throw new ResumeNotAuthorizedError();
    const token = randomBytes(24).toString('base64url');
    candidate.entryTokenHash = entryTokenHash(token);
    candidate.authorizedToResume = false;
    await tx.flush();
    changed = { sessionId: candidate.session.id, candidateId: candidate.id };
    return token;
  });
  const { sessionId, candidateId } = changed!;
  platform.supervision.publish(sessionId, candidateId);
  return token;
}

export function entryTokenMatches(candidate: { entryTokenHash?: string | null }, token: string | null | undefined): boolean {
  return !!token && !!candidate.entryTokenHash && candidate.entryTokenHash === entryTokenHash(token);
}
