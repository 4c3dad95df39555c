import { Entity, Enum, ManyToOne, OneToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Organization, OrganizationType } from '../organization/organization.entity.js';

@Entity({ tableName: 'certification_centers' })
export class CertificationCenter {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Enum({ items: () => OrganizationType, nativeEnumName: 'organization_type' })
  type!: OrganizationType;

  /** A school is its own certification centre: its candidates come from the organisation's students. */
  @OneToOne({ entity: () => Organization, nullable: true, owner: true, unique: true, deleteRule: 'set null' })
  organization?: Organization | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'certification_center_memberships' })
@Unique({ properties: ['user', 'certificationCenter'] })
export class CertificationCenterMembership {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @ManyToOne({ entity: () => CertificationCenter, deleteRule: 'cascade' })
  certificationCenter!: CertificationCenter;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
