import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity.js';
import { CampaignGqlType, TargetProfileType } from '../campaign/campaign.types.js';
import { targetProfileView } from '../campaign/campaign.resolver.js';
import { createSosCampaign } from '../campaign/create-sos-campaign.js';
import { Rules } from '../../graphql/auth-checker.js';
import type { RequestContext } from '../../graphql/context.js';
import { Organization } from './organization.entity.js';
import { OrganizationGqlType, StudentConnectionType, StudentType } from './organization.types.js';
import { listStudents } from './list-students.js';
import type { Student } from './student.entity.js';
import { UserType } from '../identity/user.types.js';

const fromArgs = ({ args }: { args: Record<string, unknown> }) => args.id as string;
const fromRoot = ({ root }: { root: unknown }) => (root as Organization).id;

@Resolver(() => OrganizationGqlType)
export class OrganizationResolver {
  @Authorized(Rules.organizationMember(fromArgs))
  @Query(() => OrganizationGqlType, { nullable: true, description: 'Une organisation dont vous êtes membre' })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return ctx.em.findOne(Organization, { id: Number(id) });
  }

  @Authorized(Rules.organizationMember(fromRoot))
  @FieldResolver(() => [String], { description: 'Les classes des élèves importés, dans l’ordre' })
  divisions(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<string[]> {
    return ctx.loaders.divisions.load(organization.id);
  }

  @Authorized(Rules.organizationMember(fromRoot))
  @FieldResolver(() => [CampaignGqlType], { description: 'Les campagnes, les plus récentes d’abord' })
  campaigns(@Root() organization: Organization, @Ctx() ctx: RequestContext, @Arg('includeArchived', () => Boolean, { nullable: true }) includeArchived?: boolean) {
    return ctx.em.find(Campaign, { organization: organization.id, ...(includeArchived ? {} : { archivedAt: null }) }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  @Authorized(Rules.organizationMember(fromRoot))
  @FieldResolver(() => [TargetProfileType], { description: 'Les parcours que l’organisation peut proposer' })
  targetProfiles(@Root() organization: Organization, @Ctx() ctx: RequestContext) {
    // A school-level plugin names its catalogue; otherwise the profiles whose audience matches the tags. The
    // competence-wide profiles (no audience) are for everyone.
    const catalogue = ctx.rules.for('targetProfileCatalogue', organization);
    return ctx.referential.targetProfiles
      .filter((tp) => tp.audienceTags.length === 0
        || (catalogue ? catalogue.namePrefixes.some((p) => tp.name.startsWith(p)) : tp.audienceTags.some((t) => organization.tags.includes(t))))
      .map(targetProfileView);
  }

  @Authorized(Rules.organizationMember(({ args }) => args.organizationId as string))
  @Mutation(() => CampaignGqlType, { description: 'Crée (ou retrouve) la campagne « SOS élève non certifiable » de l’établissement' })
  createSosCampaign(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: RequestContext) {
    return createSosCampaign(ctx.em, ctx, ctx.access.requireUserId(), Number(organizationId));
  }

  @Authorized(Rules.organizationMember(fromRoot))
  @FieldResolver(() => StudentConnectionType, { description: 'Les élèves présents, par ordre alphabétique' })
  students(
    @Root() organization: Organization,
    @Ctx() ctx: RequestContext,
    @Arg('division', () => String, { nullable: true }) division?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('search', () => String, { nullable: true, description: 'Nom, prénom ou INE' }) search?: string,
  ) {
    return listStudents(ctx.em, organization.id, { division, first, after, search });
  }
}

@Resolver(() => StudentType)
export class StudentResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'Le compte de l’élève, une fois rattaché' })
  user(@Root() student: Student) {
    return student.user ? { id: student.user.id } : null;
  }
}
