// Who is asking, and what they may see. Each lookup runs at most once per request.
import DataLoader from 'dataloader';
import { intArray, selectRows } from '../db/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../modules/identity/token.js';
import type { PlatformRole } from '../modules/identity/user.entity.js';
import type { MembershipRole } from '../modules/organization/membership.entity.js';
import { AccessForbiddenError, NotAuthenticatedError } from './errors.js';

export class Access {
  private rolesPromise?: Promise<PlatformRole[]>;
  private orgRolesPromise?: Promise<Map<number, MembershipRole>>;
  private centresPromise?: Promise<Set<number>>;
  /** userId → organisations that hold that user's data: their school, or a campaign they joined (batched). */
  private readonly studentOrgs: DataLoader<number, number[]>;

  /** em: the request's EntityManager, asked for only when a check reads the database. */
  constructor(private readonly emOf: () => EntityManager, private principal: Principal | null) {
    this.studentOrgs = new DataLoader(async (userIds) => {
      // Schools where the user is a pupil, and organisations whose campaigns the user joined.
      const rows = await selectRows<{ user_id: number; organization_id: number }>(
        this.emOf(),
        `select user_id, organization_id from students where user_id = any(?::int[]) and left_at is null
         union
         select cp.user_id, c.organization_id from campaign_participations cp join campaigns c on c.id = cp.campaign_id where cp.user_id = any(?::int[])`,
        [intArray(userIds), intArray(userIds)],
      );
      return userIds.map((id) => rows.filter((r) => r.user_id === id).map((r) => r.organization_id));
    });
  }

  /** After signIn/signUp, the rest of the same request is answered as the new user (AuthPayload.user). */
  signedInAs(userId: number): void {
    this.principal = { kind: 'user', userId };
    this.rolesPromise = this.orgRolesPromise = this.centresPromise = undefined;
  }

  get current(): Principal | null {
    return this.principal;
  }

  get userId(): number | null {
    return this.principal?.kind === 'user' ? this.principal.userId : null;
  }

  requireUserId(): number {
    if (!this.principal) throw new NotAuthenticatedError();
    if (this.principal.kind !== 'user') throw new AccessForbiddenError('Cette action demande un compte utilisateur.');
    return this.principal.userId;
  }

  platformRoles(): Promise<PlatformRole[]> {
    const userId = this.userId;
    if (!userId) return Promise.resolve([]);
    this.rolesPromise ??= selectRows<{ platform_roles: PlatformRole[] | string }>(this.emOf(), 'select platform_roles from users where id = ?', [userId])
      .then((rows) => {
        const raw = rows[0]?.platform_roles ?? [];
        return typeof raw === 'string' ? (JSON.parse(raw) as PlatformRole[]) : raw;
      });
    return this.rolesPromise;
  }

  async hasPlatformRole(role: PlatformRole): Promise<boolean> {
    return (await this.platformRoles()).includes(role);
  }

  organizationRoles(): Promise<Map<number, MembershipRole>> {
    const userId = this.userId;
    if (!userId) return Promise.resolve(new Map());
    this.orgRolesPromise ??= selectRows<{ organization_id: number; role: MembershipRole }>(this.emOf(), 'select organization_id, role from memberships where user_id = ?', [userId])
      .then((rows) => new Map(rows.map((r) => [r.organization_id, r.role])));
    return this.orgRolesPromise;
  }

  certificationCenterIds(): Promise<Set<number>> {
    const userId = this.userId;
    if (!userId) return Promise.resolve(new Set());
    this.centresPromise ??= selectRows<{ certification_center_id: number }>(this.emOf(), 'select certification_center_id from certification_center_memberships where user_id = ?', [userId])
      .then((rows) => new Set(rows.map((r) => r.certification_center_id)));
    return this.centresPromise;
  }

  async isOrganizationMember(organizationId: number, role?: MembershipRole): Promise<boolean> {
    const held = (await this.organizationRoles()).get(organizationId);
    return held !== undefined && (!role || held === role);
  }

  /**
   * Personal data of a user: the user themself, a platform admin, or a member of an organisation where
   * that user is an enrolled pupil or joined a campaign.
   */
  async canSeeUser(userId: number): Promise<boolean> {
    if (this.userId === userId) return true;
    if (!this.userId) return false;
    if (await this.hasPlatformRole('ADMIN')) return true;
    const [mine, theirs] = await Promise.all([this.organizationRoles(), this.studentOrgs.load(userId)]);
    return theirs.some((id) => mine.has(id));
  }
}
