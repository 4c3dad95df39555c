import { describe, expect, it } from 'vitest';
import { estimateLevel, inferKnowledge, pickNextChallenge, type Knowledge, type KnownSkill, type PickInput } from './engine.js';
import { estimateTheta, successProbability } from './estimate-level.js';
import { skillReward } from './pick-challenge.js';
import { loadContent, type Competence, type Skill } from '../referential/load-content.js';
import type { ContentChallenge } from '../referential/content-pack.schema.js';
import { competenceScore, type ElementFact } from '../profile/profile-rules.js';

// ---- small hand-built competences ----

const challenge = (id: string, extra: Partial<ContentChallenge> = {}): ContentChallenge =>
  ({ id, type: 'QCU', instruction: `Question ${id}`, proposals: ['oui', 'non'], solution: ['oui'], ...extra }) as ContentChallenge;

/** A tube "@t" with one skill per difficulty; skill "t3" has challenge "t3-a" unless told otherwise. */
function tube(name: string, difficulties: number[], challenges: Record<number, ContentChallenge[]> = {}) {
  const skills: Skill[] = difficulties.map((d) => ({
    id: `${name}${d}`,
    name: `@${name}${d}`,
    difficulty: d,
    pixValue: 8,
    tubeId: name,
    competenceCode: '9.9',
    tutorials: [],
    challenges: challenges[d] ?? [challenge(`${name}${d}-a`)],
  }));
  return { id: name, name: `@${name}`, title: name, competenceCode: '9.9', skills };
}

const competenceOf = (...tubes: ReturnType<typeof tube>[]): Competence => ({ code: '9.9', name: 'Test', areaCode: '9', index: 0, tubes });

const direct = (status: KnownSkill['status']): KnownSkill => ({ status, source: 'DIRECT' });
const inferred = (status: KnownSkill['status']): KnownSkill => ({ status, source: 'INFERRED' });
const knowledge = (entries: Record<string, KnownSkill>): Knowledge => new Map(Object.entries(entries));

/** Not the first question, and the previous one was not timed. */
const afterOneUntimed = [{ challengeId: 'earlier', timed: false }];
const afterOneTimed = [{ challengeId: 'earlier', timed: true }];

const pick = (input: Partial<PickInput> & { competence: Competence }) =>
  pickNextChallenge({ known: new Map(), answeredInAssessment: afterOneUntimed, seed: 'seed', ...input });

const difficultyOf = (competence: Competence, skillId: string | undefined) =>
  competence.tubes.flatMap((t) => t.skills).find((s) => s.id === skillId)?.difficulty;

describe('inference', () => {
  const competence = competenceOf(tube('a', [1, 2, 3, 4, 5]), tube('b', [1, 2, 3]));

  it('OK validates the skill directly, then the untested skills of its tube below it', () => {
    expect(inferKnowledge(competence, 'a3', true, new Map())).toEqual([
      { skillId: 'a3', status: 'VALIDATED', source: 'DIRECT' },
      { skillId: 'a1', status: 'VALIDATED', source: 'INFERRED' },
      { skillId: 'a2', status: 'VALIDATED', source: 'INFERRED' },
    ]);
  });

  it('KO invalidates the skill directly, then the untested skills of its tube above it', () => {
    expect(inferKnowledge(competence, 'a3', false, new Map())).toEqual([
      { skillId: 'a3', status: 'INVALIDATED', source: 'DIRECT' },
      { skillId: 'a4', status: 'INVALIDATED', source: 'INFERRED' },
      { skillId: 'a5', status: 'INVALIDATED', source: 'INFERRED' },
    ]);
  });

  it('infers nothing on skills that already have an element, nor outside the tube', () => {
    const known = knowledge({ a1: direct('INVALIDATED'), a5: inferred('VALIDATED') });
    expect(inferKnowledge(competence, 'a3', true, known).map((k) => k.skillId)).toEqual(['a3', 'a2']);
    expect(inferKnowledge(competence, 'a3', false, known).map((k) => k.skillId)).toEqual(['a3', 'a4']);
    expect(inferKnowledge(competence, 'b2', true, new Map()).map((k) => k.skillId)).toEqual(['b2', 'b1']);
  });

  it('refuses a skill of another competence', () => {
    expect(() => inferKnowledge(competence, 'zz9', true, new Map())).toThrow(/zz9/);
  });
});

describe('estimated level θ', () => {
  const competence = competenceOf(tube('a', [1, 2, 3, 4, 5, 6]), tube('b', [1, 2, 3, 4, 5, 6]));

  it('with no answer, balances the two virtual answers (d = 0 passed, d = 7 failed) at 3.5', () => {
    // 1 − P(3.5, 0) − P(3.5, 7) = 1 − σ(3.5) − σ(−3.5) = 0 exactly.
    expect(estimateLevel(competence, new Map())).toBe(3.5);
  });

  it('rises after several OK at high levels and falls after KO at low levels', () => {
    const oneHigh = estimateLevel(competence, knowledge({ a5: direct('VALIDATED') }));
    const threeHigh = estimateLevel(competence, knowledge({ a5: direct('VALIDATED'), a6: direct('VALIDATED'), b6: direct('VALIDATED') }));
    expect(oneHigh).toBeGreaterThan(3.5);
    expect(threeHigh).toBeGreaterThan(oneHigh);
    expect(estimateLevel(competence, knowledge({ a1: direct('INVALIDATED'), b2: direct('INVALIDATED') }))).toBeLessThan(3.5);
  });

  it('counts direct answers only', () => {
    expect(estimateLevel(competence, knowledge({ a6: inferred('VALIDATED'), b5: inferred('VALIDATED') }))).toBe(3.5);
  });

  it('stays on the grid 0.5..7.5', () => {
    const allOk = Object.fromEntries(competence.tubes.flatMap((t) => t.skills).map((s) => [s.id, direct('VALIDATED')]));
    const allKo = Object.fromEntries(competence.tubes.flatMap((t) => t.skills).map((s) => [s.id, direct('INVALIDATED')]));
    expect(estimateLevel(competence, knowledge(allOk))).toBe(7.5);
    expect(estimateLevel(competence, knowledge(allKo))).toBe(0.5);
  });

  it('takes the lowest θ when two are equally close to the balance', () => {
    // Answers symmetric around 3.75 (with the virtual ones): the balance at 3.5 is the opposite of the one at 4.
    const answers = [{ difficulty: 0.5, validated: true }, { difficulty: 7.5, validated: false }];
    const balance = (theta: number) => [[0, 1], [7, 0], [0.5, 1], [7.5, 0]].reduce((s, [d, o]) => s + o - successProbability(theta, d), 0);
    expect(balance(3.5)).toBeCloseTo(-balance(4), 12);
    expect(Math.abs(balance(3.5))).toBeGreaterThan(0.01);
    expect(estimateTheta(answers)).toBe(3.5);
  });
});

describe('reward', () => {
  it('weighs the skills settled by an OK (at or below d) and by a KO (at or above d), hand-computed', () => {
    const untested = [1, 2, 3, 4, 5].map((difficulty) => ({ difficulty }));
    // θ = 3.5, d = 4: P = 1 / (1 + e^0.5) = 0.37754; 4 skills at or below, 2 at or above → 4P + 2(1 − P) = 2.75508.
    expect(skillReward(3.5, 4, untested)).toBeCloseTo(2.75508, 5);
    // d = 3: 3 below, 3 above → 3 whatever P.
    expect(skillReward(3.5, 3, untested)).toBeCloseTo(3, 12);
    // d = 1: P = σ(2.5) = 0.92414; 1 below, 5 above → 0.92414 + 5 × 0.07586 = 1.30343.
    expect(skillReward(3.5, 1, untested)).toBeCloseTo(1.30343, 5);
  });

  it('asks the skill with the best reward and returns that reward and θ', () => {
    const competence = competenceOf(tube('a', [1, 2, 3, 4, 5]));
    expect(pick({ competence })).toMatchObject({ skillId: 'a3', challengeId: 'a3-a', estimatedLevel: 3.5 });
    expect(pick({ competence })!.reward).toBeCloseTo(3, 12);
  });
});

describe('filters', () => {
  it('aims the first question at level 2, untimed', () => {
    const competence = competenceOf(
      tube('a', [1, 2, 3, 4, 5, 6], { 2: [challenge('a2-timed', { timerSeconds: 60 })] }),
      tube('b', [1, 2, 3, 4, 5, 6]),
    );
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      expect(pickNextChallenge({ competence, known: new Map(), answeredInAssessment: [], seed })).toMatchObject({ skillId: 'b2', challengeId: 'b2-a' });
    }
  });

  it('aims the first question at the closest level when no level 2 skill is playable', () => {
    const competence = competenceOf(tube('a', [1, 3, 4, 5, 6]));
    const first = pickNextChallenge({ competence, known: new Map(), answeredInAssessment: [], seed: 's' });
    expect([1, 3]).toContain(difficultyOf(competence, first?.skillId));
    // Both at distance 1; the reward then prefers 3 (2.38 against 1.23).
    expect(first?.skillId).toBe('a3');
  });

  it('drops the skills more than 2 levels above θ, and ends when only those remain', () => {
    const competence = competenceOf(tube('a', [1, 2, 3]), tube('b', [1, 4, 6]));
    const known = knowledge({ a1: direct('INVALIDATED'), a2: direct('INVALIDATED'), a3: direct('INVALIDATED') });
    expect(estimateLevel(competence, known)).toBe(0.5);
    expect(pick({ competence, known })?.skillId).toBe('b1');
    // b1 passed: θ = 1, so b4 and b6 stay out of reach.
    const more = new Map([...known, ['b1', direct('VALIDATED')]]);
    expect(estimateLevel(competence, more)).toBe(1);
    expect(pick({ competence, known: more })).toBeNull();
  });

  it('asks the tubes whose hardest skill is at most level 3 first, while one of their skills is untested', () => {
    const competence = competenceOf(tube('easy', [1, 2, 3]), tube('hard', [1, 2, 3, 4, 5, 6]));
    // Without the rule "hard3" would win: its reward (3.38) beats the best of the easy tube, "easy3" (2.24).
    expect(skillReward(3.5, 3, competence.tubes[1].skills)).toBeGreaterThan(skillReward(3.5, 3, competence.tubes[0].skills));
    expect(pick({ competence })?.skillId).toBe('easy3');
    expect(pick({ competence, known: knowledge({ easy3: direct('INVALIDATED') }) })?.skillId).toMatch(/^easy[12]$/);
    const easyDone = knowledge({ easy3: direct('VALIDATED'), easy2: inferred('VALIDATED'), easy1: inferred('VALIDATED') });
    expect(pick({ competence, known: easyDone })?.skillId).toMatch(/^hard/);
  });

  it('never asks two timed challenges in a row', () => {
    // Alone, "a3" has the best reward (3) and only a timed challenge; "a4" comes next (2.76).
    const competence = competenceOf(tube('a', [1, 2, 3, 4, 5], { 3: [challenge('a3-timed', { timerSeconds: 60 })] }));
    expect(pick({ competence, answeredInAssessment: afterOneUntimed })).toMatchObject({ skillId: 'a3', challengeId: 'a3-timed' });
    expect(pick({ competence, answeredInAssessment: afterOneTimed })?.skillId).toBe('a4');
  });

  it('after a timed challenge, plays an untimed variant of the skill', () => {
    const competence = competenceOf(tube('a', [1, 2, 3, 4, 5], {
      3: [challenge('a3-timed', { timerSeconds: 60 }), challenge('a3-untimed', { variantOf: 'a3-timed' })],
    }));
    for (const seed of ['s1', 's2', 's3', 's4']) {
      expect(pick({ competence, seed, answeredInAssessment: afterOneTimed })).toMatchObject({ skillId: 'a3', challengeId: 'a3-untimed' });
    }
  });

  it('asks only the allowed skills and counts only them as untested for the reward', () => {
    const competence = competenceOf(tube('a', [1, 2, 3, 4, 5]), tube('b', [1, 2, 3, 4, 5]));
    const allowedSkillIds = new Set(['a1', 'a2', 'a3']);
    const first = pick({ competence, allowedSkillIds });
    // Allowed untested {1, 2, 3}: reward of a3 = 3P + 1(1 − P), P = σ(0.5) = 0.62246 → 2.24492 (a2: 2, a1: 1.15).
    expect(first?.skillId).toBe('a3');
    expect(first?.reward).toBeCloseTo(2.24492, 5);
    const known = knowledge({ a3: direct('INVALIDATED') });
    expect(allowedSkillIds.has(pick({ competence, allowedSkillIds, known })!.skillId)).toBe(true);
    expect(pick({ competence, allowedSkillIds, known: knowledge({ a1: direct('VALIDATED'), a2: direct('VALIDATED'), a3: direct('VALIDATED') }) })).toBeNull();
  });
});

describe('determinism', () => {
  const competence = competenceOf(tube('a', [1, 2, 3, 4, 5, 6]), tube('b', [1, 2, 3, 4, 5, 6]), tube('c', [1, 2, 3, 4, 5, 6], {
    2: [challenge('c2-a'), challenge('c2-b', { variantOf: 'c2-a' }), challenge('c2-c', { variantOf: 'c2-a' })],
  }));
  const seeds = Array.from({ length: 30 }, (_, i) => `assessment-${i}`);
  const first = (seed: string, seenChallengeIds?: ReadonlySet<string>) =>
    pickNextChallenge({ competence, known: new Map(), answeredInAssessment: [], seed, seenChallengeIds });

  it('gives the same pick for the same inputs', () => {
    for (const seed of seeds) expect(first(seed)).toEqual(first(seed));
  });

  it('breaks ties between skills and between challenges differently from one seed to another', () => {
    const picks = seeds.map((seed) => first(seed)!);
    expect(new Set(picks.map((p) => p.skillId))).toEqual(new Set(['a2', 'b2', 'c2']));
    const c2 = picks.filter((p) => p.skillId === 'c2').map((p) => p.challengeId);
    expect(new Set(c2).size).toBeGreaterThan(1);
  });

  it('prefers a variant the learner has not answered before', () => {
    const seen = new Set(['c2-a', 'c2-c']);
    const c2 = seeds.map((seed) => first(seed, seen)!).filter((p) => p.skillId === 'c2');
    expect(c2.length).toBeGreaterThan(0);
    for (const p of c2) expect(p.challengeId).toBe('c2-b');
    // All seen: one of them is asked again rather than none.
    const allSeen = new Set(['c2-a', 'c2-b', 'c2-c']);
    const again = seeds.map((seed) => first(seed, allSeen)!).filter((p) => p.skillId === 'c2');
    for (const p of again) expect(allSeen.has(p.challengeId)).toBe(true);
  });
});

describe('end of the test', () => {
  it('returns null once every skill has an element', () => {
    const competence = competenceOf(tube('a', [1, 2, 3]), tube('b', [1, 2, 3, 4]));
    const all = Object.fromEntries(competence.tubes.flatMap((t) => t.skills).map((s) => [s.id, inferred('VALIDATED')]));
    expect(pick({ competence, known: knowledge(all) })).toBeNull();
    expect(pickNextChallenge({ competence, known: knowledge(all), answeredInAssessment: [], seed: 's' })).toBeNull();
  });
});

// ---- the real content pack ----

describe('on the real content pack', () => {
  const referential = loadContent();

  /** Plays a whole test; `answer` says whether the learner gets a skill right. */
  function play(code: string, seed: string, answer: (skill: Skill, index: number) => boolean) {
    const competence = referential.competenceByCode.get(code)!;
    const known = new Map<string, KnownSkill>();
    const answered: { challengeId: string; timed: boolean }[] = [];
    const asked: { skill: Skill; timed: boolean }[] = [];
    for (;;) {
      const next = pickNextChallenge({ competence, known, answeredInAssessment: answered, seed });
      if (!next || asked.length > 60) break;
      const { challenge: c, skill } = referential.challengeById.get(next.challengeId)!;
      expect(skill.id).toBe(next.skillId);
      for (const k of inferKnowledge(competence, skill.id, answer(skill, asked.length), known)) known.set(k.skillId, k);
      answered.push({ challengeId: c.id, timed: c.timerSeconds !== undefined });
      asked.push({ skill, timed: c.timerSeconds !== undefined });
    }
    const facts: ElementFact[] = [...known].map(([skillId, k]) => ({
      skillId, competenceCode: code, status: k.status, earnedPix: k.status === 'VALIDATED' ? referential.skillById.get(skillId)!.pixValue : 0, createdAt: new Date(0),
    }));
    return { asked, score: competenceScore(facts, 6) };
  }

  it('brings a learner who gets everything right on 1.1 to level 6 (48 pix) in fewer than 20 questions', () => {
    const { asked, score } = play('1.1', 'perfect', () => true);
    expect(score).toMatchObject({ level: 6, pix: 48 });
    expect(asked.length).toBeLessThan(20);
  });

  it('ends quickly at level 0 for a learner who gets everything wrong on 1.1', () => {
    const { asked, score } = play('1.1', 'lost', () => false);
    expect(score).toMatchObject({ level: 0, pix: 0 });
    expect(asked.length).toBeLessThanOrEqual(8);
  });

  it('keeps the rules on every competence: first question level 2 untimed, no two timed in a row, no skill twice', () => {
    for (const competence of referential.competences) {
      for (let run = 0; run < 10; run++) {
        const { asked } = play(competence.code, `run-${run}`, (skill, i) => (skill.difficulty * 7 + i * 3 + run) % 5 < 3);
        expect(asked[0]).toMatchObject({ timed: false, skill: expect.objectContaining({ difficulty: 2 }) });
        for (let i = 1; i < asked.length; i++) expect(asked[i - 1].timed && asked[i].timed).toBe(false);
        expect(new Set(asked.map((a) => a.skill.id)).size).toBe(asked.length);
      }
    }
  });
});
