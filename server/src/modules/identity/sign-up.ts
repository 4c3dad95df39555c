import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { fromZod } from '../../graphql/errors.js';
import { EmailAlreadyUsedError } from './errors.js';
import { hashPassword, isStrongEnough, PASSWORD_RULE } from './password.js';
import { User } from './user.entity.js';

export interface SignUpData { firstName: string; lastName: string; email: string; password: string; birthdate?: string | null }

const name = (label: string) => z.string().trim().min(1, `${label} est obligatoire.`).max(100, `${label} est trop long.`);

export function signUpSchema(today: string) {
  return z.object({
    firstName: name('Le prénom'),
    lastName: name('Le nom'),
    email: z.string().trim().toLowerCase().pipe(z.email("L'adresse e-mail n'est pas valide.")),
    password: z.string().refine(isStrongEnough, `Le mot de passe doit contenir ${PASSWORD_RULE}.`),
    birthdate: z
      .string()
      .refine((d) => d >= '1900-01-01' && d < today, "La date de naissance n'est pas valide.")
      .nullish(),
  });
}

export async function signUp(em: EntityManager, data: SignUpData, now: Date): Promise<User> {
  const parsed = signUpSchema(now.toISOString().slice(0, 10)).safeParse(data);
  if (!parsed.success) throw fromZod(parsed.error);
  const input = parsed.data;
  if (await em.count(User, { email: input.email })) throw new EmailAlreadyUsedError();
  const user = em.create(User, {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    passwordHash: await hashPassword(input.password),
    birthdate: input.birthdate ?? null,
    platformRoles: [],
    createdAt: now,
    lastSignedInAt: now,
  });
  try {
    await em.flush();
  } catch (e) {
    // Two sign-ups racing for one address: the unique index decides.
    if (e instanceof UniqueConstraintViolationException) throw new EmailAlreadyUsedError();
    throw e;
  }
  return user;
}
