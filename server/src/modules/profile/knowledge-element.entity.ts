import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';

export const KE_STATUSES = ['VALIDATED', 'INVALIDATED', 'RESET'] as const;
export type KnowledgeElementStatus = (typeof KE_STATUSES)[number];
export type KnowledgeElementSource = 'DIRECT' | 'INFERRED';

/**
 * What an answer taught us about one skill of one user. Append-only: the latest element per
 * (user, skill) is the one that counts, so history is never rewritten.
 */
@Entity({ tableName: 'knowledge_elements' })
@Index({ properties: ['user', 'skillId', 'createdAt'] })
export class KnowledgeElement {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 64 })
  skillId!: string;

  @Property({ type: 'string', length: 8 })
  competenceCode!: string;

  @Property({ type: 'string', length: 16 })
  status!: KnowledgeElementStatus;

  @Property({ type: 'string', length: 16 })
  source!: KnowledgeElementSource;

  /** Pix of the skill when validated directly or by inference, 0 otherwise. */
  @Property({ type: 'double' })
  earnedPix!: number;

  @Property({ type: 'bigint', nullable: true })
  answerId?: string | null;

  @Property({ type: 'bigint', nullable: true })
  assessmentId?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
