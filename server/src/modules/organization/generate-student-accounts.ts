// Accounts for pupils without e-mail: a username (firstname.lastname + DDMM) and a temporary password that the
// teacher hands out on a printed list; the pupil must choose their own password at first sign-in.
import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { InputInvalidError } from '../../graphql/errors.js';
import { hashPassword } from '../identity/password.js';
import { User } from '../identity/user.entity.js';
import { baseUsername, pickUsername } from '../identity/usernames.js';
import { Student } from './student.entity.js';

export interface StudentCredential {
  studentId: number;
  firstName: string;
  lastName: string;
  division: string | null;
  username: string | null;
  /** Only for accounts created now; never stored in clear. */
  temporaryPassword: string | null;
}

// Letters and digits that cannot be mistaken for one another when read from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function temporaryPassword(): string {
  for (;;) {
    const candidate = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    if (/[a-z]/.test(candidate) && /[A-Z]/.test(candidate) && /\d/.test(candidate)) return candidate;
  }
}

export async function generateStudentAccounts(em: EntityManager, platform: Platform, organizationId: number, division: string): Promise<StudentCredential[]> {
  if (!division.trim()) throw new InputInvalidError([{ field: 'division', message: 'Choisissez une classe.' }]);
  return em.transactional(async (tx) => {
    // Usernames are unique across the platform: serialise generations so two classes do not race for a name.
    await tx.execute('select pg_advisory_xact_lock(7304001)');
    const students = await tx.find(Student, { organization: organizationId, division, leftAt: null }, { populate: ['user'], orderBy: { lastName: 'asc', firstName: 'asc' } });
    const credentials: StudentCredential[] = [];
    for (const student of students) {
      if (student.user) {
        credentials.push({ studentId: student.id, firstName: student.firstName, lastName: student.lastName, division: student.division ?? null, username: student.user.username ?? student.user.email ?? null, temporaryPassword: null });
        continue;
      }
      const base = baseUsername(student.firstName, student.lastName, student.birthdate);
      const taken = new Set((await tx.find(User, { username: { $like: `${base}%` } }, { fields: ['username'] })).map((u) => u.username!));
      const username = pickUsername(base, taken);
      const password = temporaryPassword();
      const user = tx.create(User, {
        firstName: student.firstName, lastName: student.lastName, username, email: null, birthdate: student.birthdate,
        passwordHash: await hashPassword(password), platformRoles: [], mustChangePassword: true, createdAt: platform.now(),
      });
      student.user = user;
      await tx.flush();
      credentials.push({ studentId: student.id, firstName: student.firstName, lastName: student.lastName, division: student.division ?? null, username, temporaryPassword: password });
    }
    return credentials;
  });
}
