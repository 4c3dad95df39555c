import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export enum OrganizationType { SCO = 'SCO', SUP = 'SUP', PRO = 'PRO' }

@Entity({ tableName: 'organizations' })
export class Organization {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Enum({ items: () => OrganizationType, nativeEnumName: 'organization_type' })
  type!: OrganizationType;

  /** French school identifier (7 digits + 1 letter), for SCO organisations. */
  @Property({ type: 'string', length: 8, nullable: true, unique: true })
  uai?: string | null;

  /** The school's official address (from the national directory): where activation e-mails go. */
  @Property({ type: 'string', length: 255, nullable: true })
  email?: string | null;

  /** COLLEGE, LYCEE, LYCEE_PRO, …: plugins decide which rules apply from these. */
  @Property({ type: 'json', default: '[]' })
  tags: string[] = [];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
