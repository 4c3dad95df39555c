// Argon2id through a maintained native binding; parameters are the library's recommended defaults.
import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_RULE = 'au moins 8 caractères, dont une majuscule, une minuscule et un chiffre';

export function isStrongEnough(password: string): boolean {
  return password.length >= 8 && password.length <= 128 && /[A-Z]/.test(password) && /[a-z]/.test(password) && /\d/.test(password);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function checkPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when the login is unknown keeps the answer time the same as for a bad password. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash('decoy-password-Never-Matches-1');
  return decoy;
}
