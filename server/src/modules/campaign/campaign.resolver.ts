import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rules } from '../../graphql/auth-checker.js';
import type { RequestContext } from '../../graphql/context.js';
import { AccessForbiddenError } from '../../graphql/errors.js';
import { UserType } from '../identity/user.types.js';
import { StudentType } from '../organization/organization.types.js';
import { Assessment } from '../positioning/assessment.entity.js';
import { AssessmentGqlType } from '../positioning/positioning.types.js';
import { Campaign, CampaignParticipation, CampaignType } from './campaign.entity.js';
import {
  CampaignGqlType, CampaignParticipationConnectionType, CampaignParticipationType, CampaignPreviewType, CollectiveCompetenceResultType,
  CampaignExportType, CompetenceResultType, CreateCampaignInput, LearnerIdentityInput, StageType, TargetProfileType, TopicToReinforceType,
} from './campaign.types.js';
import { archiveCampaign } from './archive-campaign.js';
import { campaignCsvUrl, exportFileUrl } from './campaign-export-url.js';
import { CampaignExport, ExportStatus } from './campaign-export.entity.js';
import { requestCampaignExport } from './run-campaign-export.js';
import { collectiveResults, topicsToReinforce } from './collective-results.js';
import { createCampaign } from './create-campaign.js';
import { CampaignNotFoundError } from './errors.js';
import { findCampaignByCode, joinCampaign, requiresStudentReconciliation } from './join-campaign.js';
import { listParticipations } from './list-participations.js';
import { shareCampaignResults } from './share-campaign-results.js';
import type { TargetProfile } from '../referential/load-content.js';

const orgOfArgs = ({ args }: { args: Record<string, unknown> }) => (args.input as { organizationId: string }).organizationId;

async function campaignForMember(ctx: RequestContext, id: number): Promise<Campaign> {
  const campaign = Number.isInteger(id) ? await ctx.em.findOne(Campaign, { id }) : null;
  if (!campaign) throw new CampaignNotFoundError();
  if (!(await ctx.access.isOrganizationMember(campaign.organization.id)) && !(await ctx.access.hasPlatformRole('ADMIN'))) throw new AccessForbiddenError();
  return campaign;
}

export function targetProfileView(tp: TargetProfile) {
  return { id: tp.id, name: tp.name, description: tp.description, skillsCount: tp.skillIds.size };
}

@Resolver(() => CampaignGqlType)
export class CampaignResolver {
  @Authorized()
  @Query(() => CampaignGqlType, { nullable: true, description: 'Une campagne d’une organisation dont vous êtes membre' })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return campaignForMember(ctx, Number(id));
  }

  @Query(() => CampaignPreviewType, { nullable: true, description: 'Public : ce qu’un apprenant voit avant de rejoindre une campagne' })
  async campaignByCode(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext) {
    const campaign = await findCampaignByCode(ctx.em, code).catch(() => null);
    if (!campaign) return null;
    return {
      code: campaign.code,
      name: campaign.name,
      type: campaign.type,
      organizationName: campaign.organization.name,
      requiresStudentReconciliation: await requiresStudentReconciliation(ctx.em, campaign.organization),
      isArchived: !!campaign.archivedAt,
      targetProfileName: ctx.referential.targetProfileById.get(campaign.targetProfileId ?? '')?.name ?? null,
    };
  }

  @Authorized(Rules.organizationMember(orgOfArgs))
  @Mutation(() => CampaignGqlType)
  createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: RequestContext) {
    return createCampaign(ctx.em, ctx, ctx.access.requireUserId(), input);
  }

  @Authorized()
  @Mutation(() => CampaignGqlType, { description: 'Archive une campagne : elle n’accepte plus de participants' })
  async archiveCampaign(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: RequestContext) {
    return archiveCampaign(ctx.em, ctx, await campaignForMember(ctx, Number(campaignId)));
  }

  @Authorized('USER')
  @Mutation(() => CampaignParticipationType, { description: '« J’ai un code » : rejoint une campagne, en se rattachant à son élève si l’établissement l’exige' })
  joinCampaign(
    @Arg('code', () => String) code: string,
    @Arg('identity', () => LearnerIdentityInput, { nullable: true }) identity: LearnerIdentityInput | null,
    @Ctx() ctx: RequestContext,
  ) {
    return joinCampaign(ctx.em, ctx, ctx.access.requireUserId(), code, identity);
  }

  @Authorized('USER')
  @Mutation(() => CampaignParticipationType, { description: 'Envoie ses résultats à l’organisation' })
  shareCampaignResults(@Arg('participationId', () => ID) participationId: string, @Ctx() ctx: RequestContext) {
    return shareCampaignResults(ctx.em, ctx, ctx.access.requireUserId(), Number(participationId));
  }

  @FieldResolver(() => TargetProfileType, { nullable: true })
  targetProfile(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    const tp = ctx.referential.targetProfileById.get(campaign.targetProfileId ?? '');
    return tp ? targetProfileView(tp) : null;
  }

  @FieldResolver(() => CampaignParticipationConnectionType)
  async participations(
    @Root() campaign: Campaign,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    await campaignForMember(ctx, campaign.id);
    return listParticipations(ctx.em, campaign.id, { first, after });
  }

  @FieldResolver(() => String, { description: 'Lien de téléchargement du CSV des résultats (valable 15 minutes)' })
  async csvExportUrl(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    await campaignForMember(ctx, campaign.id);
    return campaignCsvUrl(ctx, campaign.id, ctx.access.requireUserId());
  }

  @FieldResolver(() => [CollectiveCompetenceResultType], { description: 'Maîtrise moyenne par compétence, sur les résultats envoyés' })
  async collectiveResults(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    await campaignForMember(ctx, campaign.id);
    return collectiveResults(ctx.em, ctx.referential, campaign.id);
  }

  @FieldResolver(() => [TopicToReinforceType], { description: 'Les sujets les moins maîtrisés, à retravailler' })
  async topicsToReinforce(@Root() campaign: Campaign, @Ctx() ctx: RequestContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    await campaignForMember(ctx, campaign.id);
    return topicsToReinforce(ctx.em, ctx.referential, campaign.id, Math.min(Math.max(first ?? 5, 1), 50));
  }
}

@Resolver(() => CampaignExportType)
export class CampaignExportResolver {
  @Authorized()
  @Mutation(() => CampaignExportType, { description: 'Prépare le CSV des résultats en tâche de fond' })
  async startCampaignExport(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: RequestContext) {
    return requestCampaignExport(ctx.em, ctx, await campaignForMember(ctx, Number(campaignId)), ctx.access.requireUserId());
  }

  @Authorized()
  @Query(() => CampaignExportType, { nullable: true, description: 'L’avancement d’un export' })
  async campaignExport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const job = Number.isInteger(Number(id)) ? await ctx.em.findOne(CampaignExport, { id: Number(id) }) : null;
    if (!job) throw new CampaignNotFoundError();
    await campaignForMember(ctx, job.campaign.id);
    return job;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Lien de téléchargement une fois terminé (valable 15 minutes)' })
  downloadUrl(@Root() job: CampaignExport, @Ctx() ctx: RequestContext) {
    return job.status === ExportStatus.SUCCEEDED ? exportFileUrl(ctx, job.id, ctx.access.requireUserId()) : null;
  }
}

@Resolver(() => CampaignParticipationType)
export class CampaignParticipationResolver {
  @FieldResolver(() => CampaignGqlType)
  campaign(@Root() participation: CampaignParticipation) {
    return participation.campaign;
  }

  @FieldResolver(() => UserType)
  participant(@Root() participation: CampaignParticipation) {
    return { id: participation.user.id };
  }

  @FieldResolver(() => StudentType, { nullable: true })
  student(@Root() participation: CampaignParticipation) {
    return participation.student ?? null;
  }

  @FieldResolver(() => AssessmentGqlType, { nullable: true, description: 'Le test du parcours (campagnes d’évaluation)' })
  assessment(@Root() participation: CampaignParticipation, @Ctx() ctx: RequestContext) {
    if (participation.user.id !== ctx.access.userId) return null;
    return ctx.em.findOne(Assessment, { campaignParticipation: participation.id }, { orderBy: { id: 'desc' } });
  }

  @FieldResolver(() => Int, { description: 'Avancement en % (100 une fois le parcours terminé)' })
  progress(@Root() participation: CampaignParticipation, @Ctx() ctx: RequestContext) {
    if (participation.status !== 'STARTED' || participation.campaign.type !== CampaignType.ASSESSMENT) return 100;
    return ctx.loaders.progress.load(`${participation.campaign.id}:${participation.user.id}`);
  }

  @FieldResolver(() => StageType, { nullable: true, description: 'Le palier atteint, une fois envoyé' })
  stage(@Root() participation: CampaignParticipation, @Ctx() ctx: RequestContext) {
    const tp = ctx.referential.targetProfileById.get(participation.campaign.targetProfileId ?? '');
    if (!tp || participation.stageIndex == null) return null;
    const stage = tp.stages[participation.stageIndex];
    return { index: participation.stageIndex, total: tp.stages.length, ...stage };
  }

  @FieldResolver(() => [CompetenceResultType], { description: 'Niveau, pix et maîtrise par compétence, une fois envoyé' })
  competenceResults(@Root() participation: CampaignParticipation, @Ctx() ctx: RequestContext) {
    const shared = participation.sharedCompetences ?? {};
    return ctx.referential.competences
      .filter((c) => shared[c.code])
      .map((c) => ({ competenceCode: c.code, level: shared[c.code].level, pix: shared[c.code].pix, masteryPercentage: shared[c.code].mastery ?? null }));
  }
}
