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

/**
 * The context of one request. The forked EntityManager, the access checks and the loaders are made on first use:
 * the hottest requests (a certification answer, the live view) build no loaders and load no entity (their statements
 * only borrow a connection through the EntityManager), and building everything for every request cost more
 * processor time than those requests' own statements.
 */
export function createRequestContext(platform: Platform, rootEm: EntityManager, principal: Principal | null, clientIp = 'local', requestId: string = randomUUID()): RequestContext {
  const Context = contextClassOf(platform);
  return new Context(rootEm, principal, clientIp, requestId) as unknown as RequestContext;
}

// One class per platform, its prototype the platform itself: a request's context copies none of the platform's
// fields, and its lazy parts are getters on the prototype.
const contextClasses = new WeakMap<Platform, new (rootEm: EntityManager, principal: Principal | null, clientIp: string, requestId: string) => object>();

function contextClassOf(platform: Platform) {
  let Context = contextClasses.get(platform);
  if (Context) return Context;
  class LazyContext {
    // Plain properties, not #private ones: Apollo hands resolvers a shallow copy of the context (same prototype).
    private lazyEm?: EntityManager;
    private lazyAccess?: Access;
    private lazyLoaders?: RequestContext['loaders'];
    constructor(private readonly rootEm: EntityManager, readonly principal: Principal | null, readonly clientIp: string, readonly requestId: string) {}
    get em(): EntityManager {
      return (this.lazyEm ??= this.rootEm.fork());
    }
    get access(): Access {
      return (this.lazyAccess ??= new Access(() => this.em, this.principal));
    }
    get loaders(): RequestContext['loaders'] {
      return (this.lazyLoaders ??= createLoaders(this.em, platform));
    }
  }
  Object.setPrototypeOf(LazyContext.prototype, platform);
  contextClasses.set(platform, (Context = LazyContext));
  return Context;
}
