// The human jury's decisions on a session's results; each one is audit-logged with who, when, what and why.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { AppError, InputInvalidError } from '../../graphql/errors.js';
import { User } from '../identity/user.entity.js';
import { Assessment } from '../positioning/assessment.entity.js';
import { scoreCandidate } from './automatic-jury.js';
import { AuditEntry, CertificationIssueReport, CertificationResult } from './certification-result.entity.js';
import { CertificationCandidate, CertificationChallenge, CertificationSession, SessionStatus } from './certification-session.entity.js';
import { SessionNotFoundError } from './errors.js';

export class JuryActionRefusedError extends AppError {
  constructor(message: string) { super('JURY_ACTION_REFUSED', message); }
}

function requireReason(reason: string | null | undefined): string {
  const r = reason?.trim() ?? '';
  if (r.length < 3) throw new InputInvalidError([{ field: 'reason', message: 'Chaque décision du jury est motivée : indiquez la raison.' }]);
  return r;
}

async function audit(tx: EntityManager, platform: Platform, actorId: number, action: string, targetType: string, targetId: number, reason: string | null, data?: Record<string, unknown>) {
  tx.create(AuditEntry, { actor: tx.getReference(User, actorId), action, targetType, targetId, reason, data: data ?? null, createdAt: platform.now() });
}

/** A candidate of a session the jury may still change (finalised, not published). */
async function candidateInProcess(tx: EntityManager, candidateId: number) {
  const candidate = await tx.findOne(CertificationCandidate, { id: candidateId }, { populate: ['session'] });
  if (!candidate) throw new JuryActionRefusedError('Candidat introuvable.');
  if (candidate.session.status === SessionStatus.CREATED) throw new JuryActionRefusedError('La session n’est pas encore finalisée.');
  if (candidate.session.publishedAt) throw new JuryActionRefusedError('La session est publiée : dépubliez-la avant de modifier ses résultats.');
  const test = await tx.findOne(Assessment, { certificationCandidate: candidate.id });
  return { candidate, test };
}

export async function setNeutralization(em: EntityManager, platform: Platform, actorId: number, candidateId: number, questionNumber: number, neutralized: boolean, reason: string) {
  const why = requireReason(reason);
  return em.transactional(async (tx) => {
    const { candidate, test } = await candidateInProcess(tx, candidateId);
    if (!test) throw new JuryActionRefusedError('Ce candidat n’a pas passé le test.');
    const challenge = await tx.findOne(CertificationChallenge, { assessmentId: test.id, position: questionNumber - 1 });
    if (!challenge) throw new InputInvalidError([{ field: 'questionNumber', message: `Le candidat n’a pas eu de question n° ${questionNumber}.` }]);
    challenge.neutralized = neutralized;
    await audit(tx, platform, actorId, neutralized ? 'NEUTRALIZE_CHALLENGE' : 'DENEUTRALIZE_CHALLENGE', 'CANDIDATE', candidate.id, why, { questionNumber, challengeId: challenge.challengeId });
    await tx.flush();
    return scoreCandidate(tx, platform, candidate, test);
  });
}

export async function setJuryDecision(em: EntityManager, platform: Platform, actorId: number, candidateId: number, decision: 'REJECTED_FOR_FRAUD' | 'CANCELLED_BY_JURY' | null, reason: string) {
  const why = requireReason(reason);
  return em.transactional(async (tx) => {
    const { candidate, test } = await candidateInProcess(tx, candidateId);
    const result = await tx.findOne(CertificationResult, { candidate });
    if (!result || !test) throw new JuryActionRefusedError('Ce candidat n’a pas de résultat.');
    result.juryDecision = decision;
    await audit(tx, platform, actorId, decision ?? 'CLEAR_JURY_DECISION', 'CANDIDATE', candidate.id, why);
    await tx.flush();
    return scoreCandidate(tx, platform, candidate, test);
  });
}

export async function correctCandidateIdentity(em: EntityManager, platform: Platform, actorId: number, candidateId: number, identity: { firstName: string; lastName: string; birthdate: string }, reason: string) {
  const why = requireReason(reason);
  return em.transactional(async (tx) => {
    const { candidate } = await candidateInProcess(tx, candidateId);
    const before = { firstName: candidate.firstName, lastName: candidate.lastName, birthdate: candidate.birthdate };
    Object.assign(candidate, { firstName: identity.firstName.trim(), lastName: identity.lastName.trim(), birthdate: identity.birthdate });
    await audit(tx, platform, actorId, 'CORRECT_IDENTITY', 'CANDIDATE', candidate.id, why, { before, after: identity });
    await tx.flush();
    return candidate;
  });
}

export async function resolveIssueReport(em: EntityManager, platform: Platform, actorId: number, reportId: number, resolution: string, reason: string) {
  const why = requireReason(reason);
  return em.transactional(async (tx) => {
    const report = await tx.findOne(CertificationIssueReport, { id: reportId });
    if (!report) throw new JuryActionRefusedError('Signalement introuvable.');
    await candidateInProcess(tx, report.candidate.id);
    report.resolution = resolution.trim().slice(0, 40) || 'RESOLVED_BY_JURY';
    await audit(tx, platform, actorId, 'RESOLVE_ISSUE_REPORT', 'ISSUE_REPORT', report.id, why, { resolution: report.resolution });
    await tx.flush();
    return report;
  });
}

export async function rescoreSession(em: EntityManager, platform: Platform, actorId: number, sessionId: number) {
  return em.transactional(async (tx) => {
    const session = await tx.findOne(CertificationSession, { id: sessionId });
    if (!session) throw new SessionNotFoundError();
    if (session.publishedAt) throw new JuryActionRefusedError('La session est publiée : dépubliez-la avant de la rescorer.');
    const candidates = await tx.find(CertificationCandidate, { session });
    for (const test of await tx.find(Assessment, { certificationCandidate: { $in: candidates.map((c) => c.id) } })) {
      await scoreCandidate(tx, platform, candidates.find((c) => c.id === test.certificationCandidate!.id)!, test);
    }
    await audit(tx, platform, actorId, 'RESCORE', 'SESSION', session.id, null);
    await tx.flush();
    return session;
  });
}

export async function commentSession(em: EntityManager, platform: Platform, actorId: number, sessionId: number, comment: string) {
  return em.transactional(async (tx) => {
    const session = await tx.findOne(CertificationSession, { id: sessionId });
    if (!session) throw new SessionNotFoundError();
    await audit(tx, platform, actorId, 'JURY_COMMENT', 'SESSION', session.id, comment.trim().slice(0, 2000));
    await tx.flush();
    return session;
  });
}
