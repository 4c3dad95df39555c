// First visit of an unknown portal account: a learner account is created and joins the campaign, reconciled with
// the school's imported student exactly as for any learner. One transaction: a failed reconciliation leaves nothing.
import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, hashPassword, InputInvalidError, joinCampaign, type Platform, User } from '../../server/src/plugin-api/index.js';
import { ExternalIdentity } from './external-identity.entity.js';
import type { ExternalProfile } from './external-sign-in.js';

export class ExternalIdentityAlreadyLinkedError extends AppError {
  constructor() {
    super('EXTERNAL_IDENTITY_ALREADY_LINKED', 'Ce compte ENT est déjà rattaché à un compte : reconnectez-vous depuis votre ENT.');
  }
}

export class ExternalNamesMissingError extends AppError {
  constructor() {
    super('EXTERNAL_NAMES_MISSING', 'Votre ENT n’a pas transmis vos nom et prénom : demandez à votre établissement de vérifier votre compte ENT.');
  }
}

export async function completeExternalSignIn(em: EntityManager, platform: Platform, profile: ExternalProfile, campaignCode: string, birthdate: string): Promise<User> {
  const now = platform.now();
  if (!(birthdate >= '1900-01-01' && birthdate < now.toISOString().slice(0, 10))) {
    throw new InputInvalidError([{ field: 'birthdate', message: 'La date de naissance n’est pas valide.' }]);
  }
  const firstName = profile.firstName?.slice(0, 100);
  const lastName = profile.lastName?.slice(0, 100);
  if (!firstName || !lastName) throw new ExternalNamesMissingError();
  // Nobody knows this password: the account signs in through its portal only. Hashed before the transaction opens.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    return await em.fork().transactional(async (tx) => {
      if (await tx.count(ExternalIdentity, { provider: profile.provider, subject: profile.subject })) throw new ExternalIdentityAlreadyLinkedError();
      const user = tx.create(User, { firstName, lastName, email: null, username: null, passwordHash, birthdate, platformRoles: [], createdAt: now, lastSignedInAt: now });
      // Written before the reconciliation: the unique (provider, subject) index makes a double submission wait, then fail.
      tx.create(ExternalIdentity, { user, provider: profile.provider, subject: profile.subject, attributes: profile.attributes, createdAt: now, lastSignInAt: now });
      await tx.flush();
      await joinCampaign(tx, platform, user.id, campaignCode, { firstName, lastName, birthdate });
      return user;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw new ExternalIdentityAlreadyLinkedError();
    throw e;
  }
}
