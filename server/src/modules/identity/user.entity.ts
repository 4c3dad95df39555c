import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

export const PLATFORM_ROLES = ['ADMIN', 'JURY'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

@Entity({ tableName: 'users' })
export class User {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  /** Stored lower-cased; unique. */
  @Property({ type: 'string', length: 255, nullable: true, unique: true })
  email?: string | null;

  /** Generated for students without e-mail: firstname.lastname + DDMM of birth. */
  @Property({ type: 'string', length: 100, nullable: true, unique: true })
  username?: string | null;

  @Property({ type: 'string', length: 255, lazy: true, hidden: true })
  passwordHash!: string;

  @Property({ type: 'date', nullable: true })
  birthdate?: string | null;

  /** Platform-wide roles: ADMIN (content, organisations) and JURY (certification). */
  @Property({ type: 'json', default: '[]' })
  platformRoles: PlatformRole[] = [];

  /** Set on accounts created with a temporary password (pupils' printed lists). */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean & Opt = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastSignedInAt?: Date | null;
}
