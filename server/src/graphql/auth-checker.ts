// One auth checker for every @Authorized: global roles by name, scoped roles as objects naming where the scope comes from.
import type { AuthChecker, ResolverData } from 'type-graphql';
import type { MembershipRole } from '../modules/organization/membership.entity.js';
import type { RequestContext } from './context.js';
import { AccessForbiddenError, NotAuthenticatedError } from './errors.js';

type ScopeId = (data: ResolverData<RequestContext>) => number | string | null | undefined;

export type AccessRule =
  /** Platform administrator (content, organisations, every scope). */
  | 'PLATFORM_ADMIN'
  /** Certification jury. */
  | 'JURY'
  /** Any signed-in learner account (not an invigilator token). */
  | 'USER'
  | { organization: MembershipRole | 'ANY'; id: ScopeId }
  | { certificationCenter: 'MEMBER'; id: ScopeId }
  | { invigilatorOf: ScopeId }
  /** A scope declared by a plugin (definePlugin({ accessScopes })), e.g. the academic viewer of one academy. */
  | { scope: string; id: ScopeId };

export const Rules = {
  organizationMember: (id: ScopeId): AccessRule => ({ organization: 'ANY', id }),
  organizationAdmin: (id: ScopeId): AccessRule => ({ organization: 'ADMIN' as MembershipRole, id }),
  certificationCenterMember: (id: ScopeId): AccessRule => ({ certificationCenter: 'MEMBER', id }),
  invigilatorOf: (id: ScopeId): AccessRule => ({ invigilatorOf: id }),
  scoped: (scope: string, id: ScopeId): AccessRule => ({ scope, id }),
};

async function satisfies(rule: AccessRule, data: ResolverData<RequestContext>): Promise<boolean> {
  const { access } = data.context;
  if (rule === 'USER') return access.userId !== null;
  if (rule === 'PLATFORM_ADMIN') return access.hasPlatformRole('ADMIN');
  if (rule === 'JURY') return (await access.hasPlatformRole('JURY')) || access.hasPlatformRole('ADMIN');
  if ('organization' in rule) {
    const id = Number(rule.id(data));
    return Number.isInteger(id) && access.isOrganizationMember(id, rule.organization === 'ANY' ? undefined : rule.organization);
  }
  if ('certificationCenter' in rule) return (await access.certificationCenterIds()).has(Number(rule.id(data)));
  if ('scope' in rule) {
    const check = data.context.accessScopes.get(rule.scope);
    if (!check) throw new Error(`Portée d'accès inconnue : ${rule.scope} (aucun plugin installé ne la déclare)`);
    const id = rule.id(data);
    return id !== null && id !== undefined && check(data.context, id);
  }
  const principal = access.current;
  return principal?.kind === 'invigilator' && principal.sessionId === Number(rule.invigilatorOf(data));
}

/** Any one rule is enough; a platform admin passes every rule. No rule: any signed-in principal. */
export const authChecker: AuthChecker<RequestContext, AccessRule> = async (data, rules) => {
  if (!data.context.access.current) throw new NotAuthenticatedError();
  if (rules.length === 0) return true;
  for (const rule of rules) if (await satisfies(rule, data)) return true;
  if (await data.context.access.hasPlatformRole('ADMIN')) return true;
  throw new AccessForbiddenError();
};
