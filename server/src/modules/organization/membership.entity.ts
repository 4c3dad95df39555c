import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Organization } from './organization.entity.js';

export enum MembershipRole { ADMIN = 'ADMIN', MEMBER = 'MEMBER' }

@Entity({ tableName: 'memberships' })
@Unique({ properties: ['user', 'organization'] })
export class Membership {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  organization!: Organization;

  @Enum({ items: () => MembershipRole, nativeEnumName: 'membership_role' })
  role: MembershipRole = MembershipRole.MEMBER;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
