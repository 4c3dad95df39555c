import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Student } from '../organization/student.entity.js';

export enum CampaignType { ASSESSMENT = 'ASSESSMENT', PROFILES_COLLECTION = 'PROFILES_COLLECTION' }
export enum ParticipationStatus { STARTED = 'STARTED', TO_SHARE = 'TO_SHARE', SHARED = 'SHARED' }

@Entity({ tableName: 'campaigns' })
export class Campaign {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  organization!: Organization;

  /** 6 letters without I, L, O, then 3 digits from 2 to 9. */
  @Property({ type: 'string', length: 9, unique: true })
  code!: string;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Enum({ items: () => CampaignType, nativeEnumName: 'campaign_type' })
  type!: CampaignType;

  /** Content-pack id of the target profile (ASSESSMENT campaigns). */
  @Property({ type: 'string', length: 64, nullable: true })
  targetProfileId?: string | null;

  @Property({ type: 'boolean', default: false })
  multipleSendings: boolean = false;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  creator?: User | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;
}

@Entity({ tableName: 'campaign_participations' })
@Index({ properties: ['user'] })
@Index({ properties: ['campaign', 'status'] })
export class CampaignParticipation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Campaign;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @ManyToOne({ entity: () => Student, nullable: true, deleteRule: 'set null' })
  student?: Student | null;

  @Enum({ items: () => ParticipationStatus, nativeEnumName: 'participation_status' })
  status: ParticipationStatus = ParticipationStatus.STARTED;

  @Property({ type: 'datetime', nullable: true })
  sharedAt?: Date | null;

  /** Snapshot taken when results are shared, so later progress does not rewrite what the school received. */
  @Property({ type: 'integer', nullable: true })
  masteryPercentage?: number | null;

  @Property({ type: 'integer', nullable: true })
  totalPix?: number | null;

  @Property({ type: 'boolean', nullable: true })
  isCertifiable?: boolean | null;

  @Property({ type: 'integer', nullable: true })
  certifiableCompetencesCount?: number | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
