// The per-request context: a forked EntityManager, who is asking, the loaders and the rules.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Referential } from '../modules/referential/load-content.js';
import { verifyToken, type Principal } from '../modules/identity/token.js';
import { createProfileLoader } from '../modules/profile/profile.loaders.js';
import { createUserLoader } from '../modules/identity/user.loaders.js';
import { createParticipationsOfUserLoader, createProgressLoader } from '../modules/campaign/campaign.loaders.js';
import { createDivisionsLoader, createOrganizationLoader } from '../modules/organization/organization.loaders.js';
import type { RuleRegistry } from '../plugin-host.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Metrics } from '../observability.js';
import type { SessionChangeHub } from '../modules/certification/session-events.js';
import { createCandidateTestLoader } from '../modules/certification/live-status.js';
import { Access } from './access.js';
import { AppError } from './errors.js';

export interface Platform {
  config: Config;
  referential: Referential;
  rules: RuleRegistry;
  /** Per-request loaders contributed by plugins. */
  pluginLoaders: { name: string; create: (ctx: { em: EntityManager }) => Record<string, unknown> }[];
  /** Access scopes declared by plugins: scope name → may the caller act within this scope id? */
  accessScopes: Map<string, AccessScopeCheck>;
  /** Prometheus metrics of this instance. */
  metrics: Metrics;
  /** Live changes of certification sessions, across instances. */
  supervision: SessionChangeHub;
  /** Background jobs; null where none run (scripts), in which case work is done inline. */
  jobs: JobQueue | null;
  /** The clock, replaceable in tests. */
  now: () => Date;
}

export type AccessScopeCheck = (ctx: RequestContext, id: number | string) => Promise<boolean>;

export interface RequestContext extends Platform {
  requestId: string;
  /** The caller's address, for rate limits. */
  clientIp: string;
  em: EntityManager;
  principal: Principal | null;
  access: Access;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(em: EntityManager, platform: Platform) {
  return {
    profile: createProfileLoader(em, platform.referential, platform.config, platform.now),
    user: createUserLoader(em),
    divisions: createDivisionsLoader(em),
    organization: createOrganizationLoader(em),
    participationsOfUser: createParticipationsOfUserLoader(em),
    progress: createProgressLoader(em, platform.referential),
    candidateTest: createCandidateTestLoader(em),
    plugin: Object.fromEntries(platform.pluginLoaders.map((p) => [p.name, p.create({ em })])),
  };
}

export class TokenRejectedError extends AppError {
  constructor(reason: 'expired' | 'invalid') {
    super(
      reason === 'expired' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID',
      reason === 'expired' ? 'Votre session a expiré : reconnectez-vous.' : 'Jeton de connexion invalide : reconnectez-vous.',
      { http: { status: 401 } },
    );
  }
}

/** A missing token is an anonymous request; a bad or expired one is refused outright so clients can sign in again. */
export async function principalFromHeader(authorization: string | undefined, secret: Uint8Array): Promise<Principal | null> {
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  if (!match) return null;
  const check = await verifyToken(match[1].trim(), secret);
  if (!check.ok) throw new TokenRejectedError(check.reason);
  return check.principal;
}

export function createRequestContext(platform: Platform, rootEm: EntityManager, principal: Principal | null, clientIp = 'local', requestId: string = randomUUID()): RequestContext {
  const em = rootEm.fork();
  return {
    ...platform,
    requestId,
    clientIp,
    em,
    principal,
    access: new Access(em, principal),
    loaders: createLoaders(em, platform),
  };
}
