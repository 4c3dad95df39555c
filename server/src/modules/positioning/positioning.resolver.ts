import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AccessForbiddenError } from '../../graphql/errors.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { LoadedChallenge } from '../referential/load-content.js';
import { CompetenceType } from '../referential/referential.types.js';
import { ScorecardType } from '../profile/profile.types.js';
import { Assessment } from './assessment.entity.js';
import { CampaignParticipation } from '../campaign/campaign.entity.js';
import { CampaignParticipationType } from '../campaign/campaign.types.js';
import { expectedAnswer } from './check-answer.js';
import { checkpointOf } from './checkpoint.js';
import { AssessmentNotFoundError, ChallengeNotFoundError } from './errors.js';
import { currentChallenge, questionDecided } from './next-challenge.js';
import { resetCompetence } from './reset-competence.js';
import { startCompetenceEvaluation } from './start-competence-evaluation.js';
import { submitAnswer } from './submit-answer.js';
import {
  AnswerInput, AnswerResultType, AnswerReviewType, AssessmentGqlType, AttachmentType, ChallengeGqlType, ChallengeTypeEnum, EmbedType, IllustrationType,
} from './positioning.types.js';

/** Decides the current question (or the end) before any field is read, so state and nextChallenge agree. */
async function settled(ctx: RequestContext, assessment: Assessment): Promise<Assessment> {
  await currentChallenge(ctx.em, ctx, assessment);
  return assessment;
}

async function ownAssessment(ctx: RequestContext, id: string): Promise<Assessment> {
  if (!/^\d{1,18}$/.test(id)) throw new AssessmentNotFoundError();
  const assessment = await ctx.em.findOne(Assessment, { id });
  if (!assessment) throw new AssessmentNotFoundError();
  if (assessment.user.id !== ctx.access.userId && !(await ctx.access.hasPlatformRole('ADMIN'))) throw new AssessmentNotFoundError();
  return settled(ctx, assessment);
}

@Resolver(() => AssessmentGqlType)
export class AssessmentResolver {
  @Authorized()
  @Query(() => AssessmentGqlType, { nullable: true, description: 'Un de vos tests' })
  assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ownAssessment(ctx, id);
  }

  @Authorized('USER')
  @Mutation(() => AssessmentGqlType, { description: 'Commence le positionnement sur une compétence, ou reprend celui en cours' })
  async startCompetenceEvaluation(@Arg('competenceCode', () => String) competenceCode: string, @Ctx() ctx: RequestContext) {
    return settled(ctx, await startCompetenceEvaluation(ctx.em, ctx, ctx.access.requireUserId(), competenceCode));
  }

  @Authorized('USER')
  @Mutation(() => AnswerResultType, { description: 'Enregistre une réponse ; sans effet si le même clientAnswerId a déjà été reçu' })
  async submitAnswer(@Arg('input', () => AnswerInput) input: AnswerInput, @Ctx() ctx: RequestContext) {
    const result = await submitAnswer(ctx.em, ctx, ctx.access.requireUserId(), input);
    if (!result.replayed) ctx.metrics.answersStored.inc();
    // The short path hands back the test as its write left it, already on its next question (or ended): the
    // acknowledgement reads nothing more.
    if (result.test && questionDecided(result.test, ctx)) return { status: result.status, assessment: result.test };
    // A fresh EntityManager: the request's own may hold the test as it was before the answer.
    const em = ctx.em.fork();
    const assessment = await em.findOneOrFail(Assessment, { id: result.assessmentId });
    await currentChallenge(em, ctx, assessment);
    return { status: result.status, assessment };
  }

  @Authorized('USER')
  @Mutation(() => ScorecardType, { description: 'Remet une compétence à zéro (après le délai)' })
  resetCompetence(@Arg('competenceCode', () => String) competenceCode: string, @Ctx() ctx: RequestContext) {
    return resetCompetence(ctx.em, ctx, ctx.access.requireUserId(), competenceCode);
  }

  @FieldResolver(() => ChallengeGqlType, { nullable: true, description: 'La question en cours ; null quand le test est fini' })
  nextChallenge(@Root() assessment: Assessment, @Ctx() ctx: RequestContext) {
    if (assessment.state !== 'STARTED' || !assessment.currentChallengeId) return null;
    return ctx.referential.challengeById.get(assessment.currentChallengeId) ?? null;
  }

  @FieldResolver(() => [AnswerReviewType], { nullable: true, description: 'Après chaque série de 5 réponses, et à la fin : les réponses, les bonnes réponses, des tutoriels' })
  checkpoint(@Root() assessment: Assessment, @Ctx() ctx: RequestContext) {
    return checkpointOf(ctx.em, ctx, assessment);
  }

  @FieldResolver(() => CompetenceType, { nullable: true })
  competence(@Root() assessment: Assessment, @Ctx() ctx: RequestContext) {
    return assessment.competenceCode ? ctx.referential.competenceByCode.get(assessment.competenceCode) ?? null : null;
  }

  @FieldResolver(() => CampaignParticipationType, { nullable: true, description: 'La participation à la campagne dont ce test est le parcours' })
  campaignParticipation(@Root() assessment: Assessment, @Ctx() ctx: RequestContext) {
    if (!assessment.campaignParticipation) return null;
    return ctx.em.findOne(CampaignParticipation, { id: assessment.campaignParticipation.id }, { populate: ['campaign'] });
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'Certification : début + 105 min + temps majoré' })
  endsAt(@Root() assessment: Assessment): Date | null {
    return assessment.endsAt ?? null;
  }
}

@Resolver(() => AnswerReviewType)
export class AnswerReviewResolver {
  @FieldResolver(() => ChallengeGqlType)
  challenge(@Root() review: { loaded: LoadedChallenge }) {
    return review.loaded;
  }
}

const TYPE: Record<string, ChallengeTypeEnum> = { QCU: ChallengeTypeEnum.QCU, QCM: ChallengeTypeEnum.QCM, QROC: ChallengeTypeEnum.QROC, 'QROCM-ind': ChallengeTypeEnum.QROCM_IND, 'QROCM-dep': ChallengeTypeEnum.QROCM_DEP };

@Resolver(() => ChallengeGqlType)
export class ChallengeResolver {
  @Authorized('PLATFORM_ADMIN')
  @Query(() => ChallengeGqlType, { nullable: true, description: 'Aperçu d’une épreuve, avec sa solution (administrateurs)' })
  challenge(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const loaded = ctx.referential.challengeById.get(id);
    if (!loaded) throw new ChallengeNotFoundError();
    return loaded;
  }

  @FieldResolver(() => ID) id(@Root() c: LoadedChallenge) { return c.challenge.id; }
  @FieldResolver(() => ChallengeTypeEnum) type(@Root() c: LoadedChallenge) { return TYPE[c.challenge.type]; }
  @FieldResolver(() => String, { description: 'Consigne (Markdown simple)' }) instruction(@Root() c: LoadedChallenge) { return c.challenge.instruction; }

  @FieldResolver(() => [String], { description: 'Choix pour QCU/QCM, libellés des champs pour QROC(M)' })
  proposals(@Root() { challenge: c }: LoadedChallenge): string[] {
    return 'fields' in c ? c.fields.map((f) => f.label) : c.proposals;
  }

  @FieldResolver(() => Int, { nullable: true }) timerSeconds(@Root() c: LoadedChallenge) { return c.challenge.timerSeconds ?? null; }
  @FieldResolver(() => Boolean, { description: 'Quitter la page pendant l’épreuve est signalé' }) focused(@Root() c: LoadedChallenge) { return !!c.challenge.focused; }
  @FieldResolver(() => IllustrationType, { nullable: true }) illustration(@Root() c: LoadedChallenge) { return c.challenge.illustration ?? null; }
  @FieldResolver(() => AttachmentType, { nullable: true }) attachment(@Root() c: LoadedChallenge) { return c.challenge.attachment ?? null; }
  @FieldResolver(() => EmbedType, { nullable: true }) embed(@Root() c: LoadedChallenge) { return c.challenge.embed ?? null; }

  @FieldResolver(() => CompetenceType)
  competence(@Root() c: LoadedChallenge, @Ctx() ctx: RequestContext) {
    return ctx.referential.competenceByCode.get(c.skill.competenceCode);
  }

  /** Never sent to learners: only platform admins previewing content see it. */
  @FieldResolver(() => [String], { nullable: true, description: 'Une réponse acceptée (administrateurs)' })
  async solution(@Root() c: LoadedChallenge, @Ctx() ctx: RequestContext) {
    if (!(await ctx.access.hasPlatformRole('ADMIN'))) throw new AccessForbiddenError('La solution d’une épreuve est réservée aux administrateurs.');
    return expectedAnswer(c.challenge);
  }
}
