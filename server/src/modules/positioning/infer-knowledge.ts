// domain.md §2: one answer yields a direct element on its skill and inferred ones on the untested skills of its tube.
import type { Competence } from '../referential/load-content.js';
import type { Knowledge, NewKnowledge } from './knowledge-types.js';

/**
 * OK validates the skill and, by inference, the untested skills of the same tube below it;
 * KO invalidates the skill and the untested skills above it. The direct element comes first.
 */
export function inferKnowledge(competence: Competence, skillId: string, ok: boolean, known: Knowledge): NewKnowledge[] {
  const tube = competence.tubes.find((t) => t.skills.some((s) => s.id === skillId));
  const skill = tube?.skills.find((s) => s.id === skillId);
  if (!tube || !skill) throw new Error(`L'acquis ${skillId} n'appartient pas à la compétence ${competence.code}`);
  const status = ok ? 'VALIDATED' : 'INVALIDATED';
  const inferred = tube.skills
    .filter((s) => !known.has(s.id) && (ok ? s.difficulty < skill.difficulty : s.difficulty > skill.difficulty))
    .map((s): NewKnowledge => ({ skillId: s.id, status, source: 'INFERRED' }));
  return [{ skillId, status, source: 'DIRECT' }, ...inferred];
}
