// The GraphQL side of portal sign-in (finishing a first visit, the accounts linked) and the portal's summary.
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../server/src/plugin-api/index.js';
import { completeExternalSignIn } from './complete-sign-in.js';
import { ExternalIdentity } from './external-identity.entity.js';
import { verifyPending } from './external-sign-in.js';
import { AuthPayloadType, Certificate, DateScalar, signToken } from '../../server/src/plugin-api/index.js';

@ObjectType('ExternalIdentity', { description: 'Un compte d’ENT (GAR ou OpenID Connect) rattaché au compte connecté' })
export class ExternalIdentityType {
  @Field(() => String, { description: '« GAR », ou « OIDC: » suivi de l’adresse du fournisseur' })
  provider!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Dernière connexion par ce compte d’ENT' })
  lastSignInAt?: Date | null;
}

export enum PortalCertificateStatus { NONE = 'NONE', CERTIFIED = 'CERTIFIED' }
registerEnumType(PortalCertificateStatus, { name: 'PortalCertificateStatus', description: 'NONE : aucune certification publiée ; CERTIFIED : au moins une' });

@ObjectType('PortalSummary', { description: 'Le résumé qu’un ENT affiche à l’élève connecté' })
export class PortalSummaryType {
  @Field(() => Int) totalPix!: number;
  @Field(() => Boolean) isCertifiable!: boolean;
  @Field(() => Int) certifiableCompetencesCount!: number;
  @Field(() => PortalCertificateStatus) certificateStatus!: PortalCertificateStatus;
  @Field(() => Int, { nullable: true, description: 'Score en pix de la dernière certification publiée' })
  lastCertificateScore?: number | null;
}

@Resolver()
export class ExternalSignInResolver {
  @Mutation(() => AuthPayloadType, {
    description: 'Première connexion depuis un ENT : crée le compte, rejoint la campagne en se rattachant à l’élève importé par l’établissement, et connecte',
  })
  async completeExternalSignIn(
    @Arg('pending', () => String, { description: 'Le jeton reçu sur /gar/rattachement' }) pending: string,
    @Arg('campaignCode', () => String) campaignCode: string,
    @Arg('birthdate', () => DateScalar) birthdate: string,
    @Ctx() ctx: RequestContext,
  ) {
    const profile = await verifyPending(pending, ctx.config.authSecret, ctx.now());
    const user = await completeExternalSignIn(ctx.em, ctx, profile, campaignCode, birthdate);
    ctx.access.signedInAs(user.id);
    return { token: await signToken({ kind: 'user', userId: user.id }, ctx.config.authSecret, ctx.config.tokenTtlSeconds), user: { id: user.id } };
  }

  @Authorized('USER')
  @Query(() => [ExternalIdentityType], { description: 'Les comptes d’ENT rattachés au compte connecté' })
  myExternalIdentities(@Ctx() ctx: RequestContext) {
    return ctx.em.find(ExternalIdentity, { user: ctx.access.requireUserId() }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @Authorized('USER')
  @Query(() => PortalSummaryType, { nullable: true, description: 'Pour l’ENT : pix, certificabilité et certification de l’élève connecté' })
  async portalLearnerSummary(@Ctx() ctx: RequestContext): Promise<PortalSummaryType> {
    const userId = ctx.access.requireUserId();
    const [profile, certificate] = await Promise.all([
      ctx.loaders.profile.load(userId),
      ctx.em.findOne(Certificate, { user: userId, isPublished: true }, { orderBy: { deliveredAt: 'desc', id: 'desc' } }),
    ]);
    return {
      totalPix: profile.totalPix,
      isCertifiable: profile.isCertifiable,
      certifiableCompetencesCount: profile.certifiableCompetencesCount,
      certificateStatus: certificate ? PortalCertificateStatus.CERTIFIED : PortalCertificateStatus.NONE,
      lastCertificateScore: certificate?.pixScore ?? null,
    };
  }
}
