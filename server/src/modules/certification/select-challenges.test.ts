import { describe, expect, it } from 'vitest';
import { loadContent } from '../referential/load-content.js';
import { selectCertificationChallenges } from './select-challenges.js';

const ref = loadContent();
const skillsOf = (code: string) => ref.competenceByCode.get(code)!.tubes.flatMap((t) => t.skills);
const at = (code: string, difficulty: number) => skillsOf(code).filter((s) => s.difficulty === difficulty);

describe('certification challenge selection', () => {
  it('takes 3 challenges per certifiable competence, from the hardest directly validated skills, one per tube', () => {
    const validated = new Set([...at('1.1', 4), ...at('1.1', 3), ...at('2.1', 2), ...at('2.1', 1)].map((s) => s.id));
    const selected = selectCertificationChallenges({ referential: ref, levels: new Map([['1.1', 4], ['2.1', 2], ['3.1', 0]]), directlyValidated: validated, answered: new Set() });
    expect(selected.map((c) => c.competenceCode)).toEqual(['1.1', '1.1', '1.1', '2.1', '2.1', '2.1']);
    expect(selected.filter((c) => c.competenceCode === '1.1').map((c) => c.difficulty)).toEqual([4, 4, 4]);
    const tubes = selected.filter((c) => c.competenceCode === '1.1').map((c) => ref.skillById.get(c.skillId)!.tubeId);
    expect(new Set(tubes).size).toBe(3);
  });

  it('fills from a tube already used when other tubes have nothing validated', () => {
    const [tube] = ref.competenceByCode.get('4.1')!.tubes;
    const validated = new Set(tube.skills.filter((s) => s.difficulty <= 3).map((s) => s.id));
    const selected = selectCertificationChallenges({ referential: ref, levels: new Map([['4.1', 1]]), directlyValidated: validated, answered: new Set() });
    expect(selected.map((c) => c.difficulty)).toEqual([3, 2, 1]);
  });

  it('prefers a challenge never answered, and skips competences below level 1', () => {
    const skill = at('1.2', 2).find((s) => s.challenges.length > 1)!;
    const selected = selectCertificationChallenges({ referential: ref, levels: new Map([['1.2', 2], ['1.3', 0]]), directlyValidated: new Set([skill.id, ...at('1.3', 1).map((s) => s.id)]), answered: new Set([skill.challenges[0].id]) });
    expect(selected).toEqual([{ challengeId: skill.challenges[1].id, skillId: skill.id, competenceCode: '1.2', difficulty: 2 }]);
  });
});
