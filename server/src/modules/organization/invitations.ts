// Joining an organisation by e-mail: activation of a school's space by its UAI, and invitations by its admins.
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Platform } from '../../graphql/context.js';
import { AppError, fromZod } from '../../graphql/errors.js';
import { User } from '../identity/user.entity.js';
import { queueEmail } from '../mail/outbox.js';
import { OrganizationInvitation } from './invitation.entity.js';
import { Membership, MembershipRole } from './membership.entity.js';
import { Organization } from './organization.entity.js';

export const INVITATION_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;

export class OrganizationNotFoundError extends AppError {
  constructor() { super('ORGANIZATION_NOT_FOUND', 'Aucun établissement ne correspond à ce code UAI.'); }
}
export class OrganizationAlreadyActiveError extends AppError {
  constructor() { super('ORGANIZATION_ALREADY_ACTIVE', 'L’espace de cet établissement est déjà activé : demandez une invitation à son administrateur.'); }
}
export class OrganizationWithoutEmailError extends AppError {
  constructor() { super('ORGANIZATION_WITHOUT_EMAIL', 'Aucune adresse officielle n’est connue pour cet établissement : contactez l’assistance.'); }
}
export class InvitationNotFoundError extends AppError {
  constructor() { super('INVITATION_NOT_FOUND', 'Ce lien d’invitation n’est pas valide.'); }
}
export class InvitationExpiredError extends AppError {
  constructor() { super('INVITATION_EXPIRED', 'Cette invitation a expiré : demandez-en une nouvelle.'); }
}
export class InvitationAlreadyAcceptedError extends AppError {
  constructor() { super('INVITATION_ALREADY_ACCEPTED', 'Cette invitation a déjà été utilisée.'); }
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function maskEmail(email: string): string {
  const [name, domain] = email.split('@');
  return `${name.slice(0, Math.min(4, name.length))}***@${domain}`;
}

function invitationLink(platform: Platform, token: string): string {
  return `${platform.config.publicWebUrl}/invitations/${token}`;
}

async function invite(em: EntityManager, platform: Platform, organization: Organization, email: string, role: MembershipRole, invitedBy: number | null, activation: boolean) {
  const token = randomBytes(32).toString('base64url');
  const now = platform.now();
  em.create(OrganizationInvitation, {
    organization,
    email,
    role,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY_MS),
    invitedBy: invitedBy ? em.getReference(User, invitedBy) : null,
    createdAt: now,
  });
  const what = activation ? `activer l’espace OpenCRCN de ${organization.name}` : `rejoindre ${organization.name} sur OpenCRCN (${role === MembershipRole.ADMIN ? 'administrateur' : 'membre'})`;
  queueEmail(em, {
    to: email,
    subject: activation ? `Activation de l’espace de ${organization.name}` : `Invitation à rejoindre ${organization.name}`,
    text: `Bonjour,\n\nVous êtes invité(e) à ${what}.\nPour accepter, ouvrez ce lien (valable ${INVITATION_DAYS} jours) :\n${invitationLink(platform, token)}\n\nSi vous n’êtes pas concerné(e), ignorez ce message.`,
  }, now);
  return token;
}

/** The head of a school activates its space: the invitation goes to the school's official address. */
export async function requestActivation(em: EntityManager, platform: Platform, uai: string): Promise<{ emailHint: string }> {
  const organization = await em.findOne(Organization, { uai: uai.trim().toUpperCase() });
  if (!organization) throw new OrganizationNotFoundError();
  if (await em.count(Membership, { organization, role: MembershipRole.ADMIN })) throw new OrganizationAlreadyActiveError();
  if (!organization.email) throw new OrganizationWithoutEmailError();
  await invite(em, platform, organization, organization.email, MembershipRole.ADMIN, null, true);
  await em.flush();
  return { emailHint: maskEmail(organization.email) };
}

const emailsSchema = z.array(z.string().trim().toLowerCase().pipe(z.email('Adresse e-mail invalide.'))).min(1, 'Indiquez au moins une adresse.').max(100, '100 adresses au plus à la fois.');

export async function inviteMembers(em: EntityManager, platform: Platform, organizationId: number, emails: string[], role: MembershipRole, invitedBy: number) {
  const parsed = emailsSchema.safeParse(emails);
  if (!parsed.success) throw fromZod(parsed.error);
  const organization = await em.findOneOrFail(Organization, { id: organizationId });
  const invitations = [];
  for (const email of new Set(parsed.data)) {
    await invite(em, platform, organization, email, role, invitedBy, false);
    invitations.push({ email, role });
  }
  await em.flush();
  return invitations;
}

export async function findInvitation(em: EntityManager, token: string): Promise<OrganizationInvitation> {
  const invitation = await em.findOne(OrganizationInvitation, { tokenHash: hashToken(token) }, { populate: ['organization'] });
  if (!invitation) throw new InvitationNotFoundError();
  return invitation;
}

export async function acceptInvitation(em: EntityManager, platform: Platform, userId: number, token: string): Promise<Membership> {
  return em.transactional(async (tx) => {
    const invitation = await findInvitation(tx, token);
    await tx.execute('select id from organization_invitations where id = ? for update', [invitation.id]);
    await tx.refresh(invitation);
    if (invitation.acceptedAt) throw new InvitationAlreadyAcceptedError();
    if (invitation.expiresAt < platform.now()) throw new InvitationExpiredError();
    invitation.acceptedAt = platform.now();
    let membership = await tx.findOne(Membership, { user: userId, organization: invitation.organization });
    if (!membership) membership = tx.create(Membership, { user: tx.getReference(User, userId), organization: invitation.organization, role: invitation.role, createdAt: platform.now() });
    else if (invitation.role === MembershipRole.ADMIN) membership.role = MembershipRole.ADMIN;
    await tx.flush();
    return membership;
  });
}
