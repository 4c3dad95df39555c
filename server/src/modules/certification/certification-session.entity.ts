import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Student } from '../organization/student.entity.js';
import { CertificationCenter } from './certification-center.entity.js';

export enum SessionStatus { CREATED = 'CREATED', FINALIZED = 'FINALIZED', IN_PROCESS = 'IN_PROCESS', PROCESSED = 'PROCESSED' }

/** A supervised certification session; its id is the session number candidates type. */
@Entity({ tableName: 'certification_sessions' })
@Index({ properties: ['certificationCenter', 'date'] })
export class CertificationSession {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => CertificationCenter, deleteRule: 'cascade' })
  certificationCenter!: CertificationCenter;

  /** The site ("adresse"). */
  @Property({ type: 'string', length: 255 })
  address!: string;

  @Property({ type: 'string', length: 255 })
  room!: string;

  /** The invigilator(s), as the centre writes them. */
  @Property({ type: 'string', length: 255 })
  examiner!: string;

  /** Number of invigilators, for the one-per-20-candidates rule. */
  @Property({ type: 'integer', default: 1 })
  invigilatorCount: number & Opt = 1;

  @Property({ type: 'date' })
  date!: string;

  /** Local start time HH:MM. */
  @Property({ type: 'string', length: 5 })
  time!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** 4 letters of BCDFGHJKMPQRTVWXY + 2 digits of 2346789; given to candidates when the test starts. */
  @Property({ type: 'string', length: 6 })
  accessCode!: string;

  /** 5 characters; printed in the invigilator kit, so kept readable. */
  @Property({ type: 'string', length: 5 })
  invigilatorPassword!: string;

  @Enum({ items: () => SessionStatus, nativeEnumName: 'session_status' })
  status: SessionStatus & Opt = SessionStatus.CREATED;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  finalizedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  examinerGlobalComment?: string | null;
}

/** Someone enrolled in a session; linked to the learner's account when they join. */
@Entity({ tableName: 'certification_candidates' })
@Unique({ properties: ['session', 'student'] })
@Index({ properties: ['session'] })
export class CertificationCandidate {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => CertificationSession, deleteRule: 'cascade' })
  session!: CertificationSession;

  /** For a school's centre: the pupil record the candidate comes from. */
  @ManyToOne({ entity: () => Student, nullable: true, deleteRule: 'set null' })
  student?: Student | null;

  /** The learner's account, once they joined the session. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  user?: User | null;

  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Property({ type: 'date' })
  birthdate!: string;

  @Property({ type: 'string', length: 50, nullable: true })
  division?: string | null;

  @Property({ type: 'string', length: 255, nullable: true })
  birthCity?: string | null;

  @Property({ type: 'string', length: 5, nullable: true })
  birthInseeCode?: string | null;

  @Property({ type: 'string', length: 5, nullable: true })
  birthPostalCode?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  birthCountry?: string | null;

  @Property({ type: 'string', length: 1, nullable: true })
  sex?: 'M' | 'F' | null;

  @Property({ type: 'string', length: 255, nullable: true })
  externalId?: string | null;

  /** Extra time in %, e.g. 33 for a third more time. */
  @Property({ type: 'integer', default: 0 })
  extraTimePercentage: number & Opt = 0;

  /** Set by the invigilator when the candidate is present in the room: allows the start. */
  @Property({ type: 'boolean', default: false })
  authorizedToStart: boolean & Opt = false;

  /** Set by the invigilator after a disconnection: allows one new entry into the test. */
  @Property({ type: 'boolean', default: false })
  authorizedToResume: boolean & Opt = false;

  /** SHA-256 of the token of the page currently allowed to answer; a new entry replaces it. */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  entryTokenHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  joinedAt?: Date | null;

  /** Finalisation: the invigilator saw the candidate's end-of-test screen. */
  @Property({ type: 'boolean', nullable: true })
  hasSeenEndTestScreen?: boolean | null;

  /** Finalisation: why an unfinished test stopped. */
  @Property({ type: 'string', length: 16, nullable: true })
  abortReason?: 'CANDIDATE' | 'TECHNICAL' | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

/** The challenges chosen for a candidate's test when it starts, in the order they are asked. */
@Entity({ tableName: 'certification_challenges' })
@Unique({ properties: ['assessmentId', 'position'] })
export class CertificationChallenge {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'bigint' })
  assessmentId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 64 })
  challengeId!: string;

  @Property({ type: 'string', length: 64 })
  skillId!: string;

  @Property({ type: 'string', length: 8 })
  competenceCode!: string;

  @Property({ type: 'integer' })
  difficulty!: number;

  /** Neutralised challenges count neither for nor against the candidate. */
  @Property({ type: 'boolean', default: false })
  neutralized: boolean & Opt = false;
}
