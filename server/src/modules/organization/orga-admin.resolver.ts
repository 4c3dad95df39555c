// Running an organisation: student imports, activation, invitations, members; and the development outbox.
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Rules } from '../../graphql/auth-checker.js';
import type { RequestContext } from '../../graphql/context.js';
import { AccessForbiddenError } from '../../graphql/errors.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { OutboxEmail } from '../mail/outbox-email.entity.js';
import { importStudents } from './import-students.js';
import { generateStudentAccounts } from './generate-student-accounts.js';
import { OrganizationInvitation } from './invitation.entity.js';
import { acceptInvitation, findInvitation, inviteMembers, maskEmail, requestActivation } from './invitations.js';
import { Membership, MembershipRole } from './membership.entity.js';
import type { Organization } from './organization.entity.js';
import { OrganizationGqlType, OrganizationMembershipType } from './organization.types.js';
import { ImportStatus, StudentFileFormat, StudentImport } from './student-import.entity.js';
import { AppError } from '../../graphql/errors.js';

registerEnumType(ImportStatus, { name: 'ImportStatus' });
registerEnumType(StudentFileFormat, { name: 'StudentFileFormat' });

@ObjectType('ImportError')
class ImportErrorType {
  @Field(() => Int, { nullable: true }) line?: number;
  @Field(() => String, { nullable: true }) studentId?: string;
  @Field(() => String, { nullable: true }) field?: string;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType('StudentImport', { description: 'Un import d’élèves, en tâche de fond ; tout ou rien' })
export class StudentImportType {
  @Field(() => ID) id!: number;
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field(() => StudentFileFormat) format!: StudentFileFormat;
  @Field(() => Int, { description: 'Avancement, de 0 à 100' }) progress!: number;
  @Field(() => Int, { description: 'Élèves importés (créés ou mis à jour)' }) importedCount!: number;
  @Field(() => Int) createdCount!: number;
  @Field(() => Int, { description: 'Élèves ignorés : sortis, ou sans classe' }) skippedCount!: number;
  @Field(() => Int, { description: 'Élèves absents du fichier, marqués comme partis' }) leftCount!: number;
  @Field(() => [ImportErrorType]) errors!: ImportErrorType[];
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt?: Date | null;
}

@ObjectType('ActivationRequest')
class ActivationRequestType {
  @Field(() => String, { description: 'L’adresse officielle de l’établissement, masquée, où le lien a été envoyé' }) emailHint!: string;
}

@ObjectType('InvitationPreview')
class InvitationPreviewType {
  @Field(() => String) organizationName!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field(() => String) email!: string;
  @Field(() => DateTimeScalar) expiresAt!: Date;
  @Field(() => Boolean) isExpired!: boolean;
  @Field(() => Boolean) isAccepted!: boolean;
}

@ObjectType('Member', { description: 'Un membre de l’organisation' })
class MemberType {
  @Field(() => ID) userId!: number;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => MembershipRole) role!: MembershipRole;
}

@ObjectType('PendingInvitation')
class PendingInvitationType {
  @Field(() => String) email!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field(() => DateTimeScalar) expiresAt!: Date;
}

@ObjectType('StudentCredential', { description: 'Identifiant d’un élève, pour la liste à imprimer' })
class StudentCredentialType {
  @Field(() => ID) studentId!: number;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) division?: string | null;
  @Field(() => String, { nullable: true }) username?: string | null;
  @Field(() => String, { nullable: true, description: 'Seulement pour les comptes créés maintenant ; à changer à la première connexion' }) temporaryPassword?: string | null;
}

@ObjectType('OutboxEmail', { description: 'Un e-mail de la boîte d’envoi (développement et administrateurs)' })
class OutboxEmailType {
  @Field(() => ID) id!: string;
  @Field(() => String) to!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) text!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt?: Date | null;
}

class ImportNotFoundError extends AppError {
  constructor() { super('IMPORT_NOT_FOUND', 'Cet import n’existe pas.'); }
}

const orgArg = ({ args }: { args: Record<string, unknown> }) => args.organizationId as string;
const fromRoot = ({ root }: { root: unknown }) => (root as Organization).id;

@Resolver(() => StudentImportType)
export class StudentImportResolver {
  @Authorized()
  @Query(() => StudentImportType, { nullable: true, description: 'L’avancement d’un import d’élèves' })
  async studentImport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const job = Number.isInteger(Number(id)) ? await ctx.em.findOne(StudentImport, { id: Number(id) }) : null;
    if (!job) throw new ImportNotFoundError();
    if (!(await ctx.access.isOrganizationMember(job.organization.id)) && !(await ctx.access.hasPlatformRole('ADMIN'))) throw new AccessForbiddenError();
    return job;
  }

  @Authorized(Rules.organizationAdmin(orgArg))
  @Mutation(() => StudentImportType, { description: 'Importe les élèves (SIECLE XML, ou ZIP en base64, ou CSV « ; »)' })
  importStudents(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('file', () => String) file: string,
    @Arg('format', () => StudentFileFormat) format: StudentFileFormat,
    @Ctx() ctx: RequestContext,
  ) {
    return importStudents(ctx.em, ctx, ctx.access.requireUserId(), Number(organizationId), file, format);
  }
}

@Resolver(() => OrganizationGqlType)
export class OrganizationAdminResolver {
  @Authorized(Rules.organizationMember(fromRoot))
  @FieldResolver(() => [StudentImportType], { description: 'Les derniers imports d’élèves' })
  studentImports(@Root() organization: Organization, @Ctx() ctx: RequestContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    return ctx.em.find(StudentImport, { organization: organization.id }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(first ?? 5, 1), 50) });
  }

  @Authorized(Rules.organizationMember(fromRoot))
  @FieldResolver(() => [MemberType])
  async members(@Root() organization: Organization, @Ctx() ctx: RequestContext) {
    const rows = await ctx.em.find(Membership, { organization: organization.id }, { populate: ['user'], orderBy: { user: { lastName: 'asc', firstName: 'asc' } } });
    return rows.map((m) => ({ userId: m.user.id, firstName: m.user.firstName, lastName: m.user.lastName, email: m.user.email, role: m.role }));
  }

  @Authorized(Rules.organizationAdmin(fromRoot))
  @FieldResolver(() => [PendingInvitationType], { description: 'Invitations envoyées, ni acceptées ni expirées' })
  pendingInvitations(@Root() organization: Organization, @Ctx() ctx: RequestContext) {
    return ctx.em.find(OrganizationInvitation, { organization: organization.id, acceptedAt: null, expiresAt: { $gt: ctx.now() } }, { orderBy: { createdAt: 'desc' } });
  }

  @Authorized(Rules.organizationMember(orgArg))
  @Mutation(() => [StudentCredentialType], { description: 'Crée les comptes des élèves d’une classe qui n’en ont pas (identifiant + mot de passe provisoire) et renvoie la liste à imprimer' })
  generateStudentAccounts(@Arg('organizationId', () => ID) organizationId: string, @Arg('division', () => String) division: string, @Ctx() ctx: RequestContext) {
    return generateStudentAccounts(ctx.em, ctx, Number(organizationId), division);
  }

  @Mutation(() => ActivationRequestType, { description: 'Demande l’activation de l’espace d’un établissement par son UAI : un lien part à son adresse officielle' })
  requestOrganizationActivation(@Arg('uai', () => String) uai: string, @Ctx() ctx: RequestContext) {
    return requestActivation(ctx.em, ctx, uai);
  }

  @Authorized(Rules.organizationAdmin(orgArg))
  @Mutation(() => [PendingInvitationType], { description: 'Invite des membres par e-mail' })
  async inviteMembers(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('emails', () => [String]) emails: string[],
    @Arg('role', () => MembershipRole, { nullable: true }) role: MembershipRole | null,
    @Ctx() ctx: RequestContext,
  ) {
    await inviteMembers(ctx.em, ctx, Number(organizationId), emails, role ?? MembershipRole.MEMBER, ctx.access.requireUserId());
    return ctx.em.find(OrganizationInvitation, { organization: Number(organizationId), acceptedAt: null, expiresAt: { $gt: ctx.now() } }, { orderBy: { createdAt: 'desc' } });
  }

  @Query(() => InvitationPreviewType, { nullable: true, description: 'Ce que dit un lien d’invitation' })
  async invitation(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext) {
    const invitation = await findInvitation(ctx.em, token);
    return {
      organizationName: invitation.organization.name,
      role: invitation.role,
      email: maskEmail(invitation.email),
      expiresAt: invitation.expiresAt,
      isExpired: invitation.expiresAt < ctx.now(),
      isAccepted: !!invitation.acceptedAt,
    };
  }

  @Authorized('USER')
  @Mutation(() => OrganizationMembershipType, { description: 'Accepte une invitation avec le compte connecté' })
  async acceptInvitation(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext) {
    const membership = await acceptInvitation(ctx.em, ctx, ctx.access.requireUserId(), token);
    return { organization: await ctx.em.fork().findOneOrFail('Organization', { id: membership.organization.id }), role: membership.role };
  }

  @Query(() => [OutboxEmailType], { description: 'Derniers e-mails envoyés : en développement, ou pour les administrateurs' })
  async outboxEmails(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    if (ctx.config.env === 'production' && !(await ctx.access.hasPlatformRole('ADMIN'))) throw new AccessForbiddenError();
    return ctx.em.find(OutboxEmail, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(first ?? 20, 1), 100) });
  }
}
