import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { changePassword } from './change-password.js';
import type { RequestContext } from '../../graphql/context.js';
import { PersonalDataOfUser } from '../../graphql/personal-data.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ProfileType } from '../profile/profile.types.js';
import type { ProfileView } from '../profile/profile-rules.js';
import { OrganizationGqlType, OrganizationMembershipType } from '../organization/organization.types.js';
import { CertificateType, CertificationCenterType } from '../certification/certification.types.js';
import { CampaignParticipationType } from '../campaign/campaign.types.js';
import { signIn } from './sign-in.js';
import { signUp } from './sign-up.js';
import { signToken } from './token.js';
import type { User } from './user.entity.js';
import { AuthPayloadType, SignUpInput, UserType } from './user.types.js';
import { listCertificates, listCertificationCenters, listMemberships } from './user-links.js';

type UserRoot = { id: number };

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'L’utilisateur connecté ; null sans connexion' })
  me(@Ctx() ctx: RequestContext): UserRoot | null {
    const id = ctx.access.userId;
    return id ? { id } : null;
  }

  @Mutation(() => AuthPayloadType, { description: 'Connexion par adresse e-mail ou identifiant' })
  async signIn(@Arg('login', () => String) login: string, @Arg('password', () => String) password: string, @Ctx() ctx: RequestContext) {
    const user = await signIn(ctx.em, login, password, ctx.now(), ctx.clientIp);
    return this.payload(user, ctx);
  }

  @Mutation(() => AuthPayloadType, { description: 'Création d’un compte avec une adresse e-mail' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: RequestContext) {
    const user = await signUp(ctx.em, input, ctx.now());
    return this.payload(user, ctx);
  }

  @Authorized('USER')
  @Mutation(() => UserType, { description: 'Change le mot de passe (obligatoire après un mot de passe provisoire)' })
  async changePassword(@Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: RequestContext) {
    const user = await changePassword(ctx.em, ctx.access.requireUserId(), currentPassword, newPassword);
    ctx.loaders.user.clear(user.id).prime(user.id, user);
    return { id: user.id };
  }

  private async payload(user: User, ctx: RequestContext) {
    ctx.access.signedInAs(user.id);
    ctx.loaders.user.prime(user.id, user);
    return { token: await signToken({ kind: 'user', userId: user.id }, ctx.config.authSecret, ctx.config.tokenTtlSeconds), user: { id: user.id } };
  }

  private async load(root: UserRoot, ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.user.load(Number(root.id));
    if (!user) throw new Error(`Utilisateur ${root.id} introuvable`);
    return user;
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => String)
  async firstName(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return (await this.load(root, ctx)).firstName;
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => String)
  async lastName(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return (await this.load(root, ctx)).lastName;
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => String, { nullable: true })
  async email(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return (await this.load(root, ctx)).email ?? null;
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => String, { nullable: true, description: 'Identifiant généré (prénom.nom + JJMM), pour les élèves sans e-mail' })
  async username(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return (await this.load(root, ctx)).username ?? null;
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => DateScalar, { nullable: true })
  async birthdate(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return (await this.load(root, ctx)).birthdate ?? null;
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => Boolean, { description: 'Mot de passe provisoire à remplacer à la première connexion' })
  async mustChangePassword(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return (await this.load(root, ctx)).mustChangePassword;
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => [String], { description: 'Rôles sur la plateforme : ADMIN, JURY' })
  async platformRoles(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return (await this.load(root, ctx)).platformRoles;
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => ProfileType)
  profile(@Root() root: UserRoot, @Ctx() ctx: RequestContext): Promise<ProfileView> {
    return ctx.loaders.profile.load(Number(root.id));
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => [CertificateType], { description: 'Certifications publiées' })
  certificates(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return listCertificates(ctx.em, Number(root.id));
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => [CampaignParticipationType])
  participations(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return ctx.loaders.participationsOfUser.load(Number(root.id));
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => [OrganizationGqlType], { description: 'Les organisations dont l’utilisateur est membre' })
  async organizations(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return (await listMemberships(ctx.em, Number(root.id))).map((m) => m.organization);
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => [OrganizationMembershipType], { description: 'Les organisations dont l’utilisateur est membre, avec son rôle' })
  memberships(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return listMemberships(ctx.em, Number(root.id));
  }

  @UseMiddleware(PersonalDataOfUser)
  @FieldResolver(() => [CertificationCenterType], { description: 'Les centres de certification dont l’utilisateur est membre' })
  certificationCenters(@Root() root: UserRoot, @Ctx() ctx: RequestContext) {
    return listCertificationCenters(ctx.em, Number(root.id));
  }
}
