import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { CertificationSession } from './certification-session.entity.js';

/** A scanned document the centre attaches at finalisation (signed attendance sheet, incident report). Kept 5 years. */
@Entity({ tableName: 'certification_session_documents' })
@Index({ properties: ['session'] })
export class SessionDocument {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => CertificationSession, deleteRule: 'cascade' })
  session!: CertificationSession;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date & Opt = new Date();
}
