// Receives a student file, keeps it in the database and queues its import; the progress is read on StudentImport.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { InputInvalidError } from '../../graphql/errors.js';
import { User } from '../identity/user.entity.js';
import { Organization } from './organization.entity.js';
import { runStudentImport } from './run-student-import.js';
import { ImportStatus, StudentFileFormat, StudentImport, StudentImportFile } from './student-import.entity.js';

export const STUDENT_IMPORT_JOB = 'student-import';
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

/**
 * The file arrives as text in the GraphQL request: a data URL or, for a zipped SIECLE export, plain base64
 * (it starts with "UEsDB", the encoding of "PK\x03\x04"); anything else is the file's text, in UTF-8.
 */
export function decodeUploadedFile(file: string, format: StudentFileFormat): Buffer {
  const dataUrl = /^data:[^,]*;base64,/.exec(file);
  if (dataUrl) return Buffer.from(file.slice(dataUrl[0].length), 'base64');
  if (format === StudentFileFormat.SIECLE_XML && file.startsWith('UEsDB')) return Buffer.from(file, 'base64');
  return Buffer.from(file, 'utf8');
}

export async function importStudents(em: EntityManager, platform: Platform, userId: number, organizationId: number, file: string, format: StudentFileFormat): Promise<StudentImport> {
  const content = decodeUploadedFile(file, format);
  if (!content.length) throw new InputInvalidError([{ field: 'file', message: 'Le fichier est vide.' }]);
  if (content.length > MAX_FILE_BYTES) throw new InputInvalidError([{ field: 'file', message: 'Le fichier dépasse 30 Mo.' }]);
  const job = await em.transactional(async (tx) => {
    const created = tx.create(StudentImport, {
      organization: tx.getReference(Organization, organizationId),
      format,
      status: ImportStatus.QUEUED,
      progress: 0,
      importedCount: 0,
      createdCount: 0,
      skippedCount: 0,
      leftCount: 0,
      errors: [],
      createdBy: tx.getReference(User, userId),
      createdAt: platform.now(),
    });
    await tx.flush();
    tx.create(StudentImportFile, { importId: created.id, content });
    await tx.flush();
    return created;
  });
  if (platform.jobs) await platform.jobs.send(STUDENT_IMPORT_JOB, { importId: job.id });
  else await runStudentImport(em.fork(), platform, job.id);
  return em.fork().findOneOrFail(StudentImport, { id: job.id });
}
