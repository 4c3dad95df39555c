// Candidate list import for centres that are not schools (documented in docs/candidats-import.md):
// a ";"-separated CSV, all or nothing, every problem listed with its line.
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../graphql/errors.js';
import { normalizeName } from '../campaign/match-student.js';
import { CertificationCandidate } from './certification-session.entity.js';
import { editableSession } from './manage-sessions.js';
import { notifySessionChange } from './session-events.js';

export const CANDIDATE_COLUMNS = [
  'Nom de naissance', 'Prénom', 'Date de naissance (JJ/MM/AAAA)', 'Sexe (M/F)', 'Code INSEE de la commune de naissance',
  'Code postal de naissance', 'Commune de naissance', 'Pays de naissance', 'Identifiant externe', 'Temps majoré (%)',
] as const;

export interface CandidateImportProblem { line: number; field?: string; code: string; message: string }

export class CandidateImportRefusedError extends AppError {
  constructor(problems: CandidateImportProblem[]) {
    super('CANDIDATE_IMPORT_REFUSED', `La liste n’a pas été importée : ${problems.length} problème(s) à corriger.`, { problems });
  }
}

const key = (header: string) => normalizeName(header);
const dateOf = (raw: string) => {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) && iso >= '1900-01-01' ? iso : null;
};

export async function importCandidates(em: EntityManager, sessionId: number, file: string, today: string): Promise<CertificationCandidate[]> {
  const text = file.replace(/^\uFEFF/, '');
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: ';', relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch {
    throw new CandidateImportRefusedError([{ line: 1, code: 'FILE_UNREADABLE', message: 'Le fichier n’est pas un CSV séparé par des points-virgules.' }]);
  }
  const [header, ...lines] = rows;
  const index = new Map((header ?? []).map((h, i) => [key(h), i]));
  const missing = CANDIDATE_COLUMNS.slice(0, 3).filter((c) => !index.has(key(c)));
  if (missing.length) throw new CandidateImportRefusedError(missing.map((c) => ({ line: 1, field: c, code: 'HEADER_MISSING_COLUMN', message: `Colonne manquante : « ${c} ».` })));
  const cell = (row: string[], column: (typeof CANDIDATE_COLUMNS)[number]) => (index.has(key(column)) ? row[index.get(key(column))!] ?? '' : '').trim();
  const problems: CandidateImportProblem[] = [];
  const seen = new Set<string>();
  const parsed = lines.map((row, i) => {
    const line = i + 2;
    const lastName = cell(row, 'Nom de naissance');
    const firstName = cell(row, 'Prénom');
    const birthdate = dateOf(cell(row, 'Date de naissance (JJ/MM/AAAA)'));
    const sex = cell(row, 'Sexe (M/F)').toUpperCase();
    const extraRaw = cell(row, 'Temps majoré (%)').replace('%', '').trim();
    const extra = extraRaw ? Number(extraRaw) : 0;
    if (!lastName) problems.push({ line, field: 'Nom de naissance', code: 'LAST_NAME_MISSING', message: `Ligne ${line} : le nom est obligatoire.` });
    if (!firstName) problems.push({ line, field: 'Prénom', code: 'FIRST_NAME_MISSING', message: `Ligne ${line} : le prénom est obligatoire.` });
    if (!birthdate || birthdate >= today) problems.push({ line, field: 'Date de naissance', code: 'BIRTHDATE_INVALID', message: `Ligne ${line} : date de naissance invalide (JJ/MM/AAAA attendu).` });
    if (sex && sex !== 'M' && sex !== 'F') problems.push({ line, field: 'Sexe', code: 'SEX_INVALID', message: `Ligne ${line} : sexe M ou F.` });
    if (!Number.isInteger(extra) || extra < 0 || extra > 200) problems.push({ line, field: 'Temps majoré', code: 'EXTRA_TIME_INVALID', message: `Ligne ${line} : temps majoré entre 0 et 200 %.` });
    const identity = `${normalizeName(firstName)}|${normalizeName(lastName)}|${birthdate}`;
    if (seen.has(identity)) problems.push({ line, code: 'CANDIDATE_DUPLICATE', message: `Ligne ${line} : ce candidat figure déjà plus haut.` });
    seen.add(identity);
    return {
      firstName, lastName, birthdate: birthdate ?? '', sex: (sex || null) as 'M' | 'F' | null, extraTimePercentage: extra,
      birthInseeCode: cell(row, 'Code INSEE de la commune de naissance') || null, birthPostalCode: cell(row, 'Code postal de naissance') || null,
      birthCity: cell(row, 'Commune de naissance') || null, birthCountry: cell(row, 'Pays de naissance') || null, externalId: cell(row, 'Identifiant externe') || null,
    };
  });
  if (!parsed.length) problems.push({ line: 2, code: 'FILE_EMPTY', message: 'La liste ne contient aucun candidat.' });
  if (problems.length) throw new CandidateImportRefusedError(problems);
  return em.transactional(async (tx) => {
    const session = await editableSession(tx, sessionId);
    const existing = await tx.find(CertificationCandidate, { session });
    const known = new Set(existing.map((c) => `${normalizeName(c.firstName)}|${normalizeName(c.lastName)}|${c.birthdate}`));
    const clash = parsed.findIndex((c) => known.has(`${normalizeName(c.firstName)}|${normalizeName(c.lastName)}|${c.birthdate}`));
    if (clash >= 0) throw new CandidateImportRefusedError([{ line: clash + 2, code: 'CANDIDATE_ALREADY_ENROLLED', message: `Ligne ${clash + 2} : ce candidat est déjà inscrit à la session.` }]);
    const created = parsed.map((c) => tx.create(CertificationCandidate, { session, ...c }));
    await tx.flush();
    await notifySessionChange(tx, session.id, null);
    return created;
  });
}
