// domain.md §2: which question to ask next in a positioning test on one competence, or none (the test is over).
import type { ContentChallenge } from '../referential/content-pack.schema.js';
import type { Competence, Skill } from '../referential/load-content.js';
import { estimateLevel, successProbability } from './estimate-level.js';
import type { Knowledge } from './knowledge-types.js';
import { pickByHash } from './stable-hash.js';

export interface PickInput {
  competence: Competence;
  known: Knowledge;
  /** Challenges answered in THIS assessment, in order (first question and timed rules). */
  answeredInAssessment: readonly { challengeId: string; timed: boolean }[];
  seed: string;
  seenChallengeIds?: ReadonlySet<string>;
  allowedSkillIds?: ReadonlySet<string>;
}

export interface Pick { skillId: string; challengeId: string; reward: number; estimatedLevel: number }

/** Tubes whose hardest skill is at most this level are asked first, while any of their skills is untested. */
export const EASY_TUBE_MAX_LEVEL = 3;
export const FIRST_QUESTION_LEVEL = 2;
/** Skills more than this many levels above θ are not asked. */
export const MAX_LEVELS_ABOVE_THETA = 2;
// Rewards closer than this are the same reward computed in another order.
const SAME_REWARD = 1e-9;

interface Candidate { skill: Skill; tubeUntested: Skill[]; easy: boolean; playable: ContentChallenge[] }

const isTimed = (c: ContentChallenge) => c.timerSeconds !== undefined;

/**
 * Reward of asking a skill of difficulty d: the expected number of untested skills of its tube the answer settles
 * (OK settles those at or below d, KO those at or above d).
 */
export function skillReward(theta: number, difficulty: number, tubeUntested: readonly { difficulty: number }[]): number {
  const p = successProbability(theta, difficulty);
  const below = tubeUntested.filter((s) => s.difficulty <= difficulty).length;
  const above = tubeUntested.filter((s) => s.difficulty >= difficulty).length;
  return p * below + (1 - p) * above;
}

export function pickNextChallenge(input: PickInput): Pick | null {
  const { competence, known, answeredInAssessment, seed, allowedSkillIds } = input;
  const theta = estimateLevel(competence, known);
  const first = answeredInAssessment.length === 0;
  // The first question is never timed, and a timed question is never followed by another one.
  const untimedOnly = first || answeredInAssessment[answeredInAssessment.length - 1].timed;

  let candidates: Candidate[] = [];
  for (const tube of competence.tubes) {
    // A campaign sees a tube through its target profile only: its hardest skill and its untested skills are the allowed ones.
    const skills = allowedSkillIds ? tube.skills.filter((s) => allowedSkillIds.has(s.id)) : tube.skills;
    if (!skills.length) continue;
    const easy = Math.max(...skills.map((s) => s.difficulty)) <= EASY_TUBE_MAX_LEVEL;
    const tubeUntested = skills.filter((s) => !known.has(s.id));
    for (const skill of tubeUntested) {
      const playable = untimedOnly ? skill.challenges.filter((c) => !isTimed(c)) : skill.challenges;
      if (playable.length) candidates.push({ skill, tubeUntested, easy, playable });
    }
  }
  if (candidates.some((c) => c.easy)) candidates = candidates.filter((c) => c.easy);
  candidates = candidates.filter((c) => c.skill.difficulty - theta <= MAX_LEVELS_ABOVE_THETA);
  if (first) {
    const gap = (c: Candidate) => Math.abs(c.skill.difficulty - FIRST_QUESTION_LEVEL);
    const closest = Math.min(...candidates.map(gap));
    candidates = candidates.filter((c) => gap(c) === closest);
  }
  if (!candidates.length) return null;

  const rewarded = candidates.map((c) => ({ ...c, reward: skillReward(theta, c.skill.difficulty, c.tubeUntested) }));
  const best = Math.max(...rewarded.map((c) => c.reward));
  const ties = rewarded.filter((c) => best - c.reward <= SAME_REWARD);
  const chosen = pickByHash(ties, seed, (c) => c.skill.id)!;
  const challenge = pickChallenge(chosen.playable, seed, input.seenChallengeIds, answeredInAssessment);
  return { skillId: chosen.skill.id, challengeId: challenge.id, reward: chosen.reward, estimatedLevel: theta };
}

/** A version of the question the learner has not met yet when there is one (variants exist for that). */
function pickChallenge(
  playable: readonly ContentChallenge[],
  seed: string,
  seen: ReadonlySet<string> | undefined,
  answered: PickInput['answeredInAssessment'],
): ContentChallenge {
  const met = new Set([...(seen ?? []), ...answered.map((a) => a.challengeId)]);
  const fresh = playable.filter((c) => !met.has(c.id));
  return pickByHash(fresh.length ? fresh : playable, seed, (c) => c.id)!;
}
