import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
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

  /** The school's "SOS élève non certifiable" campaign, whose code the invigilator kit carries. */
  @Property({ type: 'boolean', default: false })
  isSos: boolean = false;

  /** Profile collections can be shared automatically when the learner joins. */
  @Property({ type: 'boolean', default: false })
  autoShare: boolean = false;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  creator?: User | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;
}

/** Snapshot of one competence when results are shared. */
export interface SharedCompetence { level: number; pix: number; mastery?: number }

@Entity({ tableName: 'campaign_participations' })
@Index({ properties: ['user'] })
@Index({ properties: ['campaign', 'status'] })
// One current participation per learner and campaign; earlier sendings are kept, flagged improved.
@Unique({
  name: 'campaign_participations_one_current',
  expression: `create unique index "campaign_participations_one_current" on "campaign_participations" ("campaign_id", "user_id") where "is_improved" = false`,
})
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

  /** Per competence code: level and pix (and mastery % of the targeted skills for assessments). */
  @Property({ type: 'json', nullable: true })
  sharedCompetences?: Record<string, SharedCompetence> | null;

  /** Per targeted tube: share of its targeted skills validated (0–1), for collective results. */
  @Property({ type: 'json', nullable: true })
  sharedTubeMastery?: Record<string, number> | null;

  /** Index of the stage reached in the target profile's stages. */
  @Property({ type: 'integer', nullable: true })
  stageIndex?: number | null;

  /** A later sending replaced this one (multiple sendings or a retry). */
  @Property({ type: 'boolean', default: false })
  isImproved: boolean = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
