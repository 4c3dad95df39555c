// How each challenge counts (domain.md §4): correct, wrong or neutralised, and the QROCM-dep double counting.
import { MAX_CHALLENGES_PER_COMPETENCE } from './decision-table.js';
import type { AbortReason, CertificationChallengeResult } from './scoring-types.js';

export type Verdict = 'CORRECT' | 'WRONG' | 'NEUTRALIZED';

/** Why a challenge counts as it does; the jury is told how many of each. */
export type VerdictReason = 'ANSWERED' | 'NEUTRALIZED_BY_JURY' | 'UNANSWERED_TECHNICAL_ABORT' | 'UNANSWERED_COUNTED_WRONG';

export function verdictOf(challenge: CertificationChallengeResult, abortReason: AbortReason): { verdict: Verdict; reason: VerdictReason } {
  // A neutralisation (jury or automatic jury) wins over the answer, even an OK one: the challenge is out of the count.
  if (challenge.neutralized) return { verdict: 'NEUTRALIZED', reason: 'NEUTRALIZED_BY_JURY' };
  if (challenge.status === null) {
    // The automatic jury neutralises what a technical abort left unanswered; a candidate abort (or none given)
    // leaves it to count wrong.
    return abortReason === 'TECHNICAL'
      ? { verdict: 'NEUTRALIZED', reason: 'UNANSWERED_TECHNICAL_ABORT' }
      : { verdict: 'WRONG', reason: 'UNANSWERED_COUNTED_WRONG' };
  }
  // Only OK is correct: PARTIALLY, SKIPPED, TIMEDOUT, FOCUSED_OUT and KO are wrong (PARTIALLY only earns half a
  // QROCM-dep, below).
  return { verdict: challenge.status === 'OK' ? 'CORRECT' : 'WRONG', reason: 'ANSWERED' };
}

export interface CompetenceCounts {
  /** Counts after the QROCM-dep rule, as the table reads them. */
  challenges: number;
  correct: number;
  neutralized: number;
  /** Real challenges of the competence, and how many QROCM-dep were counted double. */
  realChallenges: number;
  doubledQrocmDep: number;
  /** Whether slots beyond the third were dropped. */
  capped: boolean;
}

/**
 * The challenges of one competence, in challenge order, turned into the table's counts.
 * QROCM-dep counts double only in a competence with fewer than 3 real challenges (neutralised ones included: they
 * were asked). Its two slots: OK → 2 correct; PARTIALLY → 1 correct then 1 wrong; neutralised → 2 neutralised;
 * anything else → 2 wrong. Only the first 3 slots are kept; when the cap splits a PARTIALLY QROCM-dep, its first
 * (correct) half is kept, as the rule lists "1 correct and 1 wrong" in that order.
 * This applies to the table only: the reproducibility rate counts real challenges (see score-certification.ts).
 */
export function competenceCounts(challenges: readonly CertificationChallengeResult[], abortReason: AbortReason): CompetenceCounts {
  // The test asks at most 3 challenges per competence: more means corrupted data, which must reach the human jury
  // rather than be silently cut.
  if (challenges.length > MAX_CHALLENGES_PER_COMPETENCE) {
    throw new RangeError(`Competence ${challenges[0]?.competenceCode} has ${challenges.length} challenges; at most 3 are asked`);
  }
  const doubling = challenges.length < MAX_CHALLENGES_PER_COMPETENCE;
  const slots: Verdict[] = [];
  let doubledQrocmDep = 0;
  for (const challenge of challenges) {
    const { verdict } = verdictOf(challenge, abortReason);
    if (doubling && challenge.challengeType === 'QROCM-dep') {
      doubledQrocmDep++;
      const partial = verdict === 'WRONG' && challenge.status === 'PARTIALLY';
      slots.push(partial ? 'CORRECT' : verdict, verdict);
    } else {
      slots.push(verdict);
    }
  }
  const kept = slots.slice(0, MAX_CHALLENGES_PER_COMPETENCE);
  return {
    challenges: kept.length,
    correct: kept.filter((v) => v === 'CORRECT').length,
    neutralized: kept.filter((v) => v === 'NEUTRALIZED').length,
    realChallenges: challenges.length,
    doubledQrocmDep,
    capped: slots.length > kept.length,
  };
}
