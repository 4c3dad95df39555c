import type { EntityManager } from '@mikro-orm/postgresql';
import { CredentialsInvalidError } from './errors.js';
import { checkPassword, decoyHash } from './password.js';
import { User } from './user.entity.js';

/** login is an e-mail address or a generated username; both are matched case-insensitively. */
export async function signIn(em: EntityManager, login: string, password: string, now: Date): Promise<User> {
  const key = login.trim().toLowerCase();
  const user = key ? await em.findOne(User, key.includes('@') ? { email: key } : { username: key }, { populate: ['passwordHash'] }) : null;
  const ok = await checkPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !ok) throw new CredentialsInvalidError();
  user.lastSignedInAt = now;
  await em.flush();
  return user;
}
