import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { MembershipRole } from './membership.entity.js';
import { Organization } from './organization.entity.js';

/** An invitation to join an organisation, sent by e-mail; also how a school's space is activated. */
@Entity({ tableName: 'organization_invitations' })
@Index({ properties: ['organization', 'acceptedAt'] })
export class OrganizationInvitation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  organization!: Organization;

  @Property({ type: 'string', length: 255 })
  email!: string;

  @Enum({ items: () => MembershipRole, nativeEnumName: 'membership_role' })
  role!: MembershipRole;

  /** SHA-256 of the token sent in the link; the token itself is never stored. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  invitedBy?: User | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
