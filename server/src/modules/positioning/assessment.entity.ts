import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { CampaignParticipation } from '../campaign/campaign.entity.js';
import { CertificationCandidate } from '../certification/certification-session.entity.js';

export enum AssessmentType { COMPETENCE_EVALUATION = 'COMPETENCE_EVALUATION', CAMPAIGN = 'CAMPAIGN', CERTIFICATION = 'CERTIFICATION' }
export enum AssessmentState {
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  ENDED_BY_INVIGILATOR = 'ENDED_BY_INVIGILATOR',
  ENDED_DUE_TO_FINALIZATION = 'ENDED_DUE_TO_FINALIZATION',
  ABORTED = 'ABORTED',
}

/** One test: a positioning on a competence, a campaign parcours or a certification. */
@Entity({ tableName: 'assessments' })
@Index({ properties: ['user', 'type', 'state'] })
// At most one positioning test in progress per learner and competence, even when two starts race.
@Unique({
  name: 'assessments_one_started_per_competence',
  expression: `create unique index "assessments_one_started_per_competence" on "assessments" ("user_id", "competence_code") where "state" = 'STARTED' and "type" = 'COMPETENCE_EVALUATION'`,
})
export class Assessment {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Enum({ items: () => AssessmentType, nativeEnumName: 'assessment_type' })
  type!: AssessmentType;

  @Enum({ items: () => AssessmentState, nativeEnumName: 'assessment_state' })
  state: AssessmentState = AssessmentState.STARTED;

  /** The competence of a positioning test. */
  @Property({ type: 'string', length: 8, nullable: true })
  competenceCode?: string | null;

  /** The campaign participation this test belongs to (CAMPAIGN tests). */
  @ManyToOne({ entity: () => CampaignParticipation, nullable: true, deleteRule: 'cascade', index: true })
  campaignParticipation?: CampaignParticipation | null;

  /** The candidate whose certification test this is (CERTIFICATION tests). */
  @ManyToOne({ entity: () => CertificationCandidate, nullable: true, deleteRule: 'cascade', index: true })
  certificationCandidate?: CertificationCandidate | null;

  /** Certification: start + 105 min × (1 + extra time %), kept by the server. */
  @Property({ type: 'datetime', nullable: true })
  endsAt?: Date | null;

  /** A retry after the improving delay: invalidated skills older than the delay may be asked again. */
  @Property({ type: 'boolean', default: false })
  isImproving: boolean = false;

  /** The question being asked, kept so that a reload resumes at the same question. */
  @Property({ type: 'string', length: 64, nullable: true })
  currentChallengeId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  currentChallengeAskedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  answeredCount: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;
}

/**
 * An answer, written in the same transaction as its knowledge elements and before it is acknowledged.
 * (assessment, clientAnswerId) is unique so that a retried submission stores nothing new;
 * (assessment, challenge) is unique so that a question is answered once per test.
 */
@Entity({ tableName: 'answers' })
@Unique({ properties: ['assessment', 'clientAnswerId'] })
@Unique({ properties: ['assessment', 'challengeId'] })
export class Answer {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: () => Assessment, deleteRule: 'cascade' })
  assessment!: Assessment;

  @Property({ type: 'string', length: 64 })
  challengeId!: string;

  @Property({ type: 'string', length: 64 })
  skillId!: string;

  /** What the learner gave: chosen proposals, or typed answers in field order; [] when skipped. */
  @Property({ type: 'json' })
  value!: string[];

  @Property({ type: 'string', length: 16 })
  status!: string;

  @Property({ type: 'string', length: 64 })
  clientAnswerId!: string;

  @Property({ type: 'integer', nullable: true })
  timeSpentSeconds?: number | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
