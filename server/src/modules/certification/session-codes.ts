// Codes of a session (domain.md §4): an access code of 4 letters + 2 digits, and a 5-character invigilator password,
// from alphabets without easily confused characters.
import { randomInt } from 'node:crypto';

const ACCESS_LETTERS = 'BCDFGHJKMPQRTVWXY';
const ACCESS_DIGITS = '2346789';
const PASSWORD_CHARS = 'BCDFGHJKMPQRTVWXY2346789';
export const ACCESS_CODE_PATTERN = /^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/;

const draw = (alphabet: string, n: number, pick: (max: number) => number) => Array.from({ length: n }, () => alphabet[pick(alphabet.length)]).join('');

export function generateAccessCode(pick: (max: number) => number = randomInt): string {
  return draw(ACCESS_LETTERS, 4, pick) + draw(ACCESS_DIGITS, 2, pick);
}

export function generateInvigilatorPassword(pick: (max: number) => number = randomInt): string {
  return draw(PASSWORD_CHARS, 5, pick);
}
