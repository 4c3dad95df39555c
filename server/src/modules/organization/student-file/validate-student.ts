// Field rules shared by the SIECLE XML and CSV readers: normalise what the file gives, list every problem.
import type { ImportProblem, ImportProblemCode, StudentRecord, StudentRef } from './student-record.js';

/** A student's fields as found in the file, before any check. */
export interface RawStudent {
  nationalId?: string;
  firstName?: string;
  middleName?: string;
  thirdName?: string;
  lastName?: string;
  preferredLastName?: string;
  sex?: string;
  birthdate?: string;
  birthCityCode?: string;
  birthCity?: string;
  birthProvinceCode?: string;
  birthCountryCode?: string;
  mefCode?: string;
  status?: string;
  division?: string;
  /** Exit date: set when the student left the school. */
  leftOn?: string;
}

export const FRANCE_COUNTRY_CODE = '100';
/** SIECLE's pseudo-class for pupils no longer taught. */
const INACTIVE_DIVISION = 'inactifs';
// INE-RNIE (10 digits + 1 letter) and INE-BEA (9 digits + 2 letters).
const NATIONAL_ID = /^(\d{10}[A-Z]|\d{9}[A-Z]{2})$/;
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

// Column lengths of student.entity.ts: a longer value would fail at insert time, after the checks.
const MAX_LENGTH: Partial<Record<keyof StudentRecord, number>> = {
  firstName: 100, middleName: 100, thirdName: 100, lastName: 100, preferredLastName: 100,
  birthCity: 255, birthCityCode: 5, birthProvinceCode: 3, mefCode: 20, status: 10, division: 50,
};

const FIELD_LABEL: Partial<Record<keyof StudentRecord, string>> = {
  firstName: 'le prénom', middleName: 'le deuxième prénom', thirdName: 'le troisième prénom',
  lastName: 'le nom de famille', preferredLastName: "le nom d'usage", birthCity: 'la commune de naissance',
  birthCityCode: 'le code commune de naissance', birthProvinceCode: 'le code département de naissance',
  mefCode: 'le code MEF', status: 'le statut', division: 'la division',
};

/** Trimmed, inner runs of spaces collapsed; empty becomes undefined. */
export function clean(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** DD/MM/YYYY → YYYY-MM-DD when it is a real calendar date, else null. */
export function parseFrenchDate(value: string): string | null {
  const match = FRENCH_DATE.exec(value);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Why a student is left out of the import on purpose, or null when they are to be imported. */
export function skipReason(raw: RawStudent): 'left' | 'withoutClass' | null {
  if (clean(raw.leftOn)) return 'left';
  const division = clean(raw.division);
  if (!division || division.toLowerCase() === INACTIVE_DIVISION) return 'withoutClass';
  return null;
}

function fullName(raw: RawStudent): string | undefined {
  return clean([raw.lastName, raw.firstName].filter(Boolean).join(' '));
}

/** Message prefix of the XML reader: the student by name, else by INE, else by SIECLE's ELEVE_ID. */
export function studentLabel(raw: RawStudent, studentId?: string): string {
  const name = fullName(raw);
  if (name) return `Élève ${name}`;
  const ine = clean(raw.nationalId);
  if (ine) return `Élève d'INE ${ine.toUpperCase()}`;
  return studentId ? `Élève n° ${studentId} (ELEVE_ID)` : 'Élève sans nom';
}

/** Message prefix of the CSV reader: the line, and the student's name when known. */
export function lineLabel(raw: RawStudent, line: number): string {
  const name = fullName(raw);
  return name ? `Ligne ${line} (élève ${name})` : `Ligne ${line}`;
}

export type Validation = { record: StudentRecord; problems: [] } | { record?: undefined; problems: ImportProblem[] };

/** Normalises a student to import and lists all its problems; `label` starts every message. */
export function validateStudent(raw: RawStudent, ref: StudentRef, label: string): Validation {
  const problems: ImportProblem[] = [];
  const report = (code: ImportProblemCode, field: keyof StudentRecord, detail: string) => {
    problems.push({ ...ref, field, code, message: `${label} : ${detail}` });
  };

  const nationalId = clean(raw.nationalId)?.toUpperCase();
  if (!nationalId) report('NATIONAL_ID_MISSING', 'nationalId', "l'identifiant national (INE) est manquant.");
  else if (!NATIONAL_ID.test(nationalId)) {
    report('NATIONAL_ID_INVALID', 'nationalId', `l'INE « ${nationalId} » n'est pas valide (10 chiffres et 1 lettre, ou 9 chiffres et 2 lettres, attendus).`);
  }

  const firstName = clean(raw.firstName);
  if (!firstName) report('FIRST_NAME_MISSING', 'firstName', 'le prénom est manquant.');
  const lastName = clean(raw.lastName);
  if (!lastName) report('LAST_NAME_MISSING', 'lastName', 'le nom de famille est manquant.');

  const birthdateText = clean(raw.birthdate);
  let birthdate: string | null = null;
  if (!birthdateText) report('BIRTHDATE_MISSING', 'birthdate', 'la date de naissance est manquante.');
  else {
    birthdate = parseFrenchDate(birthdateText);
    if (!FRENCH_DATE.test(birthdateText)) {
      report('BIRTHDATE_INVALID', 'birthdate', `la date de naissance « ${birthdateText} » n'est pas au format jj/mm/aaaa.`);
    } else if (!birthdate || birthdate < '1901-01-01') {
      report('BIRTHDATE_INVALID', 'birthdate', `la date de naissance ${birthdateText} n'est pas une date valide.`);
    } else if (birthdate > localToday()) {
      report('BIRTHDATE_INVALID', 'birthdate', `la date de naissance ${birthdateText} est dans le futur.`);
    }
  }

  const sexText = clean(raw.sex)?.toUpperCase();
  const sex = sexText === '1' || sexText === 'M' ? 'M' : sexText === '2' || sexText === 'F' ? 'F' : undefined;
  if (sexText && !sex) report('SEX_INVALID', 'sex', `le sexe « ${clean(raw.sex)} » n'est pas valide (1 ou M, 2 ou F attendu).`);

  const birthCountryCode = clean(raw.birthCountryCode);
  if (birthCountryCode && !/^\d{3}$/.test(birthCountryCode)) {
    report('BIRTH_COUNTRY_INVALID', 'birthCountryCode', `le code pays de naissance « ${birthCountryCode} » n'est pas valide (3 chiffres attendus, 100 pour la France).`);
  }
  const birthCityCode = clean(raw.birthCityCode)?.toUpperCase();
  if (birthCountryCode === FRANCE_COUNTRY_CODE && !birthCityCode) {
    report('BIRTH_CITY_CODE_MISSING', 'birthCityCode', 'né(e) en France (code pays 100), le code INSEE de la commune de naissance est manquant.');
  }

  const optional = {
    middleName: clean(raw.middleName),
    thirdName: clean(raw.thirdName),
    preferredLastName: clean(raw.preferredLastName),
    birthCity: clean(raw.birthCity),
    birthCityCode,
    birthProvinceCode: clean(raw.birthProvinceCode)?.toUpperCase(),
    birthCountryCode,
    mefCode: clean(raw.mefCode),
    status: clean(raw.status),
    sex,
  };
  const division = clean(raw.division) ?? '';
  const lengthChecked = { ...optional, firstName, lastName, division } as Partial<Record<keyof StudentRecord, string>>;
  for (const [field, max] of Object.entries(MAX_LENGTH) as [keyof StudentRecord, number][]) {
    const value = lengthChecked[field];
    if (value && value.length > max) report('FIELD_TOO_LONG', field, `${FIELD_LABEL[field]} dépasse ${max} caractères.`);
  }

  if (problems.length > 0 || !nationalId || !firstName || !lastName || !birthdate) return { problems };
  const record: StudentRecord = { nationalId, firstName, lastName, birthdate, division };
  // Only the fields the file gives, so that records compare simply.
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (record as unknown as Record<string, string>)[key] = value;
  }
  return { record, problems: [] };
}

/** Remembers the INEs already read; returns a problem when this record's INE was seen before. */
export function duplicateProblem(seen: Map<string, string>, record: StudentRecord, ref: StudentRef, label: string, firstSeenAs: string): ImportProblem | null {
  const first = seen.get(record.nationalId);
  if (first === undefined) {
    seen.set(record.nationalId, firstSeenAs);
    return null;
  }
  return { ...ref, field: 'nationalId', code: 'NATIONAL_ID_DUPLICATE', message: `${label} : l'INE ${record.nationalId} figure déjà ${first}.` };
}
