import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { InputInvalidError } from '../../graphql/errors.js';
import { Student } from './student.entity.js';

export interface StudentPage { division?: string | null; search?: string | null; first?: number | null; after?: string | null }

const MAX_PAGE = 500;

// Keyset pagination on (last name, first name, id): stable while students are added.
function encodeCursor(s: Student): string {
  return Buffer.from(JSON.stringify([s.lastName, s.firstName, s.id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string, number] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && typeof value[2] === 'number') return value as [string, string, number];
  } catch { /* reported below */ }
  throw new InputInvalidError([{ field: 'after', message: 'Curseur de pagination invalide.' }]);
}

export async function listStudents(em: EntityManager, organizationId: number, page: StudentPage) {
  const first = page.first ?? 50;
  if (first < 1 || first > MAX_PAGE) throw new InputInvalidError([{ field: 'first', message: `first doit être entre 1 et ${MAX_PAGE}.` }]);
  const term = page.search?.trim().replace(/[%_\\]/g, '');
  const base: FilterQuery<Student> = {
    organization: organizationId,
    leftAt: null,
    ...(page.division ? { division: page.division } : {}),
    ...(term ? { $and: [{ $or: [{ lastName: { $ilike: `%${term}%` } }, { firstName: { $ilike: `%${term}%` } }, { nationalId: { $ilike: `%${term}%` } }] }] } : {}),
  };
  let where = base;
  if (page.after) {
    const [lastName, firstName, id] = decodeCursor(page.after);
    where = {
      ...base,
      $or: [
        { lastName: { $gt: lastName } },
        { lastName, firstName: { $gt: firstName } },
        { lastName, firstName, id: { $gt: id } },
      ],
    };
  }
  const [rows, totalCount] = await Promise.all([
    em.find(Student, where, { orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' }, limit: first + 1 }),
    em.count(Student, base),
  ]);
  const nodes = rows.slice(0, first);
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]) : null },
    totalCount,
  };
}
