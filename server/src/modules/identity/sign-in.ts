import type { EntityManager } from '@mikro-orm/postgresql';
import { CredentialsInvalidError } from './errors.js';
import { checkPassword, decoyHash } from './password.js';
import { User } from './user.entity.js';
import { assertNotLocked, clearFailures, FAILURES_BEFORE_LOCK_PER_ADDRESS, recordFailure } from './rate-limit.js';

/**
 * login is an e-mail address or a generated username; both are matched case-insensitively. Failures are counted per
 * login (10 lock it for 2 minutes, then twice as long each further 10) and per client address (100, as a school
 * shares one address).
 */
export async function signIn(em: EntityManager, login: string, password: string, now: Date, clientIp = 'local'): Promise<User> {
  const key = login.trim().toLowerCase();
  const limits = [`signin:ip:${clientIp}`, `signin:login:${key}`];
  await assertNotLocked(em, limits, now);
  const user = key ? await em.findOne(User, key.includes('@') ? { email: key } : { username: key }, { populate: ['passwordHash'] }) : null;
  const ok = await checkPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !ok) {
    await recordFailure(em, [`signin:login:${key}`], now);
    await recordFailure(em, [`signin:ip:${clientIp}`], now, FAILURES_BEFORE_LOCK_PER_ADDRESS);
    throw new CredentialsInvalidError();
  }
  await clearFailures(em, [`signin:login:${key}`]);
  user.lastSignedInAt = now;
  await em.flush();
  return user;
}
