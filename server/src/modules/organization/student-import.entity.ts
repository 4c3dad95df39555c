import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Organization } from './organization.entity.js';
import type { ImportProblem } from './student-file/student-record.js';

export enum ImportStatus { QUEUED = 'QUEUED', RUNNING = 'RUNNING', SUCCEEDED = 'SUCCEEDED', FAILED = 'FAILED' }
export enum StudentFileFormat { SIECLE_XML = 'SIECLE_XML', CSV = 'CSV' }

/** A yearly import of a school's students, run as a background job; all or nothing. */
@Entity({ tableName: 'student_imports' })
@Index({ properties: ['organization', 'createdAt'] })
export class StudentImport {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  organization!: Organization;

  @Enum({ items: () => StudentFileFormat, nativeEnumName: 'student_file_format' })
  format!: StudentFileFormat;

  @Enum({ items: () => ImportStatus, nativeEnumName: 'import_status' })
  status: ImportStatus = ImportStatus.QUEUED;

  /** 0–100. */
  @Property({ type: 'integer', default: 0 })
  progress: number = 0;

  @Property({ type: 'integer', default: 0 })
  importedCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  createdCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  skippedCount: number = 0;

  /** Students no longer in the file, marked as having left (their results are kept). */
  @Property({ type: 'integer', default: 0 })
  leftCount: number = 0;

  @Property({ type: 'json', default: '[]' })
  errors: ImportProblem[] = [];

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}

/** The uploaded bytes, kept until the job has read them (any instance may run it), then deleted. */
@Entity({ tableName: 'student_import_files' })
export class StudentImportFile {
  @PrimaryKey({ type: 'integer' })
  importId!: number;

  @Property({ type: 'blob' })
  content!: Buffer;
}
