import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Organization } from './organization.entity.js';

/** A pupil as the school's yearly import (SIECLE) describes them, linked to a learner account once reconciled. */
@Entity({ tableName: 'students' })
@Unique({ properties: ['organization', 'nationalId'] })
@Index({ properties: ['organization', 'division'] })
export class Student {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  organization!: Organization;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  user?: User | null;

  /** INE: the national student identifier. */
  @Property({ type: 'string', length: 20 })
  nationalId!: string;

  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  middleName?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  thirdName?: string | null;

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  preferredLastName?: string | null;

  @Property({ type: 'string', length: 1, nullable: true })
  sex?: 'M' | 'F' | null;

  @Property({ type: 'date' })
  birthdate!: string;

  @Property({ type: 'string', length: 255, nullable: true })
  birthCity?: string | null;

  @Property({ type: 'string', length: 5, nullable: true })
  birthCityCode?: string | null;

  @Property({ type: 'string', length: 3, nullable: true })
  birthCountryCode?: string | null;

  @Property({ type: 'string', length: 3, nullable: true })
  birthProvinceCode?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  mefCode?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  status?: string | null;

  /** The class ("division"), e.g. 3e1. */
  @Property({ type: 'string', length: 50, nullable: true })
  division?: string | null;

  /** Set when a re-import no longer lists the student; results are kept. */
  @Property({ type: 'datetime', nullable: true })
  leftAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
