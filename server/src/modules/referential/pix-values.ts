// domain.md §1: within one competence, the skills of one level share 8 pix, at most 4 each.
export const PIX_PER_LEVEL = 8;
export const MAX_PIX_PER_SKILL = 4;

export function pixValuesByLevel(skills: { difficulty: number }[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of skills) counts.set(s.difficulty, (counts.get(s.difficulty) ?? 0) + 1);
  const values = new Map<number, number>();
  for (const [level, count] of counts) values.set(level, Math.min(MAX_PIX_PER_SKILL, PIX_PER_LEVEL / count));
  return values;
}
