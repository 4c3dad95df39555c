// The only surface plugins import. A plugin is a plain description; the host merges it with the core.
// Installed is not active: an installed plugin always brings its tables and schema, while its rules
// apply only to the organisations it declares itself active for.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { NonEmptyArray } from 'type-graphql';
import type { Platform, RequestContext } from '../graphql/context.js';

export type { Platform, RequestContext } from '../graphql/context.js';
export { Rules, type AccessRule } from '../graphql/auth-checker.js';
export { AppError, AccessForbiddenError, InputInvalidError } from '../graphql/errors.js';
export { ruleSlots, type RuleSlotName, type RuleValue, type CertificationWindowRule, type CertificationWindow, type MandatoryCertificationRule, type SessionRule, type CatalogueRule } from './rule-slots.js';
import type { RuleSlotName, RuleValue } from './rule-slots.js';

// The core's entities, use cases and helpers that plugins build on: plugins import them from here, never from the
// server's modules, so that this file lists everything the core promises them.
export type { Config } from '../config.js';
export { Access } from '../graphql/access.js';
export { DateScalar, DateTimeScalar } from '../graphql/scalars.js';
export { intArray, selectRows, textArray } from '../db/sql.js';
export { User } from '../modules/identity/user.entity.js';
export { AuthPayloadType } from '../modules/identity/user.types.js';
export { hashPassword } from '../modules/identity/password.js';
export { signToken } from '../modules/identity/token.js';
export { joinCampaign } from '../modules/campaign/join-campaign.js';
export { Certificate } from '../modules/certification/certificate.entity.js';
export { loadContent } from '../modules/referential/load-content.js';

/** What the rules need to know about an organisation to decide whether a plugin applies. */
export interface OrganizationFacts { id: number; type: string; tags: string[] }

export interface SeedContext {
  em: EntityManager;
  log: (message: string) => void;
}

export interface PluginDefinition {
  /** Unique, kebab-case. */
  name: string;
  /** Which organisations the plugin's rules apply to. Omitted: none (the plugin only adds schema). */
  activeFor?: { tags: string[] } | ((organization: OrganizationFacts) => boolean);
  /** Values for the rule slots the core declares (see ruleSlots). */
  rules?: { [K in RuleSlotName]?: RuleValue<K> };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  /** Per-request DataLoaders, reachable as ctx.loaders.plugin[name][key]. */
  loaders?: (ctx: Pick<RequestContext, 'em'>) => Record<string, unknown>;
  /**
   * Access scopes this plugin defines, usable in @Authorized(Rules.scoped(name, from)): given the request
   * context and the scope id, may the caller act there? (e.g. academy → is the caller a viewer of that academy)
   */
  accessScopes?: Record<string, (ctx: RequestContext, id: number | string) => Promise<boolean>>;
  /** Event handlers, called after the transaction that raised the event has committed. */
  hooks?: Record<string, (payload: unknown, ctx: { em: EntityManager }) => Promise<void> | void>;
  /** Idempotent demo data, run after the core seed. */
  seed?: (ctx: SeedContext) => Promise<void>;
  /**
   * HTTP routes outside GraphQL (sign-in redirects, metadata), registered after the core's own routes.
   * They must stay stateless: any instance may receive the next request.
   */
  routes?: (app: Express, platform: Platform, orm: MikroORM) => void;
}

export interface Plugin extends PluginDefinition {
  appliesTo(organization: OrganizationFacts): boolean;
}

export function definePlugin(definition: PluginDefinition): Plugin {
  if (!/^[a-z][a-z0-9-]*$/.test(definition.name)) throw new Error(`Nom de plugin invalide : « ${definition.name} »`);
  const activeFor = definition.activeFor;
  const appliesTo =
    typeof activeFor === 'function'
      ? activeFor
      : activeFor
        ? (o: OrganizationFacts) => activeFor.tags.some((t) => o.tags.includes(t))
        : () => false;
  return Object.freeze({ ...definition, appliesTo });
}

export type ResolverList = NonEmptyArray<Function>; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
