// Academies, their schools (by UAI) and their academic viewers (DANE): the plugin's own tables.
import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';
import { User } from '../../server/src/plugin-api/index.js';

@Entity({ tableName: 'academies' })
export class Academy {
  /** Lets references and filters take the code itself (em.getReference(Academy, 'GRE')). */
  [PrimaryKeyProp]?: 'code';

  /** The academy's short code, e.g. GRE for Grenoble: 2 to 10 capital letters or digits. */
  @PrimaryKey({ type: 'string', length: 10 })
  code!: string;

  @Property({ type: 'string', length: 255 })
  name!: string;
}

/**
 * A school of an academy, by UAI rather than by organisation: the list comes from the national directory
 * and may name schools whose Orga space is not activated yet. A school belongs to one academy.
 */
@Entity({ tableName: 'academy_schools' })
export class AcademySchool {
  [PrimaryKeyProp]?: 'uai';

  @PrimaryKey({ type: 'string', length: 8 })
  uai!: string;

  @ManyToOne({ entity: () => Academy, deleteRule: 'cascade', index: true })
  academy!: Academy;
}

/** The academic viewer role: one user may read one academy's statistics (a user may hold it for several). */
@Entity({ tableName: 'academic_viewers' })
@Unique({ properties: ['academy', 'user'] })
@Index({ properties: ['user'] })
export class AcademicViewer {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Academy, deleteRule: 'cascade' })
  academy!: Academy;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
