// Publication: each validated result becomes a certificate with a unique verification code; unpublishing hides them.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { User } from '../identity/user.entity.js';
import { Certificate } from './certificate.entity.js';
import { CertificationCenter } from './certification-center.entity.js';
import { AuditEntry, CertificationResult, CertificationStatus } from './certification-result.entity.js';
import { CertificationCandidate, type CertificationSession, SessionStatus } from './certification-session.entity.js';
import { generateVerificationCode } from './verification-code.js';

export class SessionNotPublishableError extends AppError {
  constructor(reason: string) { super('SESSION_NOT_PUBLISHABLE', reason); }
}

export async function publishSession(tx: EntityManager, platform: Platform, session: CertificationSession, actorId: number | null): Promise<CertificationSession> {
  if (session.status === SessionStatus.CREATED) throw new SessionNotPublishableError('Finalisez la session avant de la publier.');
  if (session.status === SessionStatus.PROCESSED && session.publishedAt) throw new SessionNotPublishableError('Cette session est déjà publiée.');
  const results = await tx.find(CertificationResult, { session });
  if (results.some((r) => r.status === CertificationStatus.ERROR)) throw new SessionNotPublishableError('Des résultats sont en erreur : corrigez-les (rescorer) avant de publier.');
  const centre = await tx.findOneOrFail(CertificationCenter, { id: session.certificationCenter.id });
  const now = platform.now();
  for (const result of results.filter((r) => r.status === CertificationStatus.VALIDATED)) {
    const candidate = await tx.findOneOrFail(CertificationCandidate, { id: result.candidate.id });
    const existing = await tx.findOne(Certificate, { certificationCandidateId: candidate.id });
    const values = {
      pixScore: result.pixScore,
      competences: result.competences.filter((c) => c.level > 0).map((c) => ({ competenceCode: c.competenceCode, level: c.level })),
      certificationCenterName: centre.name,
      deliveredAt: now,
      isPublished: true,
    };
    if (existing) { Object.assign(existing, values); continue; }
    for (let attempt = 0; ; attempt++) {
      try {
        await tx.transactional(async (sp) => {
          sp.create(Certificate, { user: sp.getReference(User, candidate.user!.id), verificationCode: generateVerificationCode(), certificationCandidateId: candidate.id, sessionId: session.id, ...values });
          await sp.flush();
        });
        break;
      } catch (e) {
        if (!(e instanceof UniqueConstraintViolationException) || attempt > 5) throw e;
      }
    }
  }
  session.status = SessionStatus.PROCESSED;
  session.publishedAt = now;
  tx.create(AuditEntry, { actor: actorId ? tx.getReference(User, actorId) : null, action: 'PUBLISH', targetType: 'SESSION', targetId: session.id, createdAt: now });
  await tx.flush();
  return session;
}

export async function unpublishSession(tx: EntityManager, platform: Platform, session: CertificationSession, actorId: number, reason: string): Promise<CertificationSession> {
  if (!session.publishedAt) throw new SessionNotPublishableError('Cette session n’est pas publiée.');
  await tx.nativeUpdate(Certificate, { sessionId: session.id }, { isPublished: false });
  session.status = SessionStatus.IN_PROCESS;
  session.publishedAt = null;
  tx.create(AuditEntry, { actor: tx.getReference(User, actorId), action: 'UNPUBLISH', targetType: 'SESSION', targetId: session.id, reason, createdAt: platform.now() });
  await tx.flush();
  return session;
}
