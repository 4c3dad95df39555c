// domain.md §4: 3 challenges per certifiable competence, from the learner's directly validated skills at their
// highest levels, challenges never answered first, tubes spread. Pure and deterministic.
import type { Referential } from '../referential/load-content.js';

export const CHALLENGES_PER_COMPETENCE = 3;

export interface SelectedChallenge { challengeId: string; skillId: string; competenceCode: string; difficulty: number }

export interface SelectionInput {
  referential: Referential;
  /** Competence code → level of the learner's profile. */
  levels: ReadonlyMap<string, number>;
  /** Skills the learner validated directly (latest element per skill). */
  directlyValidated: ReadonlySet<string>;
  /** Challenges the learner answered in any earlier test. */
  answered: ReadonlySet<string>;
}

export function selectCertificationChallenges({ referential, levels, directlyValidated, answered }: SelectionInput): SelectedChallenge[] {
  const selected: SelectedChallenge[] = [];
  for (const competence of referential.competences) {
    if ((levels.get(competence.code) ?? 0) < 1) continue;
    const skills = competence.tubes
      .flatMap((t) => t.skills)
      .filter((s) => directlyValidated.has(s.id))
      .sort((a, b) => b.difficulty - a.difficulty || a.id.localeCompare(b.id));
    const picked: typeof skills = [];
    const usedTubes = new Set<string>();
    // First pass: the hardest skill of each tube, hardest first; then fill from tubes already used.
    for (const skill of skills) {
      if (picked.length === CHALLENGES_PER_COMPETENCE) break;
      if (usedTubes.has(skill.tubeId)) continue;
      picked.push(skill);
      usedTubes.add(skill.tubeId);
    }
    for (const skill of skills) {
      if (picked.length === CHALLENGES_PER_COMPETENCE) break;
      if (!picked.includes(skill)) picked.push(skill);
    }
    for (const skill of picked) {
      const challenge = skill.challenges.find((c) => !answered.has(c.id)) ?? skill.challenges[0];
      selected.push({ challengeId: challenge.id, skillId: skill.id, competenceCode: competence.code, difficulty: skill.difficulty });
    }
  }
  return selected;
}
