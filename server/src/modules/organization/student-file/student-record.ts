// What the readers of the yearly student file (SIECLE XML or CSV) produce: records, problems, progress.

/** One pupil as read from the school's file, normalised and validated (see validate-student.ts). */
export interface StudentRecord {
  /** INE, upper-case. */
  nationalId: string;
  firstName: string;
  middleName?: string;
  thirdName?: string;
  lastName: string;
  preferredLastName?: string;
  sex?: 'M' | 'F';
  /** YYYY-MM-DD. */
  birthdate: string;
  /** INSEE code of the birth commune (required when born in France). */
  birthCityCode?: string;
  birthCity?: string;
  birthProvinceCode?: string;
  /** INSEE country code, 3 digits; 100 = France. */
  birthCountryCode?: string;
  mefCode?: string;
  status?: string;
  /** The class ("division"), e.g. 3E1. */
  division: string;
}

/** Stable codes: the API and the web client may branch on them; messages may change. */
export type ImportProblemCode =
  | 'FILE_EMPTY'
  | 'TOO_MANY_PROBLEMS'
  | 'INTERNAL_ERROR'
  | 'FILE_UNREADABLE'
  | 'ZIP_WITHOUT_XML'
  | 'ZIP_MULTIPLE_XML'
  | 'UAI_MISSING'
  | 'UAI_MISMATCH'
  | 'HEADER_MISSING_COLUMN'
  | 'NATIONAL_ID_MISSING'
  | 'NATIONAL_ID_INVALID'
  | 'NATIONAL_ID_DUPLICATE'
  | 'FIRST_NAME_MISSING'
  | 'LAST_NAME_MISSING'
  | 'BIRTHDATE_MISSING'
  | 'BIRTHDATE_INVALID'
  | 'SEX_INVALID'
  | 'BIRTH_CITY_CODE_MISSING'
  | 'BIRTH_COUNTRY_INVALID'
  | 'FIELD_TOO_LONG';

/**
 * One reason to refuse the import. `line`: line in the file (CSV: header = 1; XML: line of the ELEVE element).
 * `studentId`: XML only, SIECLE's ELEVE_ID. `field`: a StudentRecord key, or the missing CSV column's name.
 */
export interface ImportProblem {
  line?: number;
  studentId?: string;
  field?: string;
  code: ImportProblemCode;
  /** French, for the school's staff, naming the student or the line. */
  message: string;
}

/** Where a record came from, to point at it later (e.g. a database conflict). */
export interface StudentRef { line?: number; studentId?: string }

/**
 * What a reader yields. A file-level problem (unreadable, wrong UAI, missing column…) ends the stream
 * without 'done'; otherwise 'done' comes last. `read` counts every student in the file, `skipped` those
 * left out on purpose: `left` (exit date set) plus `withoutClass` (no class, or the "Inactifs" class).
 */
export type StudentEvent =
  | { kind: 'student'; record: StudentRecord; ref: StudentRef }
  | { kind: 'problem'; problem: ImportProblem }
  | { kind: 'progress'; bytes: number }
  | { kind: 'done'; read: number; skipped: number; left: number; withoutClass: number };

/** A file that cannot be read at all; thrown by openStudentFile, turned into a problem event by the readers. */
export class ImportFileError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
    this.name = 'ImportFileError';
  }
}

export function fileProblem(code: ImportProblemCode, message: string, line?: number): ImportProblem {
  return line === undefined ? { code, message } : { line, code, message };
}
