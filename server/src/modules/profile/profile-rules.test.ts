import { describe, expect, it } from 'vitest';
import { buildProfile, competenceScore, isCertifiable, latestPerSkill, type ElementFact } from './profile-rules.js';
import type { Referential } from '../referential/load-content.js';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const el = (skillId: string, status: ElementFact['status'], earnedPix: number, createdAt = at(1), competenceCode = '1.1'): ElementFact => ({
  skillId, competenceCode, status, earnedPix, createdAt,
});

/** 16 competences with no content: buildProfile only needs their codes, in order. */
const referential = {
  competences: ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'].map((code, index) => ({ code, index })),
} as unknown as Referential;
const rules = { maxReachableLevel: 6, improvingDelayDays: 4, resetDelayDays: 7 };

describe('competence score', () => {
  it('floors the sum of validated pix and derives the level from it', () => {
    expect(competenceScore([el('a', 'VALIDATED', 4), el('b', 'VALIDATED', 4), el('c', 'VALIDATED', 2.5)], 6)).toEqual({ pix: 10, level: 1, pixToNextLevel: 6 });
  });

  it('ignores invalidated and reset elements', () => {
    expect(competenceScore([el('a', 'INVALIDATED', 0), el('b', 'RESET', 0), el('c', 'VALIDATED', 3)], 6)).toEqual({ pix: 3, level: 0, pixToNextLevel: 5 });
  });

  it('counts three skills worth 8/3 each as a whole level, not 7 pix', () => {
    const third = 8 / 3;
    expect(competenceScore([el('a', 'VALIDATED', third), el('b', 'VALIDATED', third), el('c', 'VALIDATED', third)], 6).pix).toBe(8);
  });

  it('caps the score at max level × 8 and the level at the max reachable level', () => {
    const many = Array.from({ length: 20 }, (_, i) => el(`s${i}`, 'VALIDATED', 4));
    expect(competenceScore(many, 6)).toEqual({ pix: 48, level: 6, pixToNextLevel: 0 });
    expect(competenceScore(many, 5)).toEqual({ pix: 40, level: 5, pixToNextLevel: 0 });
  });

  it('gives level 5, not 6, just below the cap', () => {
    const elements = Array.from({ length: 11 }, (_, i) => el(`s${i}`, 'VALIDATED', 4)).concat(el('x', 'VALIDATED', 3.9));
    expect(competenceScore(elements, 6)).toEqual({ pix: 47, level: 5, pixToNextLevel: 1 });
  });
});

describe('latest element per skill', () => {
  it('keeps only the most recent element of each skill', () => {
    const latest = latestPerSkill([el('a', 'VALIDATED', 4, at(1)), el('a', 'INVALIDATED', 0, at(3)), el('b', 'VALIDATED', 2, at(2))]);
    expect(latest.map((e) => [e.skillId, e.status]).sort()).toEqual([['a', 'INVALIDATED'], ['b', 'VALIDATED']]);
  });
});

describe('certifiability', () => {
  it('needs level 1 or more in at least 5 competences', () => {
    expect(isCertifiable([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(true);
    expect(isCertifiable([6, 6, 6, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(false);
    expect(isCertifiable(new Array(16).fill(0))).toBe(false);
  });
});

describe('profile', () => {
  const level1 = (code: string, day = 1) => [el(`${code}-a`, 'VALIDATED', 4, at(day), code), el(`${code}-b`, 'VALIDATED', 4, at(day), code)];

  it('has 16 scorecards in framework order and sums the competence scores', () => {
    const profile = buildProfile([...level1('1.1'), ...level1('5.2')], referential, rules, at(30));
    expect(profile.scorecards.map((s) => s.competenceCode)).toEqual(referential.competences.map((c) => c.code));
    expect(profile.totalPix).toBe(16);
    expect(profile.maxReachableLevel).toBe(6);
  });

  it('is certifiable with exactly 5 competences at level 1', () => {
    const elements = ['1.1', '1.2', '2.1', '3.4', '5.2'].flatMap((c) => level1(c));
    const profile = buildProfile(elements, referential, rules, at(30));
    expect(profile).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 5, totalPix: 40 });
  });

  it('is not certifiable with 4 competences at level 1 and 7 pix in a fifth', () => {
    const elements = ['1.1', '1.2', '2.1', '3.4'].flatMap((c) => level1(c)).concat(el('5.2-a', 'VALIDATED', 4, at(1), '5.2'), el('5.2-b', 'VALIDATED', 3, at(1), '5.2'));
    const profile = buildProfile(elements, referential, rules, at(30));
    expect(profile).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 4, totalPix: 39 });
  });

  it('reports status and the days left before improving (4) and resetting (7)', () => {
    const profile = buildProfile(level1('1.1', 10), referential, rules, new Date(Date.UTC(2026, 0, 11, 12)));
    const card = profile.scorecards[0];
    expect(card).toMatchObject({ status: 'COMPLETED', remainingDaysBeforeImproving: 3, remainingDaysBeforeReset: 6 });
    expect(profile.scorecards[1]).toMatchObject({ status: 'NOT_STARTED', remainingDaysBeforeImproving: 0, remainingDaysBeforeReset: 0 });
    const later = buildProfile(level1('1.1', 10), referential, rules, at(20));
    expect(later.scorecards[0]).toMatchObject({ remainingDaysBeforeImproving: 0, remainingDaysBeforeReset: 0 });
  });

  it('shows a reset competence as not started with 0 pix', () => {
    const elements = [...level1('1.1', 1), el('1.1-a', 'RESET', 0, at(9)), el('1.1-b', 'RESET', 0, at(9))];
    expect(buildProfile(elements, referential, rules, at(30)).scorecards[0]).toMatchObject({ status: 'NOT_STARTED', pix: 0, level: 0 });
  });

  it('marks a competence with a test in progress as started', () => {
    expect(buildProfile([], referential, rules, at(1), new Set(['2.3'])).scorecards[5].status).toBe('STARTED');
  });
});
