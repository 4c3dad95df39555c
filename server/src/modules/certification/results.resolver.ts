import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AccessForbiddenError, InputInvalidError } from '../../graphql/errors.js';
import { SessionDocument } from './session-document.entity.js';
import { Rules } from '../../graphql/auth-checker.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { Organization } from '../organization/organization.entity.js';
import { OrganizationGqlType } from '../organization/organization.types.js';
import { Certificate } from './certificate.entity.js';
import { AuditEntry, CertificationIssueReport, CertificationResult } from './certification-result.entity.js';
import { CertificationCandidate, CertificationSession, SessionStatus } from './certification-session.entity.js';
import { CertificateType, CertifiedCompetenceType } from './certification.types.js';
import { SessionNotFoundError } from './errors.js';
import { finalizeSession } from './finalize-session.js';
import { commentSession, correctCandidateIdentity, rescoreSession, resolveIssueReport, setJuryDecision, setNeutralization } from './jury-actions.js';
import { publishSession, unpublishSession } from './publish-session.js';
import { publishedResultsOfOrganization, resultsFileUrl, validUntil } from './results-files.js';
import {
  AuditEntryType, CertificateVerificationType, SessionDocumentType, CertificationResultType, FinalizeSessionInput, IssueReportType, ResultExplanationType,
} from './results.types.js';
import { CertificationCandidateType, CertificationSessionType } from './session.types.js';

const levelsOf = (ctx: RequestContext, competences: { competenceCode: string; level: number }[]) => {
  const levels = new Map(competences.map((c) => [c.competenceCode, c.level]));
  return ctx.referential.competences.filter((c) => (levels.get(c.code) ?? 0) > 0).map((competence) => ({ competence, level: levels.get(competence.code)! }));
};

async function isCentreMember(ctx: RequestContext, session: CertificationSession) {
  return (await ctx.access.certificationCenterIds()).has(session.certificationCenter.id);
}

async function sessionOf(ctx: RequestContext, id: number) {
  const session = Number.isInteger(id) ? await ctx.em.findOne(CertificationSession, { id }) : null;
  if (!session) throw new SessionNotFoundError();
  return session;
}

@Resolver(() => CertificationSessionType)
export class SessionResultsResolver {
  @Authorized()
  @Mutation(() => CertificationSessionType, { description: 'Le centre finalise la session ; le jury automatique s’applique aussitôt' })
  async finalizeCertificationSession(@Arg('input', () => FinalizeSessionInput) input: FinalizeSessionInput, @Ctx() ctx: RequestContext) {
    const session = await sessionOf(ctx, Number(input.sessionId));
    if (!(await isCentreMember(ctx, session)) && !(await ctx.access.hasPlatformRole('ADMIN'))) throw new AccessForbiddenError();
    return finalizeSession(ctx.em, ctx, input, ctx.access.userId);
  }

  @Authorized()
  @Mutation(() => SessionDocumentType, { description: 'Joint un document scanné à la session (PDF, PNG ou JPEG en data URL, 10 Mo au plus) ; conservé 5 ans' })
  async uploadSessionDocument(@Arg('sessionId', () => ID) sessionId: string, @Arg('name', () => String) name: string, @Arg('content', () => String) content: string, @Ctx() ctx: RequestContext) {
    const session = await sessionOf(ctx, Number(sessionId));
    if (!(await isCentreMember(ctx, session)) && !(await ctx.access.hasPlatformRole('ADMIN'))) throw new AccessForbiddenError();
    const match = /^data:(application\/pdf|image\/png|image\/jpeg);base64,(.+)$/s.exec(content);
    if (!match) throw new InputInvalidError([{ field: 'content', message: 'Joignez un PDF, un PNG ou un JPEG.' }]);
    const bytes = Buffer.from(match[2], 'base64');
    if (bytes.length > 10 * 1024 * 1024) throw new InputInvalidError([{ field: 'content', message: 'Le document dépasse 10 Mo.' }]);
    const doc = ctx.em.create(SessionDocument, { session, name: name.trim().slice(0, 255) || 'document', contentType: match[1], content: bytes, uploadedAt: ctx.now() });
    await ctx.em.flush();
    return doc;
  }

  @FieldResolver(() => [SessionDocumentType], { description: 'Documents joints par le centre' })
  async documents(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    const jury = await ctx.access.hasPlatformRole('JURY') || await ctx.access.hasPlatformRole('ADMIN');
    if (!jury && !(await isCentreMember(ctx, session))) throw new AccessForbiddenError();
    return ctx.em.find(SessionDocument, { session: session.id }, { orderBy: { uploadedAt: 'asc' } });
  }

  @Authorized('JURY')
  @Query(() => [CertificationSessionType], { description: 'Jury : les sessions finalisées qui attendent une décision' })
  sessionsToProcess(@Ctx() ctx: RequestContext) {
    return ctx.em.find(CertificationSession, { status: { $in: [SessionStatus.FINALIZED, SessionStatus.IN_PROCESS] } }, { orderBy: { finalizedAt: 'asc' } });
  }

  @Authorized('JURY')
  @Mutation(() => CertificationSessionType, { description: 'Jury : publie les résultats ; les certifications validées deviennent des certificats' })
  async publishCertificationSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: RequestContext) {
    return ctx.em.transactional(async (tx) => publishSession(tx, ctx, await tx.findOneOrFail(CertificationSession, { id: Number(sessionId) }), ctx.access.requireUserId()));
  }

  @Authorized('JURY')
  @Mutation(() => CertificationSessionType, { description: 'Jury : retire la publication (les certificats sont masqués)' })
  async unpublishCertificationSession(@Arg('sessionId', () => ID) sessionId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: RequestContext) {
    return ctx.em.transactional(async (tx) => unpublishSession(tx, ctx, await tx.findOneOrFail(CertificationSession, { id: Number(sessionId) }), ctx.access.requireUserId(), reason));
  }

  @Authorized('JURY')
  @Mutation(() => CertificationSessionType)
  rescoreCertificationSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: RequestContext) {
    return rescoreSession(ctx.em, ctx, ctx.access.requireUserId(), Number(sessionId));
  }

  @Authorized('JURY')
  @Mutation(() => CertificationSessionType)
  commentCertificationSession(@Arg('sessionId', () => ID) sessionId: string, @Arg('comment', () => String) comment: string, @Ctx() ctx: RequestContext) {
    return commentSession(ctx.em, ctx, ctx.access.requireUserId(), Number(sessionId), comment);
  }

  @Authorized('JURY')
  @Mutation(() => CertificationResultType, { description: 'Jury : neutralise (ou rétablit) une question du candidat, puis rescore' })
  neutralizeChallenge(
    @Arg('candidateId', () => ID) candidateId: string, @Arg('questionNumber', () => Int) questionNumber: number,
    @Arg('neutralized', () => Boolean) neutralized: boolean, @Arg('reason', () => String) reason: string, @Ctx() ctx: RequestContext,
  ) {
    return setNeutralization(ctx.em, ctx, ctx.access.requireUserId(), Number(candidateId), questionNumber, neutralized, reason);
  }

  @Authorized('JURY')
  @Mutation(() => CertificationResultType, { description: 'Jury : rejette pour fraude, annule, ou lève la décision (decision: null)' })
  setCertificationJuryDecision(
    @Arg('candidateId', () => ID) candidateId: string, @Arg('decision', () => String, { nullable: true }) decision: string | null,
    @Arg('reason', () => String) reason: string, @Ctx() ctx: RequestContext,
  ) {
    if (decision && decision !== 'REJECTED_FOR_FRAUD' && decision !== 'CANCELLED_BY_JURY') throw new AccessForbiddenError('Décision inconnue.');
    return setJuryDecision(ctx.em, ctx, ctx.access.requireUserId(), Number(candidateId), decision as 'REJECTED_FOR_FRAUD' | 'CANCELLED_BY_JURY' | null, reason);
  }

  @Authorized('JURY')
  @Mutation(() => CertificationCandidateType, { description: 'Jury : corrige l’identité d’un candidat' })
  correctCandidateIdentity(
    @Arg('candidateId', () => ID) candidateId: string, @Arg('firstName', () => String) firstName: string, @Arg('lastName', () => String) lastName: string,
    @Arg('birthdate', () => DateScalar) birthdate: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: RequestContext,
  ) {
    return correctCandidateIdentity(ctx.em, ctx, ctx.access.requireUserId(), Number(candidateId), { firstName, lastName, birthdate }, reason);
  }

  @Authorized('JURY')
  @Mutation(() => IssueReportType)
  resolveIssueReport(@Arg('reportId', () => ID) reportId: string, @Arg('resolution', () => String) resolution: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: RequestContext) {
    return resolveIssueReport(ctx.em, ctx, ctx.access.requireUserId(), Number(reportId), resolution, reason);
  }

  @FieldResolver(() => [CertificationResultType], { description: 'Résultats : pour le jury ; pour le centre une fois publiés' })
  async results(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    const jury = await ctx.access.hasPlatformRole('JURY') || await ctx.access.hasPlatformRole('ADMIN');
    if (!jury && !(session.publishedAt && (await isCentreMember(ctx, session)))) throw new AccessForbiddenError();
    return ctx.em.find(CertificationResult, { session: session.id }, { populate: ['candidate'], orderBy: { candidate: { lastName: 'asc' } } });
  }

  @FieldResolver(() => [IssueReportType], { description: 'Les signalements de la finalisation' })
  async issueReports(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    const jury = await ctx.access.hasPlatformRole('JURY') || await ctx.access.hasPlatformRole('ADMIN');
    if (!jury && !(await isCentreMember(ctx, session))) throw new AccessForbiddenError();
    return ctx.em.find(CertificationIssueReport, { candidate: { session: session.id } }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [AuditEntryType], { description: 'Jury : l’historique des décisions' })
  async auditLog(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    if (!(await ctx.access.hasPlatformRole('JURY')) && !(await ctx.access.hasPlatformRole('ADMIN'))) throw new AccessForbiddenError();
    const candidateIds = (await ctx.em.find(CertificationCandidate, { session: session.id }, { fields: ['id'] })).map((c) => c.id);
    const entries = await ctx.em.find(AuditEntry, { $or: [{ targetType: 'SESSION', targetId: session.id }, { targetType: 'CANDIDATE', targetId: { $in: candidateIds } }] }, { populate: ['actor'], orderBy: { createdAt: 'asc', id: 'asc' } });
    return entries.map((e) => ({ action: e.action, actorName: e.actor ? `${e.actor.firstName} ${e.actor.lastName}` : 'Jury automatique', reason: e.reason, data: e.data ? JSON.stringify(e.data) : null, createdAt: e.createdAt }));
  }
}

@Resolver(() => CertificationResultType)
export class CertificationResultResolver {
  @FieldResolver(() => CertificationCandidateType)
  candidate(@Root() result: CertificationResult) {
    return result.candidate;
  }

  @FieldResolver(() => [CertifiedCompetenceType])
  competences(@Root() result: CertificationResult, @Ctx() ctx: RequestContext) {
    return levelsOf(ctx, result.competences);
  }

  @FieldResolver(() => ResultExplanationType, { nullable: true, description: 'Pourquoi ce résultat (jury)' })
  async explanation(@Root() result: CertificationResult, @Ctx() ctx: RequestContext) {
    if (!(await ctx.access.hasPlatformRole('JURY')) && !(await ctx.access.hasPlatformRole('ADMIN'))) return null;
    const e = result.explanation as { rate?: string; neutralization?: string; status?: string; error?: string };
    return {
      rate: e.rate ?? '', neutralization: e.neutralization ?? '', status: e.status ?? e.error ?? '',
      competences: result.competences.map((c) => ({ competenceCode: c.competenceCode, decision: c.decision, level: c.level, explanation: c.explanation })),
    };
  }
}

@Resolver(() => CertificateType)
export class CertificateFilesResolver {
  @Query(() => CertificateVerificationType, { nullable: true, description: 'Public : vérifie un certificat par son code (« P-… »)' })
  async verifyCertificate(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext) {
    const normalized = code.trim().toUpperCase().replace(/^P(?!-)/, 'P-');
    const cert = await ctx.em.findOne(Certificate, { verificationCode: normalized, isPublished: true });
    if (!cert) return null;
    const rows = cert.certificationCandidateId ? await ctx.em.execute<{ first_name: string; last_name: string; birthdate: string }[]>(
      `select first_name, last_name, to_char(birthdate, 'YYYY-MM-DD') as birthdate from certification_candidates where id = ?`, [cert.certificationCandidateId]) : [];
    const holder = rows[0];
    const until = validUntil(cert.deliveredAt);
    return {
      firstName: holder?.first_name ?? '', lastName: holder?.last_name ?? '', birthdate: holder?.birthdate ?? '',
      pixScore: cert.pixScore, deliveredAt: cert.deliveredAt, validUntil: until, isValid: until > ctx.now(), competences: levelsOf(ctx, cert.competences),
    };
  }

  @FieldResolver(() => String, { description: 'L’attestation en PDF (lien valable 15 minutes)' })
  attestationUrl(@Root() cert: Certificate, @Ctx() ctx: RequestContext) {
    return resultsFileUrl(ctx, { kind: 'attestation', certificateId: cert.id }, ctx.access.requireUserId());
  }

  @FieldResolver(() => Date, { description: 'Fin de validité : 3 ans après la délivrance' })
  validUntil(@Root() cert: Certificate) {
    return validUntil(cert.deliveredAt);
  }
}

@Resolver(() => OrganizationGqlType)
export class OrganizationResultsResolver {
  @Authorized(Rules.organizationMember(({ root }) => (root as Organization).id))
  @FieldResolver(() => [CertificationResultType], { description: 'Résultats de certification publiés des élèves, par classe' })
  async certificationResults(@Root() organization: Organization, @Ctx() ctx: RequestContext, @Arg('division', () => String, { nullable: true }) division?: string) {
    const rows = await publishedResultsOfOrganization(ctx.em, organization.id, division ?? null);
    const results = await ctx.em.find(CertificationResult, { candidate: { $in: rows.map((r) => r.candidate_id) } }, { populate: ['candidate'] });
    const order = new Map(rows.map((r, i) => [r.candidate_id, i]));
    return results.sort((a, b) => order.get(a.candidate.id)! - order.get(b.candidate.id)!);
  }

  @Authorized(Rules.organizationMember(({ root }) => (root as Organization).id))
  @FieldResolver(() => String, { description: 'CSV des résultats de certification (une classe, ou toutes)' })
  certificationResultsCsvUrl(@Root() organization: Organization, @Ctx() ctx: RequestContext, @Arg('division', () => String, { nullable: true }) division?: string) {
    return resultsFileUrl(ctx, { kind: 'class-csv', organizationId: organization.id, division: division ?? null }, ctx.access.requireUserId());
  }

  @Authorized(Rules.organizationMember(({ root }) => (root as Organization).id))
  @FieldResolver(() => String, { description: 'PDF de toutes les attestations d’une classe' })
  certificationAttestationsUrl(@Root() organization: Organization, @Ctx() ctx: RequestContext, @Arg('division', () => String, { nullable: true }) division?: string) {
    return resultsFileUrl(ctx, { kind: 'class-attestations', organizationId: organization.id, division: division ?? null }, ctx.access.requireUserId());
  }
}
