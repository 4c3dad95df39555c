// domain.md §1–§2 and §4: how knowledge elements become pix, levels and certifiability. Pure functions.
import type { Referential } from '../referential/load-content.js';
import type { KnowledgeElementStatus } from './knowledge-element.entity.js';

export const PIX_PER_LEVEL = 8;
export const CERTIFIABLE_LEVEL = 1;
export const CERTIFIABLE_COMPETENCES = 5;

export interface ElementFact {
  skillId: string;
  competenceCode: string;
  status: KnowledgeElementStatus;
  earnedPix: number;
  createdAt: Date;
}

export type ScorecardStatus = 'NOT_STARTED' | 'STARTED' | 'COMPLETED';

export interface CompetenceScore { pix: number; level: number; pixToNextLevel: number }

export interface ProfileRules {
  maxReachableLevel: number;
  improvingDelayDays: number;
  resetDelayDays: number;
}

export interface ScorecardView extends CompetenceScore {
  competenceCode: string;
  status: ScorecardStatus;
  remainingDaysBeforeImproving: number;
  remainingDaysBeforeReset: number;
}

export interface ProfileView {
  totalPix: number;
  maxReachableLevel: number;
  isCertifiable: boolean;
  certifiableCompetencesCount: number;
  scorecards: ScorecardView[];
}

/** Only the most recent element of each skill counts. */
export function latestPerSkill(elements: ElementFact[]): ElementFact[] {
  const latest = new Map<string, ElementFact>();
  for (const e of elements) {
    const seen = latest.get(e.skillId);
    if (!seen || e.createdAt.getTime() >= seen.createdAt.getTime()) latest.set(e.skillId, e);
  }
  return [...latest.values()];
}

/** Score = floor(sum of validated pix) capped at maxLevel × 8; level = floor(score / 8) capped at maxLevel. */
export function competenceScore(latest: ElementFact[], maxReachableLevel: number): CompetenceScore {
  const sum = latest.reduce((total, e) => (e.status === 'VALIDATED' ? total + e.earnedPix : total), 0);
  // Pix values such as 8/3 add up to 7.999…; a tiny epsilon keeps floor() from losing a whole pix to rounding.
  const pix = Math.min(Math.floor(sum + 1e-9), maxReachableLevel * PIX_PER_LEVEL);
  const level = Math.min(Math.floor(pix / PIX_PER_LEVEL), maxReachableLevel);
  const pixToNextLevel = level >= maxReachableLevel ? 0 : (level + 1) * PIX_PER_LEVEL - pix;
  return { pix, level, pixToNextLevel };
}

export function isCertifiable(levels: number[]): boolean {
  return levels.filter((l) => l >= CERTIFIABLE_LEVEL).length >= CERTIFIABLE_COMPETENCES;
}

const DAY_MS = 24 * 3600 * 1000;

export function remainingDays(since: Date | undefined, delayDays: number, now: Date): number {
  if (!since) return 0;
  const left = delayDays - (now.getTime() - since.getTime()) / DAY_MS;
  return left > 0 ? Math.ceil(left) : 0;
}

/**
 * Builds the 16 scorecards in framework order.
 * @param started competences with a positioning test in progress
 */
export function buildProfile(
  elements: ElementFact[],
  referential: Referential,
  rules: ProfileRules,
  now: Date,
  started: ReadonlySet<string> = new Set(),
): ProfileView {
  const byCompetence = new Map<string, ElementFact[]>();
  for (const e of latestPerSkill(elements)) {
    const list = byCompetence.get(e.competenceCode) ?? [];
    list.push(e);
    byCompetence.set(e.competenceCode, list);
  }
  const scorecards = referential.competences.map((c): ScorecardView => {
    const latest = byCompetence.get(c.code) ?? [];
    const score = competenceScore(latest, rules.maxReachableLevel);
    const counted = latest.filter((e) => e.status !== 'RESET');
    const status: ScorecardStatus = started.has(c.code) ? 'STARTED' : counted.length ? 'COMPLETED' : 'NOT_STARTED';
    const lastAnswerAt = counted.reduce<Date | undefined>((d, e) => (!d || e.createdAt > d ? e.createdAt : d), undefined);
    const completed = status === 'COMPLETED';
    return {
      competenceCode: c.code,
      ...score,
      status,
      remainingDaysBeforeImproving: completed ? remainingDays(lastAnswerAt, rules.improvingDelayDays, now) : 0,
      remainingDaysBeforeReset: completed ? remainingDays(lastAnswerAt, rules.resetDelayDays, now) : 0,
    };
  });
  const levels = scorecards.map((s) => s.level);
  return {
    totalPix: scorecards.reduce((t, s) => t + s.pix, 0),
    maxReachableLevel: rules.maxReachableLevel,
    isCertifiable: isCertifiable(levels),
    certifiableCompetencesCount: levels.filter((l) => l >= CERTIFIABLE_LEVEL).length,
    scorecards,
  };
}
