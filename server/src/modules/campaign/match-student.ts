// Reconciliation (domain.md §3): same birthdate, then names accent- and case-insensitive; the first name may be
// any given name, the last name may be the usage name; a Levenshtein ratio ≤ 0.25 is the fallback.
import { distance } from 'fastest-levenshtein';

export interface StudentNames {
  id: number;
  firstName: string;
  middleName?: string | null;
  thirdName?: string | null;
  lastName: string;
  preferredLastName?: string | null;
  birthdate: string;
}

export interface Identity { firstName: string; lastName: string; birthdate: string }

export const NAME_TOLERANCE = 0.25;

export function normalizeName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

/** Smallest edit-distance ratio between a typed name and any of the accepted ones (0 = identical). */
function nameGap(typed: string, accepted: (string | null | undefined)[]): number {
  const t = normalizeName(typed);
  const gaps = accepted.filter((n): n is string => !!n).map((n) => {
    const a = normalizeName(n);
    return a.length ? distance(t, a) / Math.max(t.length, a.length) : 1;
  });
  return gaps.length ? Math.min(...gaps) : 1;
}

/** Exact matches when there are any; otherwise the students within the tolerance on both names. */
export function matchStudents<T extends StudentNames>(students: T[], identity: Identity): T[] {
  const scored = students
    .filter((s) => s.birthdate === identity.birthdate)
    .map((s) => ({
      s,
      first: nameGap(identity.firstName, [s.firstName, s.middleName, s.thirdName]),
      last: nameGap(identity.lastName, [s.lastName, s.preferredLastName]),
    }));
  const exact = scored.filter((x) => x.first === 0 && x.last === 0);
  if (exact.length) return exact.map((x) => x.s);
  return scored.filter((x) => x.first <= NAME_TOLERANCE && x.last <= NAME_TOLERANCE).map((x) => x.s);
}
