// Campaign codes (domain.md §3): 6 letters without I, L, O (easily misread), then 3 digits from 2 to 9.
import { randomInt } from 'node:crypto';

const LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ';
const DIGITS = '23456789';
export const CAMPAIGN_CODE_PATTERN = /^[ABCDEFGHJKMNPQRSTUVWXYZ]{6}[2-9]{3}$/;

export function generateCampaignCode(pick: (n: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += LETTERS[pick(LETTERS.length)];
  for (let i = 0; i < 3; i++) code += DIGITS[pick(DIGITS.length)];
  return code;
}

/** What a learner typed, as a code: case and spaces do not matter. */
export function normalizeCampaignCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}
