import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { checkedSession, sessionFor, sessionOfCandidate, type SessionView } from './session-access.js';
import { AccessForbiddenError } from '../../graphql/errors.js';
import { Rules } from '../../graphql/auth-checker.js';
import { AuthPayloadType } from '../identity/user.types.js';
import { Student } from '../organization/student.entity.js';
import { Assessment } from '../positioning/assessment.entity.js';
import { AssessmentGqlType } from '../positioning/positioning.types.js';
import { CertificationCenter } from './certification-center.entity.js';
import { CertificationCandidate, CertificationSession } from './certification-session.entity.js';
import { CertificationCenterType } from './certification.types.js';
import { enrolStudents, removeCandidate } from './candidates.js';
import { importCandidates } from './import-candidates.js';
import { candidateOf, enterCertification, joinSession, startCertification } from './candidate-path.js';
import { authorizeToResume, authorizeToStart, endCandidateTest, grantExtraTime, signInInvigilator } from './invigilator-actions.js';
import { liveStatus, sessionCandidates, CandidateLiveStatus, type CandidateLike, type CandidateTest } from './live-status.js';
import { createSession, createSessionsPerClass, deleteSession, hasStarted, updateSession } from './manage-sessions.js';
import { sessionDocumentUrl } from './session-documents-route.js';
import { CertificationCandidateType, CertificationSessionType, CreateSessionInput, CreateSessionsPerClassInput, UpdateSessionInput } from './session.types.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

const centreArg = ({ args }: { args: Record<string, unknown> }) => (args.input as { certificationCenterId: string }).certificationCenterId;

/** The field's selection names this subfield directly (fragments are not looked into: they only miss the shortcut). */
function asksFor(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === name));
}

const clientKey = (ctx: RequestContext) => ctx.clientIp;

@Resolver(() => CertificationCenterType)
export class CertificationCenterSessionsResolver {
  @Authorized(Rules.certificationCenterMember(({ args }) => args.id as string))
  @Query(() => CertificationCenterType, { nullable: true, description: 'Un centre de certification dont vous êtes membre' })
  certificationCenter(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.em.findOne(CertificationCenter, { id: Number(id) });
  }

  @Authorized(Rules.certificationCenterMember(({ root }) => (root as CertificationCenter).id))
  @FieldResolver(() => [CertificationSessionType], { description: 'Les sessions, les plus proches d’abord' })
  sessions(@Root() centre: CertificationCenter, @Ctx() ctx: RequestContext) {
    return ctx.em.find(CertificationSession, { certificationCenter: centre.id }, { orderBy: { date: 'desc', time: 'desc', id: 'desc' } });
  }
}

@Resolver(() => CertificationSessionType)
export class CertificationSessionResolver {
  @Authorized()
  @Query(() => CertificationSessionType, { nullable: true, description: 'Une session : pour le centre et pour son surveillant' })
  certificationSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    // The live view asks for the session and its candidates at every refresh: one statement reads both.
    return sessionFor(ctx, Number(id), 'reader', { withCandidates: asksFor(info, 'candidates') });
  }

  @Authorized(Rules.certificationCenterMember(centreArg))
  @Mutation(() => CertificationSessionType)
  createCertificationSession(@Arg('input', () => CreateSessionInput) input: CreateSessionInput, @Ctx() ctx: RequestContext) {
    const { certificationCenterId, ...data } = input;
    return createSession(ctx.em, ctx, Number(certificationCenterId), data);
  }

  @Authorized(Rules.certificationCenterMember(centreArg))
  @Mutation(() => [CertificationSessionType], { description: 'Crée une session par classe en une fois (et y inscrit ses élèves si demandé)' })
  async createCertificationSessionsPerClass(@Arg('input', () => CreateSessionsPerClassInput) input: CreateSessionsPerClassInput, @Ctx() ctx: RequestContext) {
    const centreId = Number(input.certificationCenterId);
    return ctx.em.transactional(async (tx) => {
      const sessions = await createSessionsPerClass(tx, ctx, centreId, { address: input.address, examiner: input.examiner }, input.classes);
      if (input.enrolStudents) {
        const centre = await tx.findOneOrFail(CertificationCenter, { id: centreId });
        for (const [i, session] of sessions.entries()) {
          const students = centre.organization ? await tx.find(Student, { organization: centre.organization, division: input.classes[i].division, leftAt: null }) : [];
          // One invigilator per 20 candidates at least, unless the class says how many it has.
          session.invigilatorCount = input.classes[i].invigilatorCount ?? Math.max(1, Math.ceil(students.length / 20));
          await tx.flush();
          if (students.length) await enrolStudents(tx, ctx, session.id, students.map((s) => s.id), null);
        }
      }
      return sessions;
    });
  }

  @Authorized()
  @Mutation(() => CertificationSessionType, { description: 'Modifie une session tant qu’aucun candidat n’a commencé' })
  async updateCertificationSession(@Arg('sessionId', () => ID) sessionId: string, @Arg('input', () => UpdateSessionInput) input: UpdateSessionInput, @Ctx() ctx: RequestContext) {
    await sessionFor(ctx, Number(sessionId), 'staff');
    return updateSession(ctx.em, ctx, Number(sessionId), input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Supprime une session tant qu’aucun candidat n’a commencé' })
  async deleteCertificationSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: RequestContext) {
    await sessionFor(ctx, Number(sessionId), 'staff');
    await deleteSession(ctx.em, Number(sessionId));
    return true;
  }

  @Authorized()
  @Mutation(() => [CertificationCandidateType], { description: 'Inscrit des élèves de l’établissement, avec leur temps majoré' })
  async enrolCandidates(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('studentIds', () => [ID]) studentIds: string[],
    @Arg('extraTimePercentages', () => [Int], { nullable: true }) extraTimePercentages: number[] | null,
    @Ctx() ctx: RequestContext,
  ) {
    await sessionFor(ctx, Number(sessionId), 'staff');
    return enrolStudents(ctx.em, ctx, Number(sessionId), studentIds.map(Number), extraTimePercentages);
  }

  @Authorized()
  @Mutation(() => [CertificationCandidateType], { description: 'Centres hors établissement : importe la liste des candidats (CSV « ; », modèle dans docs/candidats-import.md), tout ou rien' })
  async importCertificationCandidates(@Arg('sessionId', () => ID) sessionId: string, @Arg('file', () => String) file: string, @Ctx() ctx: RequestContext) {
    await sessionFor(ctx, Number(sessionId), 'staff');
    return importCandidates(ctx.em, Number(sessionId), file, ctx.now().toISOString().slice(0, 10));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Retire un candidat avant le début de la session' })
  async removeCertificationCandidate(@Arg('candidateId', () => ID) candidateId: string, @Ctx() ctx: RequestContext) {
    const candidate = await ctx.em.findOne(CertificationCandidate, { id: Number(candidateId) });
    if (!candidate) throw new AccessForbiddenError();
    await sessionFor(ctx, candidate.session.id, 'staff');
    await removeCandidate(ctx.em, candidate.id);
    return true;
  }

  @Mutation(() => AuthPayloadType, { description: 'Connexion du surveillant : numéro de session et mot de passe surveillant ; le jeton ne vaut que pour cette session' })
  async signInInvigilator(@Arg('sessionId', () => ID) sessionId: string, @Arg('password', () => String) password: string, @Ctx() ctx: RequestContext) {
    return { token: await signInInvigilator(ctx.em, ctx, clientKey(ctx), Number(sessionId), password), user: null };
  }

  @Authorized('USER')
  @Mutation(() => CertificationCandidateType, { description: 'Le candidat rejoint la session avec son numéro, ses nom, prénom et date de naissance' })
  joinCertificationSession(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('firstName', () => String) firstName: string,
    @Arg('lastName', () => String) lastName: string,
    @Arg('birthdate', () => DateScalar) birthdate: string,
    @Ctx() ctx: RequestContext,
  ) {
    return joinSession(ctx.em, ctx, ctx.access.requireUserId(), clientKey(ctx), Number(sessionId), { firstName, lastName, birthdate });
  }

  @Authorized('USER')
  @Query(() => CertificationCandidateType, { nullable: true, description: 'Le candidat que vous êtes dans cette session' })
  async myCertificationCandidate(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: RequestContext) {
    return candidateOf(ctx.em, ctx.access.requireUserId(), Number(sessionId)).catch(() => null);
  }

  @Authorized('USER')
  @Mutation(() => AssessmentGqlType, { description: 'Le candidat saisit le code d’accès donné par le surveillant' })
  startCertification(@Arg('sessionId', () => ID) sessionId: string, @Arg('accessCode', () => String) accessCode: string, @Ctx() ctx: RequestContext) {
    return startCertification(ctx.em, ctx, ctx.access.requireUserId(), clientKey(ctx), Number(sessionId), accessCode);
  }

  @Authorized('USER')
  @Mutation(() => String, { description: 'Ouvre le test dans une page ; après une déconnexion, il faut l’autorisation du surveillant. Renvoie le jeton à joindre aux réponses.' })
  enterCertification(@Arg('assessmentId', () => ID) assessmentId: string, @Ctx() ctx: RequestContext) {
    return enterCertification(ctx.em, ctx, ctx.access.requireUserId(), assessmentId);
  }

  @Authorized()
  @Mutation(() => CertificationCandidateType, { description: 'Surveillant : confirme la présence du candidat, qui peut alors commencer' })
  async authorizeCandidateToStart(@Arg('candidateId', () => ID) candidateId: string, @Arg('authorized', () => Boolean, { nullable: true }) authorized: boolean | null, @Ctx() ctx: RequestContext) {
    return authorizeToStart(ctx.em, await sessionOfCandidate(ctx, Number(candidateId)), Number(candidateId), authorized ?? true);
  }

  @Authorized()
  @Mutation(() => CertificationCandidateType, { description: 'Surveillant : autorise la reprise après une déconnexion' })
  async authorizeCandidateToResume(@Arg('candidateId', () => ID) candidateId: string, @Ctx() ctx: RequestContext) {
    return authorizeToResume(ctx.em, await sessionOfCandidate(ctx, Number(candidateId)), Number(candidateId));
  }

  @Authorized()
  @Mutation(() => CertificationCandidateType, { description: 'Surveillant : met fin au test du candidat' })
  async endCandidateTest(@Arg('candidateId', () => ID) candidateId: string, @Ctx() ctx: RequestContext) {
    return endCandidateTest(ctx.em, ctx, await sessionOfCandidate(ctx, Number(candidateId)), Number(candidateId));
  }

  @Authorized()
  @Mutation(() => CertificationCandidateType, { description: 'Surveillant : accorde un temps majoré (en %)' })
  async grantExtraTime(@Arg('candidateId', () => ID) candidateId: string, @Arg('extraTimePercentage', () => Int) extraTimePercentage: number, @Ctx() ctx: RequestContext) {
    return grantExtraTime(ctx.em, await sessionOfCandidate(ctx, Number(candidateId)), Number(candidateId), extraTimePercentage);
  }

  @Subscription(() => CertificationCandidateType, {
    description: 'Un candidat de la session a changé (arrivée, présence, réponses, fin…)',
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      await sessionFor(ctx, Number(args.sessionId), 'staff-or-invigilator');
      return ctx.supervision.changes(Number(args.sessionId));
    },
  })
  async sessionSupervision(@Arg('sessionId', () => ID) _sessionId: string, @Root() change: { candidateId: number | null }, @Ctx() ctx: RequestContext) {
    // One context serves the whole WebSocket connection: forget what the loaders read for earlier messages.
    ctx.loaders.candidateTest.clearAll();
    // The change names a candidate; a change of the whole list (enrolment) is sent as the first candidate.
    const candidate = change.candidateId
      ? await ctx.em.fork().findOne(CertificationCandidate, { id: change.candidateId })
      : await ctx.em.fork().findOne(CertificationCandidate, { session: Number(_sessionId) }, { orderBy: { id: 'asc' } });
    return candidate;
  }

  @FieldResolver(() => CertificationCenterType)
  certificationCenter(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    return ctx.em.findOneOrFail(CertificationCenter, { id: session.certificationCenter.id });
  }

  @FieldResolver(() => [CertificationCandidateType], { description: 'Les candidats, par ordre alphabétique' })
  async candidates(@Root() session: CertificationSession | SessionView, @Ctx() ctx: RequestContext) {
    const allowed = await checkedSession(ctx, session, 'reader');
    return ('prefetchedCandidates' in allowed && allowed.prefetchedCandidates) || sessionCandidates(ctx.em, session.id);
  }

  @FieldResolver(() => String, { description: 'Donné aux candidats quand le test commence ; centre et surveillant seulement' })
  async accessCode(@Root() session: CertificationSession | SessionView, @Ctx() ctx: RequestContext) {
    return (await checkedSession(ctx, session, 'staff-or-invigilator')).accessCode;
  }

  @FieldResolver(() => String, { description: 'Centre seulement' })
  async invigilatorPassword(@Root() session: CertificationSession | SessionView, @Ctx() ctx: RequestContext) {
    return (await checkedSession(ctx, session, 'staff')).invigilatorPassword;
  }

  @FieldResolver(() => [String], { description: 'Avertissements : surveillants en nombre insuffisant, candidats dont le temps dépasse la durée d’une session' })
  async warnings(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    const centre = await ctx.em.findOneOrFail(CertificationCenter, { id: session.certificationCenter.id }, { populate: ['organization'] });
    const rule = centre.organization ? ctx.rules.for('sessionRules', centre.organization) : null;
    if (!rule) return [];
    const candidates = await ctx.em.find(CertificationCandidate, { session: session.id });
    const warnings: string[] = [];
    if (candidates.length > rule.maxCandidatesPerInvigilator * session.invigilatorCount) {
      warnings.push(`${candidates.length} candidats pour ${session.invigilatorCount} surveillant(s) : il en faut au moins un pour ${rule.maxCandidatesPerInvigilator}.`);
    }
    const long = candidates.filter((c) => 105 * (1 + c.extraTimePercentage / 100) > rule.maxSessionMinutes);
    if (long.length) warnings.push(`${long.map((c) => `${c.firstName} ${c.lastName}`).join(', ')} : avec le temps majoré, le test dépasse ${rule.maxSessionMinutes / 60} heures ; prévoyez une session à part.`);
    return warnings;
  }

  @FieldResolver(() => Boolean, { description: 'Un candidat a commencé : la session ne se modifie plus' })
  hasStarted(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    return hasStarted(ctx.em, session.id);
  }

  @FieldResolver(() => String, { description: 'Feuille d’émargement (PDF, lien valable 15 minutes)' })
  async attendanceSheetUrl(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    await sessionFor(ctx, session.id, 'staff');
    return sessionDocumentUrl(ctx, session.id, 'attendance-sheet', ctx.access.requireUserId());
  }

  @FieldResolver(() => String, { description: 'Kit surveillant (PDF)' })
  async invigilatorKitUrl(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    await sessionFor(ctx, session.id, 'staff');
    return sessionDocumentUrl(ctx, session.id, 'invigilator-kit', ctx.access.requireUserId());
  }

  @FieldResolver(() => String, { description: 'Procès-verbal d’incidents vierge (PDF)' })
  async incidentReportUrl(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    await sessionFor(ctx, session.id, 'staff');
    return sessionDocumentUrl(ctx, session.id, 'incident-report', ctx.access.requireUserId());
  }

  @FieldResolver(() => String, { description: 'Dossier surveillant : kit, feuille d’émargement et PV d’incidents en un PDF' })
  async invigilatorPackUrl(@Root() session: CertificationSession, @Ctx() ctx: RequestContext) {
    await sessionFor(ctx, session.id, 'staff');
    return sessionDocumentUrl(ctx, session.id, 'invigilator-pack', ctx.access.requireUserId());
  }
}

/** The candidate's test: carried by a live-view row, else read through the request's loader. */
function withTest<T>(candidate: CandidateLike, ctx: RequestContext, read: (test: CandidateTest | null) => T): T | Promise<T> {
  if (candidate.test !== undefined) return read(candidate.test);
  return ctx.loaders.candidateTest.load(candidate.id).then(read);
}

@Resolver(() => CertificationCandidateType)
export class CertificationCandidateResolver {
  // A row of the live view carries its test: answered without waiting (the view has 20 to 200 candidates × 5 fields).
  @FieldResolver(() => CandidateLiveStatus)
  liveStatus(@Root() candidate: CandidateLike, @Ctx() ctx: RequestContext) {
    return withTest(candidate, ctx, (test) => liveStatus(candidate, test, ctx.now()));
  }

  @FieldResolver(() => Int)
  answeredCount(@Root() candidate: CandidateLike, @Ctx() ctx: RequestContext) {
    return withTest(candidate, ctx, (test) => test?.answeredCount ?? 0);
  }

  @FieldResolver(() => Int)
  challengeCount(@Root() candidate: CandidateLike, @Ctx() ctx: RequestContext) {
    return withTest(candidate, ctx, (test) => test?.challengeCount ?? 0);
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'Fin du temps imparti' })
  endsAt(@Root() candidate: CandidateLike, @Ctx() ctx: RequestContext) {
    return withTest(candidate, ctx, (test) => test?.endsAt ?? null);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Secondes restantes, une fois le test commencé' })
  timeLeftSeconds(@Root() candidate: CandidateLike, @Ctx() ctx: RequestContext) {
    return withTest(candidate, ctx, (test) => {
      if (!test?.endsAt || test.state !== 'STARTED') return null;
      return Math.max(0, Math.round((test.endsAt.getTime() - ctx.now().getTime()) / 1000));
    });
  }

  @FieldResolver(() => AssessmentGqlType, { nullable: true, description: 'Le test du candidat (pour le candidat lui-même)' })
  async assessment(@Root() candidate: CandidateLike, @Ctx() ctx: RequestContext) {
    if (!candidate.user || candidate.user.id !== ctx.access.userId) return null;
    return ctx.em.findOne(Assessment, { certificationCandidate: candidate.id });
  }

  @FieldResolver(() => CertificationSessionType, { nullable: true, description: 'La session (pour le candidat lui-même et le centre)' })
  async session(@Root() candidate: CandidateLike, @Ctx() ctx: RequestContext) {
    if (candidate.user && candidate.user.id === ctx.access.userId) return ctx.em.findOne(CertificationSession, { id: candidate.session.id });
    return sessionFor(ctx, candidate.session.id, 'staff-or-invigilator');
  }
}
