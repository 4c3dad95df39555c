// The rules of the administration forms, shared by the browser and the route actions. They mirror the API's
// (plugins/academic-dashboard/academy-admin.ts, setCertificationWindow), which stays the authority.
import * as z from 'zod/mini';

const trimmed = () => z.string().check(z.trim());

const academyName = () => trimmed().check(
  z.minLength(1, "Le nom de l'académie est obligatoire."),
  z.maxLength(255, "Le nom de l'académie est trop long (255 caractères au plus)."),
);

export const academySchema = z.object({
  code: trimmed().check(
    z.toUpperCase(),
    z.minLength(1, "Le code de l'académie est obligatoire."),
    z.regex(/^[A-Z0-9]{2,10}$/, "Le code de l'académie compte de 2 à 10 lettres ou chiffres, par exemple GRE."),
  ),
  name: academyName(),
});

export const academyNameSchema = z.object({ name: academyName() });

export const viewerSchema = z.object({
  email: z.string().check(z.trim(), z.toLowerCase(), z.email("L'adresse e-mail n'est pas valide.")),
});

/** The UAIs typed or pasted in the list: one per line, or separated by commas, semicolons or spaces (a CSV column). */
export function splitUais(text: string): string[] {
  return text.split(/[\s,;]+/).map((u) => u.trim().toUpperCase()).filter(Boolean);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) => ISO_DATE.test(v) && !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const date = (label: string) => trimmed().check(z.minLength(1, `${label} est obligatoire.`), z.refine(isDate, `${label} n'est pas une date valide.`));
const optionalDate = (label: string) => trimmed().check(z.refine((v) => v === '' || isDate(v), `${label} n'est pas une date valide.`));

export const windowSchema = z
  .object({
    plugin: trimmed().check(z.minLength(1, "Le type d'établissement manque.")),
    schoolYear: trimmed().check(z.regex(/^\d{4}$/, "L'année scolaire manque.")),
    start: date('La date de début'),
    end: date('La date de fin'),
    makeUpStart: optionalDate('Le début du rattrapage'),
    makeUpEnd: optionalDate('La fin du rattrapage'),
  })
  .check(z.refine((v) => !v.makeUpStart === !v.makeUpEnd, {
    message: 'Le rattrapage a un début et une fin : remplissez les deux dates, ou aucune.',
    path: ['makeUpEnd'],
  }));

/** The school year under way on that day: September to August, named by the year it starts. */
export function currentSchoolYear(today = new Date()): number {
  const [year, month] = today.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }).split('-').map(Number);
  return month >= 9 ? year : year - 1;
}
