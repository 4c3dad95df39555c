// What happens once a portal has vouched for someone: a known account is signed in, an unknown one gets a
// short-lived "pending" token to finish on the web app (campaign code + birthdate, see complete-sign-in.ts).
import type { MikroORM } from '@mikro-orm/postgresql';
import { SignJWT, errors, jwtVerify } from 'jose';
import type { Platform } from '../../server/src/plugin-api/index.js';
import { AppError, signToken } from '../../server/src/plugin-api/index.js';
import { ExternalIdentity, type ExternalAttributes } from './external-identity.entity.js';

export const GAR_PROVIDER = 'GAR';
export const oidcProvider = (issuer: string) => `OIDC:${issuer}`;

export interface ExternalProfile {
  provider: string;
  subject: string;
  attributes: ExternalAttributes;
  /** From PRE/NOM or given_name/family_name; may be missing for staff accounts of some portals. */
  firstName: string | null;
  lastName: string | null;
}

// A distinct issuer and audience: a pending token is never a session token, nor the reverse.
const PENDING_ISSUER = 'opencrcn-external';
const PENDING_AUDIENCE = 'gar-pending';
const PENDING_SECONDS = 15 * 60;

export async function signPending(profile: ExternalProfile, secret: Uint8Array, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ provider: profile.provider, attributes: profile.attributes, firstName: profile.firstName, lastName: profile.lastName })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(PENDING_ISSUER)
    .setAudience(PENDING_AUDIENCE)
    .setSubject(profile.subject)
    .setIssuedAt(iat)
    .setExpirationTime(iat + PENDING_SECONDS)
    .sign(secret);
}

export class PendingSignInError extends AppError {
  constructor(expired: boolean) {
    super(
      expired ? 'EXTERNAL_SIGN_IN_EXPIRED' : 'EXTERNAL_SIGN_IN_INVALID',
      expired
        ? 'Votre connexion depuis l’ENT a expiré : reconnectez-vous depuis votre ENT.'
        : 'Connexion depuis l’ENT invalide : reconnectez-vous depuis votre ENT.',
    );
  }
}

export async function verifyPending(token: string, secret: Uint8Array, now: Date): Promise<ExternalProfile> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: PENDING_ISSUER, audience: PENDING_AUDIENCE, algorithms: ['HS256'], currentDate: now });
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    const provider = text(payload.provider);
    const subject = text(payload.sub);
    if (!provider || !subject || typeof payload.attributes !== 'object' || payload.attributes === null) throw new PendingSignInError(false);
    return { provider, subject, attributes: payload.attributes as ExternalAttributes, firstName: text(payload.firstName), lastName: text(payload.lastName) };
  } catch (e) {
    if (e instanceof PendingSignInError) throw e;
    throw new PendingSignInError(e instanceof errors.JWTExpired);
  }
}

/** Only a path of the web app: RelayState and `retour` come from the browser and must not become an open redirect. */
export function safeReturnPath(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 500 && /^\/(?![/\\])[^\s\\]*$/.test(value) ? value : null;
}

/** The web app's page that takes over, with the token in the fragment (never sent to any server, nor in Referer). */
function handoff(platform: Platform, page: 'connexion' | 'rattachement', values: Record<string, string>, returnTo: string | null): string {
  const fragment = new URLSearchParams(values);
  if (returnTo) fragment.set('retour', returnTo);
  return `${platform.config.publicWebUrl}/gar/${page}#${fragment.toString()}`;
}

/** Where to send the browser after a portal sign-in. */
export async function externalSignInRedirect(orm: MikroORM, platform: Platform, profile: ExternalProfile, returnTo: string | null): Promise<string> {
  const em = orm.em.fork();
  const now = platform.now();
  const identity = await em.findOne(ExternalIdentity, { provider: profile.provider, subject: profile.subject }, { populate: ['user'] });
  if (!identity) {
    return handoff(platform, 'rattachement', { pending: await signPending(profile, platform.config.authSecret, now) }, returnTo);
  }
  // Names, class and school change over the years: keep what the portal said last.
  identity.attributes = profile.attributes;
  identity.lastSignInAt = now;
  identity.user.lastSignedInAt = now;
  await em.flush();
  const token = await signToken({ kind: 'user', userId: identity.user.id }, platform.config.authSecret, platform.config.tokenTtlSeconds);
  return handoff(platform, 'connexion', { token }, returnTo);
}
