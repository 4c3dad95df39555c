// domain.md §2: the estimated level θ balances the direct answers of the competence against a logistic model.
import type { Competence } from '../referential/load-content.js';
import type { Knowledge } from './knowledge-types.js';

export const THETA_MIN = 0.5;
export const THETA_MAX = 7.5;
export const THETA_STEP = 0.5;

export interface DirectAnswer { difficulty: number; validated: boolean }

// Two virtual answers keep θ finite before the first answer and after a run of only OK or only KO.
const VIRTUAL_ANSWERS: readonly DirectAnswer[] = [
  { difficulty: 0, validated: true },
  { difficulty: 7, validated: false },
];

// Balances that differ by less than this are floating-point noise around a true tie.
const TIE = 1e-9;

/** Chance that a learner of level θ passes a skill of difficulty d. */
export function successProbability(theta: number, difficulty: number): number {
  return 1 / (1 + Math.exp(-(theta - difficulty)));
}

/** The θ of the grid whose Σ(outcome − P) over the answers (plus the virtual ones) is closest to 0; ties → lowest θ. */
export function estimateTheta(answers: readonly DirectAnswer[]): number {
  const all = [...VIRTUAL_ANSWERS, ...answers];
  let best = THETA_MIN;
  let bestGap = Infinity;
  const steps = Math.round((THETA_MAX - THETA_MIN) / THETA_STEP);
  for (let i = 0; i <= steps; i++) {
    const theta = THETA_MIN + i * THETA_STEP;
    const gap = Math.abs(all.reduce((sum, a) => sum + (a.validated ? 1 : 0) - successProbability(theta, a.difficulty), 0));
    if (gap < bestGap - TIE) {
      best = theta;
      bestGap = gap;
    }
  }
  return best;
}

/** θ from the DIRECT elements only: inferred ones were never answered and would count one answer several times. */
export function estimateLevel(competence: Competence, known: Knowledge): number {
  const answers: DirectAnswer[] = [];
  for (const tube of competence.tubes) {
    for (const skill of tube.skills) {
      const k = known.get(skill.id);
      if (k?.source === 'DIRECT') answers.push({ difficulty: skill.difficulty, validated: k.status === 'VALIDATED' });
    }
  }
  return estimateTheta(answers);
}
