import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { CertificationCandidate, CertificationSession } from './certification-session.entity.js';

export enum CertificationStatus { STARTED = 'STARTED', VALIDATED = 'VALIDATED', REJECTED = 'REJECTED', CANCELLED = 'CANCELLED', ERROR = 'ERROR' }

export interface CompetenceOutcome { competenceCode: string; level: number; pix: number; decision: string; explanation: string }

/** The scored result of one candidate; rescoring replaces it, the audit log keeps what happened. */
@Entity({ tableName: 'certification_results' })
@Index({ properties: ['session'] })
export class CertificationResult {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => CertificationCandidate, unique: true, deleteRule: 'cascade' })
  candidate!: CertificationCandidate;

  @ManyToOne({ entity: () => CertificationSession, deleteRule: 'cascade' })
  session!: CertificationSession;

  @Enum({ items: () => CertificationStatus, nativeEnumName: 'certification_status' })
  status!: CertificationStatus;

  @Property({ type: 'integer' })
  pixScore!: number;

  @Property({ type: 'integer' })
  reproducibilityRate!: number;

  @Property({ type: 'json' })
  competences!: CompetenceOutcome[];

  /** The scoring's explanation, as the jury reads it. */
  @Property({ type: 'json' })
  explanation!: Record<string, unknown>;

  /** A jury decision that overrides the scoring (fraud, cancellation), with its reason. */
  @Property({ type: 'string', length: 32, nullable: true })
  juryDecision?: 'REJECTED_FOR_FRAUD' | 'CANCELLED_BY_JURY' | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}

/** An issue written at finalisation from the incident report. */
@Entity({ tableName: 'certification_issue_reports' })
@Index({ properties: ['candidate'] })
export class CertificationIssueReport {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => CertificationCandidate, deleteRule: 'cascade' })
  candidate!: CertificationCandidate;

  @Property({ type: 'string', length: 40 })
  category!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  subcategory?: string | null;

  @Property({ type: 'integer', nullable: true })
  questionNumber?: number | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** How the automatic jury or the jury resolved it; null while it waits for the jury. */
  @Property({ type: 'string', length: 40, nullable: true })
  resolution?: string | null;

  @Property({ type: 'boolean', default: false })
  impactful: boolean & Opt = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

/** Who did what, when and why, on official results. */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['targetType', 'targetId'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  @Property({ type: 'string', length: 60 })
  action!: string;

  @Property({ type: 'string', length: 40 })
  targetType!: string;

  @Property({ type: 'integer' })
  targetId!: number;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
