// Platform administration of academies: create or rename one, replace its list of schools, grant or revoke the
// academic viewer role. Plain functions called by academy-admin.resolver.ts (platform administrators only).
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, InputInvalidError, selectRows, textArray, User } from '../../server/src/plugin-api/index.js';
import { Academy, AcademicViewer } from './academy.entity.js';
import { normalizeCode } from './academy.resolver.js';

export const ACADEMY_CODE = /^[A-Z0-9]{2,10}$/;
/** 7 digits and a letter. The national directory's check letter is not verified: older UAIs do not all follow it. */
export const UAI = /^\d{7}[A-Z]$/;
/** Far above the largest academy (a few thousand schools), low enough to keep one statement reasonable. */
export const MAX_SCHOOLS = 10_000;

export class AcademyNotFoundError extends AppError {
  constructor(code: string) { super('ACADEMY_NOT_FOUND', `Aucune académie n’a le code « ${code} ».`, { academyCode: code }); }
}

export class UserNotFoundError extends AppError {
  constructor(email: string) { super('USER_NOT_FOUND', `Aucun compte n’a l’adresse e-mail ${email}.`, { email }); }
}

export interface UaiProblem { uai: string; index: number; message: string }

/** Malformed UAIs: each is named, with its position in the list sent, so that a form can show it on its line. */
export class InvalidUaisError extends AppError {
  constructor(problems: UaiProblem[]) {
    const names = problems.map((p) => `« ${p.uai} »`).join(', ');
    super(
      'BAD_USER_INPUT',
      problems.length === 1
        ? `${names} n’est pas un code UAI : 7 chiffres et une lettre, par exemple 0381234A.`
        : `${names} ne sont pas des codes UAI : 7 chiffres et une lettre, par exemple 0381234A.`,
      { invalidUais: problems.map((p) => p.uai), fields: problems.map((p) => ({ field: `uais.${p.index}`, message: p.message })) },
    );
  }
}

export interface UaiConflict { uai: string; index: number; academyCode: string; academyName: string }

/** A school belongs to one academy only: the list names schools another academy already holds. */
export class UaiInOtherAcademyError extends AppError {
  constructor(conflicts: UaiConflict[]) {
    const each = conflicts.map((c) => `${c.uai} (académie ${c.academyName}, ${c.academyCode})`).join(', ');
    super(
      'UAI_IN_OTHER_ACADEMY',
      conflicts.length === 1
        ? `L’établissement ${each} appartient déjà à une autre académie : retirez-le d’abord de sa liste.`
        : `Ces établissements appartiennent déjà à une autre académie : ${each}. Retirez-les d’abord de leur liste.`,
      {
        conflicts: conflicts.map(({ uai, academyCode, academyName }) => ({ uai, academyCode, academyName })),
        fields: conflicts.map((c) => ({ field: `uais.${c.index}`, message: `${c.uai} appartient déjà à l’académie ${c.academyName} (${c.academyCode}).` })),
      },
    );
  }
}

async function findAcademy(em: EntityManager, code: string): Promise<Academy> {
  const academy = await em.findOne(Academy, { code: normalizeCode(code) });
  if (!academy) throw new AcademyNotFoundError(normalizeCode(code));
  return academy;
}

export async function saveAcademy(em: EntityManager, input: { code: string; name: string }): Promise<Academy> {
  const code = normalizeCode(input.code);
  const name = input.name.trim().replace(/\s+/g, ' ');
  const problems = [];
  if (!ACADEMY_CODE.test(code)) problems.push({ field: 'code', message: 'Le code de l’académie compte de 2 à 10 lettres ou chiffres, par exemple GRE.' });
  if (!name) problems.push({ field: 'name', message: 'Le nom de l’académie est obligatoire.' });
  else if (name.length > 255) problems.push({ field: 'name', message: 'Le nom de l’académie est trop long (255 caractères au plus).' });
  if (problems.length) throw new InputInvalidError(problems);
  await em.upsert(Academy, { code, name });
  return em.findOneOrFail(Academy, { code }, { refresh: true });
}

/**
 * The academy's schools become exactly this list, in one transaction: a malformed UAI, or one that another
 * academy holds, leaves the list as it was.
 */
export async function setAcademySchools(em: EntityManager, input: { code: string; uais: readonly string[] }): Promise<Academy> {
  const uais = input.uais.map((u) => u.trim().toUpperCase());
  const invalid = uais.flatMap((uai, index) => (UAI.test(uai) ? [] : [{ uai, index, message: `« ${uai} » n’est pas un code UAI : 7 chiffres et une lettre.` }]));
  if (invalid.length) throw new InvalidUaisError(invalid);
  const wanted = [...new Set(uais)];
  if (wanted.length > MAX_SCHOOLS) throw new InputInvalidError([{ field: 'uais', message: `Une académie compte ${MAX_SCHOOLS} établissements au plus.` }]);
  return em.transactional(async (tx) => {
    const academy = await findAcademy(tx, input.code);
    // Two replacements of the same list run one after the other.
    await tx.execute('select code from academies where code = ? for update', [academy.code]);
    await tx.execute('delete from academy_schools where academy_code = ? and not (uai = any(?::text[]))', [academy.code, textArray(wanted)]);
    // A school another academy holds stays theirs (the primary key on uai also settles concurrent claims).
    await tx.execute(
      'insert into academy_schools (uai, academy_code) select u, ? from unnest(?::text[]) as u on conflict (uai) do nothing',
      [academy.code, textArray(wanted)],
    );
    const taken = await selectRows<{ uai: string; academy_code: string; name: string }>(
      tx,
      `select s.uai, s.academy_code, a.name from academy_schools s join academies a on a.code = s.academy_code
        where s.uai = any(?::text[]) and s.academy_code <> ? order by s.uai`,
      [textArray(wanted), academy.code],
    );
    if (taken.length) {
      throw new UaiInOtherAcademyError(taken.map((t) => ({ uai: t.uai, index: uais.indexOf(t.uai), academyCode: t.academy_code, academyName: t.name })));
    }
    return academy;
  });
}

export async function grantAcademicViewer(em: EntityManager, input: { code: string; email: string }): Promise<Academy> {
  const email = input.email.trim().toLowerCase();
  if (!email) throw new InputInvalidError([{ field: 'email', message: 'Indiquez l’adresse e-mail du compte.' }]);
  return em.transactional(async (tx) => {
    const academy = await findAcademy(tx, input.code);
    const user = await tx.findOne(User, { email });
    if (!user) throw new UserNotFoundError(email);
    // Granting twice keeps the first grant.
    await tx.execute('insert into academic_viewers (academy_code, user_id) values (?, ?) on conflict (academy_code, user_id) do nothing', [academy.code, user.id]);
    return academy;
  });
}

export async function revokeAcademicViewer(em: EntityManager, input: { code: string; userId: number }): Promise<Academy> {
  if (!Number.isSafeInteger(input.userId) || input.userId <= 0) throw new InputInvalidError([{ field: 'userId', message: 'Identifiant de compte invalide.' }]);
  const academy = await findAcademy(em, input.code);
  // Revoking a role the user does not hold changes nothing.
  await em.nativeDelete(AcademicViewer, { academy: academy.code, user: input.userId });
  return academy;
}
