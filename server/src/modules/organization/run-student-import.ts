// Runs a student import: streams the file, stages every pupil in a temporary table, and merges them into the
// school's students in the same transaction. Any problem rolls everything back and lists all the problems found.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { Organization } from './organization.entity.js';
import { openStudentFile } from './student-file/open-student-file.js';
import { readSiecleXml } from './student-file/read-siecle-xml.js';
import { readStudentsCsv } from './student-file/read-students-csv.js';
import { ImportFileError, type ImportProblem, type StudentEvent, type StudentRecord } from './student-file/student-record.js';
import { ImportStatus, StudentFileFormat, StudentImport, StudentImportFile } from './student-import.entity.js';

const BATCH = 500;
/** Beyond this many, problems are counted but not all listed: the file needs redoing anyway. */
const MAX_LISTED_PROBLEMS = 1000;

class ImportRejected extends Error {
  constructor(readonly problems: ImportProblem[]) { super('import refusé'); }
}

const COLUMNS = [
  'national_id', 'first_name', 'middle_name', 'third_name', 'last_name', 'preferred_last_name', 'sex', 'birthdate', 'birth_city',
  'birth_city_code', 'birth_country_code', 'birth_province_code', 'mef_code', 'status', 'division',
] as const;

function row(r: StudentRecord): Record<(typeof COLUMNS)[number], string | null> {
  return {
    national_id: r.nationalId, first_name: r.firstName, middle_name: r.middleName ?? null, third_name: r.thirdName ?? null,
    last_name: r.lastName, preferred_last_name: r.preferredLastName ?? null, sex: r.sex ?? null, birthdate: r.birthdate,
    birth_city: r.birthCity ?? null, birth_city_code: r.birthCityCode ?? null, birth_country_code: r.birthCountryCode ?? null,
    birth_province_code: r.birthProvinceCode ?? null, mef_code: r.mefCode ?? null, status: r.status ?? null, division: r.division,
  };
}

export async function runStudentImport(em: EntityManager, platform: Platform, importId: number): Promise<StudentImport> {
  const progressEm = em.fork();
  const job = await progressEm.findOneOrFail(StudentImport, { id: importId }, { populate: ['organization'] });
  if (job.status === ImportStatus.SUCCEEDED || job.status === ImportStatus.FAILED) return job;
  const file = await progressEm.findOne(StudentImportFile, { importId });
  if (!file) return finish(progressEm, platform, job, { problems: [{ code: 'FILE_UNREADABLE', message: 'Le fichier de cet import n’est plus disponible : recommencez l’import.' }] });
  await progressEm.nativeUpdate(StudentImport, { id: importId }, { status: ImportStatus.RUNNING, progress: 1 });

  const organization: Organization = job.organization;
  const total = file.content.length;
  let lastProgress = 1;
  const report = async (bytes: number) => {
    const progress = Math.min(90, Math.max(1, Math.floor((90 * bytes) / total)));
    if (progress - lastProgress >= 5) {
      lastProgress = progress;
      await progressEm.nativeUpdate(StudentImport, { id: importId }, { progress });
    }
  };

  try {
    const counts = await em.transactional(async (tx) => {
      await tx.execute(`create temporary table staged_students (
        national_id varchar(20) primary key, first_name varchar(100), middle_name varchar(100), third_name varchar(100),
        last_name varchar(100), preferred_last_name varchar(100), sex varchar(1), birthdate date, birth_city varchar(255),
        birth_city_code varchar(5), birth_country_code varchar(3), birth_province_code varchar(3), mef_code varchar(20),
        status varchar(10), division varchar(50)) on commit drop`);
      const problems: ImportProblem[] = [];
      let problemCount = 0;
      let pending: StudentRecord[] = [];
      let skipped = 0;
      let read = 0;
      const flush = async () => {
        if (!pending.length) return;
        await tx.execute(tx.getKnex().insert(pending.map(row)).into('staged_students'));
        pending = [];
      };
      let events: AsyncGenerator<StudentEvent>;
      try {
        const stream = await openStudentFile(file.content, job.format);
        events = job.format === StudentFileFormat.SIECLE_XML ? readSiecleXml(stream, organization.uai ?? '') : readStudentsCsv(stream);
      } catch (e) {
        if (e instanceof ImportFileError) throw new ImportRejected([e.problem]);
        throw e;
      }
      for await (const event of events) {
        if (event.kind === 'problem') {
          problemCount++;
          if (problems.length < MAX_LISTED_PROBLEMS) problems.push(event.problem);
        } else if (event.kind === 'student') {
          read++;
          // Once a problem is found nothing will be written: keep reading only to list every problem.
          if (!problemCount) {
            pending.push(event.record);
            if (pending.length >= BATCH) await flush();
          }
        } else if (event.kind === 'progress') {
          await report(event.bytes);
        } else if (event.kind === 'done') {
          skipped = event.skipped;
        }
      }
      if (problemCount > problems.length) {
        problems.push({ code: 'TOO_MANY_PROBLEMS', message: `… et ${problemCount - problems.length} autres problèmes.` });
      }
      if (problemCount) throw new ImportRejected(problems);
      if (!read) throw new ImportRejected([{ code: 'FILE_EMPTY', message: 'Le fichier ne contient aucun élève à importer.' }]);
      await flush();
      await progressEm.nativeUpdate(StudentImport, { id: importId }, { progress: 92 });

      const now = platform.now();
      const merged = await tx.execute(
        `insert into students (organization_id, ${COLUMNS.join(', ')}, left_at, created_at, updated_at)
         select ?, ${COLUMNS.join(', ')}, null, ?, ? from staged_students
         on conflict (organization_id, national_id) do update set
           ${COLUMNS.filter((c) => c !== 'national_id').map((c) => `${c} = excluded.${c}`).join(', ')},
           left_at = null, updated_at = excluded.updated_at
         returning (xmax = 0) as created`,
        [organization.id, now, now],
      );
      const left = await tx.execute(
        `update students set left_at = ?, updated_at = ?
          where organization_id = ? and left_at is null and national_id not in (select national_id from staged_students)`,
        [now, now, organization.id],
        'run',
      );
      await tx.nativeDelete(StudentImportFile, { importId });
      const rows = merged as { created: boolean }[];
      return { imported: rows.length, created: rows.filter((r) => r.created).length, left: (left as unknown as { affectedRows: number }).affectedRows, skipped };
    });
    return finish(progressEm, platform, job, { counts });
  } catch (e) {
    if (e instanceof ImportRejected) return finish(progressEm, platform, job, { problems: e.problems });
    await progressEm.nativeUpdate(StudentImport, { id: importId }, { status: ImportStatus.FAILED, finishedAt: platform.now(), errors: [{ code: 'INTERNAL_ERROR', message: 'L’import a échoué à cause d’une erreur interne : réessayez, ou contactez l’assistance.' }] });
    throw e;
  }
}

async function finish(
  em: EntityManager,
  platform: Platform,
  job: StudentImport,
  result: { counts?: { imported: number; created: number; left: number; skipped: number }; problems?: ImportProblem[] },
): Promise<StudentImport> {
  if (result.counts) {
    Object.assign(job, {
      status: ImportStatus.SUCCEEDED, progress: 100, importedCount: result.counts.imported, createdCount: result.counts.created,
      leftCount: result.counts.left, skippedCount: result.counts.skipped, errors: [], finishedAt: platform.now(),
    });
  } else {
    Object.assign(job, { status: ImportStatus.FAILED, progress: 100, errors: result.problems ?? [], finishedAt: platform.now() });
    await em.nativeDelete(StudentImportFile, { importId: job.id });
  }
  await em.flush();
  return job;
}
