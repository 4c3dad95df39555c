// What the academic dashboard's pages share: school years and the French writing of figures.
const TIME_ZONE = 'Europe/Paris';

/** The school year in progress, named by its first year: from 1 September (Paris time) on, the new one. */
export function currentSchoolYear(now = new Date()): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric' }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return month >= 9 ? year : year - 1;
}

/** The API accepts 2000 to 2100; years still to come have no figures. */
export function parseSchoolYear(value: string | null, current: number): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= current ? year : null;
}

/** 2025 → « 2025-2026 ». */
export function schoolYearLabel(year: number): string {
  return `${year}-${year + 1}`;
}

/** The years offered in the selector: the current one first, then the five before (and the one shown, if older). */
export function selectableYears(current: number, shown: number): number[] {
  const oldest = Math.min(shown, current - 5);
  return Array.from({ length: current - oldest + 1 }, (_, i) => current - i);
}

/** « Académie de Grenoble », « Académie d’Aix-Marseille ». */
export function academyTitle(name: string): string {
  return /^[aeiouyàâéèêëîïôûüAEIOUYÀÂÉÈÊËÎÏÔÛÜ]/.test(name) ? `Académie d’${name}` : `Académie de ${name}`;
}

const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** « 1 234 », « 312,5 ». */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** « 45,5 % » (with a no-break space, as French typography wants). */
export function formatPercent(value: number): string {
  return `${NUMBER.format(value)}\u00a0%`;
}

/** A mean score, or a dash when there is nothing to average. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : NUMBER.format(value);
}

/** A share of a total, rounded to the tenth like the API's percentages; 0 for an empty total. */
export function share(part: number, total: number): number {
  return total > 0 ? Math.round((1000 * part) / total) / 10 : 0;
}
