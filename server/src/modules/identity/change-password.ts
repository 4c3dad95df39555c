import type { EntityManager } from '@mikro-orm/postgresql';
import { InputInvalidError } from '../../graphql/errors.js';
import { CredentialsInvalidError } from './errors.js';
import { checkPassword, hashPassword, isStrongEnough, PASSWORD_RULE } from './password.js';
import { User } from './user.entity.js';

export async function changePassword(em: EntityManager, userId: number, currentPassword: string, newPassword: string): Promise<User> {
  const user = await em.findOneOrFail(User, { id: userId }, { populate: ['passwordHash'] });
  if (!(await checkPassword(user.passwordHash, currentPassword))) throw new CredentialsInvalidError();
  if (!isStrongEnough(newPassword)) throw new InputInvalidError([{ field: 'newPassword', message: `Le mot de passe doit contenir ${PASSWORD_RULE}.` }]);
  if (newPassword === currentPassword) throw new InputInvalidError([{ field: 'newPassword', message: 'Choisissez un mot de passe différent de l’actuel.' }]);
  user.passwordHash = await hashPassword(newPassword);
  user.mustChangePassword = false;
  await em.flush();
  return user;
}
