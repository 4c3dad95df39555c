import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';

export interface CertifiedCompetenceLevel { competenceCode: string; level: number }

/** A published, validated certification as the learner and third parties see it. */
@Entity({ tableName: 'certificates' })
@Index({ properties: ['user'] })
export class Certificate {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  /** "P-" + 8 distinct characters of 2346789BCDFGHJKMPQRTVWXY. */
  @Property({ type: 'string', length: 10, unique: true })
  verificationCode!: string;

  @Property({ type: 'integer' })
  pixScore!: number;

  @Property({ type: 'json' })
  competences!: CertifiedCompetenceLevel[];

  @Property({ type: 'string', length: 255 })
  certificationCenterName!: string;

  @Property({ type: 'datetime' })
  deliveredAt!: Date;

  @Property({ type: 'integer', nullable: true, unique: true })
  certificationCandidateId?: number | null;

  @Property({ type: 'integer', nullable: true, index: true })
  sessionId?: number | null;

  /** Unpublishing a session hides its certificates without deleting them. */
  @Property({ type: 'boolean', default: true })
  isPublished: boolean = true;
}
