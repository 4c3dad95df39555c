// Certificate verification codes (domain.md §4): "P-" + 8 distinct characters of 2346789BCDFGHJKMPQRTVWXY.
import { randomInt } from 'node:crypto';

const ALPHABET = '2346789BCDFGHJKMPQRTVWXY';
export const VERIFICATION_CODE_PATTERN = /^P-[2346789BCDFGHJKMPQRTVWXY]{8}$/;

export function generateVerificationCode(pick: (max: number) => number = randomInt): string {
  const pool = ALPHABET.split('');
  let code = 'P-';
  for (let i = 0; i < 8; i++) code += pool.splice(pick(pool.length), 1)[0];
  return code;
}
