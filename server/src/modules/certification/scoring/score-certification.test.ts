import { describe, expect, it } from 'vitest';
import {
  competenceDecision, rateBand, scoreCertification,
  type AbortReason, type CertificationChallengeResult, type ChallengeOutcome, type CompetenceDecision, type ScoringResult,
} from './score-certification.js';

type ChallengeType = CertificationChallengeResult['challengeType'];
type Band = ReturnType<typeof rateBand>;
type Profile = { level: number; pix: number };

let nextId = 0;
function ch(competenceCode: string, status: ChallengeOutcome | null, o: { type?: ChallengeType; neutralized?: boolean } = {}): CertificationChallengeResult {
  return { competenceCode, challengeId: `rec${++nextId}`, challengeType: o.type ?? 'QCU', status, neutralized: o.neutralized ?? false };
}
const dep = (competenceCode: string, status: ChallengeOutcome | null, neutralized = false) => ch(competenceCode, status, { type: 'QROCM-dep', neutralized });

/** c challenges: k OK, then n neutralised (answered KO), then KO. */
function competence(code: string, c: number, k: number, n: number): CertificationChallengeResult[] {
  return Array.from({ length: c }, (_, i) => (i < k ? ch(code, 'OK') : i < k + n ? ch(code, 'KO', { neutralized: true }) : ch(code, 'KO')));
}

function score(challenges: CertificationChallengeResult[], profile: Record<string, Profile> = {}, abortReason: AbortReason = null): ScoringResult {
  const map = new Map<string, Profile>();
  for (const c of challenges) map.set(c.competenceCode, profile[c.competenceCode] ?? { level: 3, pix: 24 });
  return scoreCertification({ challenges, profile: map, abortReason });
}

/**
 * The target challenges plus filler competences (3 challenges each, never neutralised) so that exactly 100
 * challenges count: the reproducibility rate is then exactly the number of correct ones.
 */
function atRate(rate: number, target: CertificationChallengeResult[]): CertificationChallengeResult[] {
  const counted = target.filter((c) => !c.neutralized).length;
  let fillCounted = 100 - counted;
  let fillCorrect = rate - target.filter((c) => !c.neutralized && c.status === 'OK').length;
  expect(fillCorrect).toBeGreaterThanOrEqual(0);
  expect(fillCorrect).toBeLessThanOrEqual(fillCounted);
  const challenges = [...target];
  for (let i = 0; fillCounted > 0; i++, fillCounted--) {
    challenges.push(ch(`F${Math.floor(i / 3)}`, fillCorrect > 0 ? 'OK' : 'KO'));
    fillCorrect--;
  }
  return challenges;
}

const plural = (n: number) => (n < 2 ? '' : 's');
const byCode = (result: ScoringResult, code: string) => result.competences.find((c) => c.competenceCode === code)!;

// ---- domain.md §4, written once: challenges/correct/neutralised | rate ≥ 80 | 70–80 | < 70 ----
type Cell = 'keep' | '-1' | 'no';
const TABLE: ReadonlyArray<readonly [row: string, high: Cell, medium: Cell, low: Cell]> = [
  ['3/3/0', 'keep', 'keep', 'keep'], ['3/2/0', 'keep', '-1', '-1'], ['3/2/1', 'keep', 'keep', 'keep'],
  ['3/1/0', 'no', 'no', 'no'], ['3/1/1', 'keep', '-1', 'no'], ['3/1/2', 'keep', 'keep', '-1'], ['3/0/*', 'no', 'no', 'no'],
  ['2/2/0', 'keep', 'keep', 'keep'], ['2/1/0', 'keep', '-1', 'no'], ['2/1/1', 'keep', 'keep', '-1'], ['2/0/*', 'no', 'no', 'no'],
  ['1/1/0', 'keep', 'keep', '-1'], ['1/0/*', 'no', 'no', 'no'],
];
const DECISION: Record<Cell, CompetenceDecision> = { keep: 'KEEP', '-1': 'DOWN', no: 'NOT_CERTIFIED' };
const BANDS: readonly Band[] = ['HIGH', 'MEDIUM', 'LOW'];
/** Boundary rates of each band (50 is the lowest rate that is not rejected). */
// 97 rather than 100 at the top: a target with 3 wrong challenges cannot reach 100 %.
const BOUNDARY_RATES: Record<Band, number[]> = { HIGH: [80, 97], MEDIUM: [70, 79], LOW: [50, 66, 69] };

/** Every cell, "*" expanded to every possible number of neutralised challenges. */
const CELLS = TABLE.flatMap(([row, ...cells]) => {
  const [c, k, n] = row.split('/');
  const challenges = Number(c);
  const correct = Number(k);
  const neutralized = n === '*' ? Array.from({ length: challenges - correct + 1 }, (_, i) => i) : [Number(n)];
  return neutralized.flatMap((nn) => BANDS.map((band, i) => ({ row, label: `${c}/${k}/${nn}`, c: challenges, k: correct, n: nn, band, expected: DECISION[cells[i]] })));
});

describe('rate band', () => {
  it.each([[0, 'LOW'], [49, 'LOW'], [50, 'LOW'], [66, 'LOW'], [69, 'LOW'], [70, 'MEDIUM'], [79, 'MEDIUM'], [80, 'HIGH'], [100, 'HIGH']] as const)(
    'rate %i → %s', (rate, band) => expect(rateBand(rate)).toBe(band),
  );

  it('refuses a rate outside 0–100', () => {
    for (const rate of [-1, 101, Number.NaN]) expect(() => rateBand(rate)).toThrow(RangeError);
  });
});

describe('per-competence table (competenceDecision)', () => {
  it.each(CELLS)('$label in band $band → $expected', ({ c, k, n, band, expected }) => {
    expect(competenceDecision(c, k, n, band)).toBe(expected);
  });

  it('has a cell for every possible count of 1 to 3 challenges and every band', () => {
    const possible: string[] = [];
    for (let c = 1; c <= 3; c++) for (let k = 0; k <= c; k++) for (let n = 0; n <= c - k; n++) for (const b of BANDS) possible.push(`${c}/${k}/${n}/${b}`);
    expect(CELLS.map(({ c, k, n, band }) => `${c}/${k}/${n}/${band}`).sort()).toEqual(possible.sort());
    expect(CELLS).toHaveLength(57);
  });

  it('does not certify a competence whose challenges are all neutralised', () => {
    for (const c of [1, 2, 3]) for (const band of BANDS) expect(competenceDecision(c, 0, c, band)).toBe('NOT_CERTIFIED');
  });

  it('does not certify a competence without any challenge', () => {
    for (const band of BANDS) expect(competenceDecision(0, 0, 0, band)).toBe('NOT_CERTIFIED');
  });

  it.each([[2, 2, 1], [1, 1, 1], [3, 3, 1], [3, 2, 2], [3, 0, 4], [0, 1, 0], [4, 3, 0], [-1, 0, 0], [3, -1, 0], [3, 1.5, 0], [Number.NaN, 0, 0]])(
    'refuses the impossible counts %s/%s/%s', (c, k, n) => expect(() => competenceDecision(c, k, n, 'HIGH')).toThrow(RangeError),
  );

  it('refuses an unknown band', () => {
    expect(() => competenceDecision(3, 3, 0, 'TOP' as Band)).toThrow(RangeError);
  });
});

describe('the table through scoreCertification at the boundary rates of each band', () => {
  const cases = CELLS.flatMap((cell) => BOUNDARY_RATES[cell.band].map((rate) => ({ ...cell, rate })));
  const expectedLevel: Record<CompetenceDecision, [number, number]> = { KEEP: [4, 37], DOWN: [3, 29], NOT_CERTIFIED: [0, 0] };

  it.each(cases)('$label at $rate % → $expected', ({ row, c, k, n, rate, expected }) => {
    const result = score(atRate(rate, competence('T', c, k, n)), { T: { level: 4, pix: 37 } });
    expect(result.status).toBe('VALIDATED');
    expect(result.reproducibilityRate).toBe(rate);
    const t = result.competences[0];
    expect(t).toMatchObject({ competenceCode: 'T', profileLevel: 4, profilePix: 37, challenges: c, correct: k, neutralized: n, decision: expected });
    expect([t.level, t.pix]).toEqual(expectedLevel[expected]);
    expect(t.explanation).toContain(`Compétence T : ${c} épreuve${plural(c)}, ${k} réussie${plural(k)}, ${n} neutralisée${plural(n)}, taux ${rate} % : `);
    expect(t.explanation).toContain(`ligne ${k === 0 ? `${c}/0/*` : `${c}/${k}/${n}`} du barème`);
    expect(row.startsWith(`${c}/${k}/`)).toBe(true);
    if (expected === 'KEEP') expect(t.explanation).toContain('niveau 4 conservé, 37 pix');
    if (expected === 'DOWN') expect(t.explanation).toContain('niveau 4 abaissé au niveau 3, 29 pix');
    if (expected === 'NOT_CERTIFIED') expect(t.explanation).toContain('non certifiée');
    if (n === c) expect(t.explanation).toContain('aucune épreuve exploitable');
  });

  it.each(TABLE.map(([row]) => row))('%s at 49 % → rejected, nothing certified', (row) => {
    const [c, k, n] = row.replace('*', '0').split('/').map(Number);
    const result = score(atRate(49, competence('T', c, k, n)));
    expect(result.status).toBe('REJECTED');
    expect(result.pixScore).toBe(0);
    for (const competenceResult of result.competences) expect(competenceResult).toMatchObject({ decision: 'NOT_CERTIFIED', level: 0, pix: 0 });
    expect(result.competences[0].explanation).toContain('certification est rejetée');
  });
});

describe('reproducibility rate', () => {
  it('is correct ÷ non-neutralised challenges, rounded half up', () => {
    expect(score([...competence('A', 3, 2, 0)]).reproducibilityRate).toBe(67);
    expect(score([...competence('A', 3, 1, 0)]).reproducibilityRate).toBe(33);
    const eightOfEleven = [...competence('A', 3, 3, 0), ...competence('B', 3, 3, 0), ...competence('C', 3, 2, 0), ...competence('D', 2, 0, 0)];
    const result = score(eightOfEleven);
    expect(result.reproducibilityRate).toBe(73);
    expect(result.explanation.rate).toBe(
      'Taux de reproductibilité : 8 épreuves réussies sur 11 épreuves prises en compte (épreuves non neutralisées), soit 100 × 8 / 11 = 72,72, arrondi à 73 %.',
    );
  });

  it('rounds 49.5 up to 50 (not rejected) and keeps 49 rejected', () => {
    const hundredsOf = (correct: number) => Array.from({ length: 200 }, (_, i) => ch(`C${Math.floor(i / 3)}`, i < correct ? 'OK' : 'KO'));
    const half = score(hundredsOf(99));
    expect(half.reproducibilityRate).toBe(50);
    expect(half.status).toBe('VALIDATED');
    expect(half.explanation.rate).toContain('100 × 99 / 200 = 49,50, arrondi à 50 %');
    const below = score(hundredsOf(98));
    expect(below.reproducibilityRate).toBe(49);
    expect(below.status).toBe('REJECTED');
  });

  it('rejects at 49 % with score 0 and validates at 50 %', () => {
    const rejected = score(atRate(49, competence('T', 3, 3, 0)));
    expect(rejected).toMatchObject({ status: 'REJECTED', reproducibilityRate: 49, pixScore: 0 });
    expect(rejected.explanation.status).toBe('Certification rejetée : taux de reproductibilité de 49 %, inférieur à 50 % ; score 0 pix.');
    const validated = score(atRate(50, competence('T', 3, 3, 0)));
    expect(validated).toMatchObject({ status: 'VALIDATED', reproducibilityRate: 50 });
    expect(validated.pixScore).toBeGreaterThan(0);
  });

  it('leaves neutralised challenges out, even when answered OK', () => {
    const result = score([ch('A', 'OK'), ch('A', 'OK', { neutralized: true }), ch('A', 'KO'), ...competence('B', 3, 3, 0)]);
    expect(result.reproducibilityRate).toBe(80); // 4 / 5
    expect(byCode(result, 'A')).toMatchObject({ challenges: 3, correct: 1, neutralized: 1, decision: 'KEEP' });
  });

  it.each(['KO', 'SKIPPED', 'TIMEDOUT', 'FOCUSED_OUT', 'PARTIALLY'] as const)('counts %s wrong', (status) => {
    const result = score([ch('A', 'OK'), ch('A', status), ...competence('B', 3, 3, 0)]);
    expect(result.reproducibilityRate).toBe(80);
    expect(byCode(result, 'A')).toMatchObject({ challenges: 2, correct: 1, neutralized: 0 });
  });
});

describe('cancellation (fewer than 66 % of the challenges left after neutralisation)', () => {
  const eighteen = (neutralized: number) => Array.from({ length: 18 }, (_, i) => ch(`C${Math.floor(i / 3)}`, 'OK', { neutralized: i < neutralized }));

  it('cancels 18 challenges with 7 neutralised (11/18 = 61 %), whatever the rate', () => {
    const result = score(eighteen(7));
    expect(result).toMatchObject({ status: 'CANCELLED', reproducibilityRate: 100, pixScore: 0 });
    for (const c of result.competences) expect(c).toMatchObject({ decision: 'NOT_CERTIFIED', level: 0, pix: 0 });
    expect(result.explanation.neutralization).toBe(
      'Neutralisation : 7 épreuves neutralisées sur 18 (7 par décision du jury) ; 11 sur 18 restent, soit 61 % (au moins 66 % requis).',
    );
    expect(result.explanation.status).toContain('Certification annulée : seules 11 épreuves sur 18 restent après neutralisation (61 %), moins que les 66 % requis');
    expect(result.competences[0].explanation).toContain('certification est annulée');
  });

  it('does not cancel 18 challenges with 6 neutralised (12/18)', () => {
    const result = score(eighteen(6));
    expect(result.status).toBe('VALIDATED');
    expect(result.explanation.status).toContain('12 épreuves sur 18 restent après neutralisation');
  });

  it('cancels strictly below 66 %: 33/50 stays, 32/50 is cancelled', () => {
    const fifty = (neutralized: number) => Array.from({ length: 50 }, (_, i) => ch(`C${Math.floor(i / 3)}`, 'OK', { neutralized: i < neutralized }));
    expect(score(fifty(17)).status).toBe('VALIDATED');
    expect(score(fifty(17)).explanation.neutralization).toContain('soit 66 %');
    expect(score(fifty(18)).status).toBe('CANCELLED');
  });

  it('shows the share truncated so that it never reads 66 % when cancelled', () => {
    // 131 / 199 = 65.8 %: cancelled, shown as 65 %.
    const result = score(Array.from({ length: 199 }, (_, i) => ch(`C${Math.floor(i / 3)}`, 'OK', { neutralized: i < 68 })));
    expect(result.status).toBe('CANCELLED');
    expect(result.explanation.neutralization).toContain('131 sur 199 restent, soit 65 %');
  });

  it('is checked before the rate: cancelled, not rejected', () => {
    const result = score([...competence('A', 3, 0, 2), ...competence('B', 3, 0, 2), ...competence('C', 3, 0, 0)]);
    expect(result).toMatchObject({ status: 'CANCELLED', reproducibilityRate: 0 });
  });

  it('cancels when everything is neutralised (rate 0) or nothing was asked', () => {
    const all = score(competence('A', 3, 0, 3));
    expect(all).toMatchObject({ status: 'CANCELLED', reproducibilityRate: 0, pixScore: 0 });
    expect(all.explanation.rate).toBe('Taux de reproductibilité : aucune épreuve prise en compte (toutes neutralisées), taux fixé à 0 %.');
    const none = score([]);
    expect(none).toMatchObject({ status: 'CANCELLED', reproducibilityRate: 0, pixScore: 0, competences: [] });
    expect(none.explanation).toEqual({
      rate: 'Taux de reproductibilité : aucune épreuve prise en compte (toutes neutralisées), taux fixé à 0 %.',
      neutralization: 'Neutralisation : aucune épreuve passée.',
      status: 'Certification annulée : aucune épreuve passée, elle n’a pas de score.',
    });
  });
});

describe('unanswered challenges and the abort reason', () => {
  // A: 3 OK; B: 2 OK + 1 unanswered; C: 1 OK + 2 unanswered.
  const test = () => [...competence('A', 3, 3, 0), ch('B', 'OK'), ch('B', 'OK'), ch('B', null), ch('C', 'OK'), ch('C', null), ch('C', null)];
  const profile = { A: { level: 3, pix: 26 }, B: { level: 4, pix: 33 }, C: { level: 2, pix: 17 } };

  it('neutralises them after a technical abort', () => {
    const result = score(test(), profile, 'TECHNICAL');
    expect(result).toMatchObject({ status: 'VALIDATED', reproducibilityRate: 100, pixScore: 26 + 33 + 17 });
    expect(byCode(result, 'B')).toMatchObject({ challenges: 3, correct: 2, neutralized: 1, decision: 'KEEP' });
    expect(byCode(result, 'C')).toMatchObject({ challenges: 3, correct: 1, neutralized: 2, decision: 'KEEP' });
    expect(result.explanation.neutralization).toBe(
      'Neutralisation : 3 épreuves neutralisées sur 9 (3 non répondues après un abandon pour raison technique) ; 6 sur 9 restent, soit 66 % (au moins 66 % requis).',
    );
  });

  it.each(['CANDIDATE', null] as const)('counts them wrong after abort reason %s', (abortReason) => {
    const result = score(test(), profile, abortReason);
    expect(result).toMatchObject({ status: 'VALIDATED', reproducibilityRate: 67 });
    expect(byCode(result, 'B')).toMatchObject({ challenges: 3, correct: 2, neutralized: 0, decision: 'DOWN', level: 3, pix: 25 });
    expect(byCode(result, 'C')).toMatchObject({ challenges: 3, correct: 1, neutralized: 0, decision: 'NOT_CERTIFIED', level: 0, pix: 0 });
    expect(result.pixScore).toBe(26 + 25);
    expect(result.explanation.rate).toContain(`dont 3 non répondues comptées fausses (${abortReason === 'CANDIDATE' ? 'test abandonné par le candidat' : 'aucune raison d’abandon indiquée'})`);
  });

  it('keeps an unanswered challenge neutralised by the jury neutralised after a candidate abort', () => {
    const result = score([...competence('A', 3, 3, 0), ch('B', 'OK'), ch('B', 'OK'), ch('B', null, { neutralized: true })], {}, 'CANDIDATE');
    expect(result.reproducibilityRate).toBe(100);
    expect(byCode(result, 'B')).toMatchObject({ challenges: 3, correct: 2, neutralized: 1 });
  });

  it('does not neutralise answered challenges after a technical abort', () => {
    const result = score([...competence('A', 3, 3, 0), ch('B', 'OK'), ch('B', 'KO'), ch('B', null)], {}, 'TECHNICAL');
    expect(result.reproducibilityRate).toBe(80); // 4 / 5
    expect(byCode(result, 'B')).toMatchObject({ challenges: 3, correct: 1, neutralized: 1 });
  });

  it('lets technical-abort neutralisations cancel the certification', () => {
    const unanswered = [...competence('A', 3, 3, 0), ch('B', 'OK'), ch('B', null), ch('B', null), ch('C', null), ch('C', null), ch('C', null)];
    expect(score(unanswered, {}, 'TECHNICAL').status).toBe('CANCELLED'); // 4 / 9 left
    expect(score(unanswered, {}, 'CANDIDATE').status).toBe('REJECTED'); // nothing neutralised, 4 / 9 correct = 44 %
  });
});

describe('QROCM-dep counts double in a competence of fewer than 3 challenges', () => {
  type Case = [name: string, challenges: (code: string) => CertificationChallengeResult[], counts: [number, number, number], abort?: AbortReason];
  const cases: Case[] = [
    ['alone OK → 2 correct', (t) => [dep(t, 'OK')], [2, 2, 0]],
    ['alone PARTIALLY → 1 correct, 1 wrong', (t) => [dep(t, 'PARTIALLY')], [2, 1, 0]],
    ['alone KO → 2 wrong', (t) => [dep(t, 'KO')], [2, 0, 0]],
    ['alone SKIPPED → 2 wrong', (t) => [dep(t, 'SKIPPED')], [2, 0, 0]],
    ['alone neutralised (even OK) → 2 neutralised', (t) => [dep(t, 'OK', true)], [2, 0, 2]],
    ['alone unanswered after a technical abort → 2 neutralised', (t) => [dep(t, null)], [2, 0, 2], 'TECHNICAL'],
    ['alone unanswered after a candidate abort → 2 wrong', (t) => [dep(t, null)], [2, 0, 0], 'CANDIDATE'],
    ['QCU OK + OK → 3/3/0', (t) => [ch(t, 'OK'), dep(t, 'OK')], [3, 3, 0]],
    ['QCU OK + PARTIALLY → 3/2/0', (t) => [ch(t, 'OK'), dep(t, 'PARTIALLY')], [3, 2, 0]],
    ['PARTIALLY + QCU KO → 3/1/0', (t) => [dep(t, 'PARTIALLY'), ch(t, 'KO')], [3, 1, 0]],
    ['KO + QCU OK → 3/1/0', (t) => [dep(t, 'KO'), ch(t, 'OK')], [3, 1, 0]],
    ['neutralised + QCU OK → 3/1/2', (t) => [dep(t, 'KO', true), ch(t, 'OK')], [3, 1, 2]],
    ['QCU neutralised + OK → 3/2/1', (t) => [ch(t, 'KO', { neutralized: true }), dep(t, 'OK')], [3, 2, 1]],
    ['two: OK + KO → slots OK OK KO, capped at 3', (t) => [dep(t, 'OK'), dep(t, 'KO')], [3, 2, 0]],
    ['two: KO + OK → slots KO KO OK, capped at 3', (t) => [dep(t, 'KO'), dep(t, 'OK')], [3, 1, 0]],
    ['two: OK + PARTIALLY → the correct half of PARTIALLY is kept', (t) => [dep(t, 'OK'), dep(t, 'PARTIALLY')], [3, 3, 0]],
    ['two: PARTIALLY + OK → slots OK KO OK', (t) => [dep(t, 'PARTIALLY'), dep(t, 'OK')], [3, 2, 0]],
    ['two: neutralised + OK → slots N N OK', (t) => [dep(t, 'OK', true), dep(t, 'OK')], [3, 1, 2]],
    ['not in a competence of 3 challenges', (t) => [ch(t, 'OK'), ch(t, 'KO'), dep(t, 'OK')], [3, 2, 0]],
    ['three QROCM-dep: not doubled', (t) => [dep(t, 'OK'), dep(t, 'PARTIALLY'), dep(t, 'OK')], [3, 2, 0]],
  ];

  it.each(cases)('%s', (_name, build, [c, k, n], abort = null) => {
    // Two competences of 3 OK keep the certification valid whatever the target does.
    const result = score([...build('T'), ...competence('A', 3, 3, 0), ...competence('B', 3, 3, 0)], { T: { level: 5, pix: 44 } }, abort);
    expect(result.status).toBe('VALIDATED');
    const t = byCode(result, 'T');
    expect([t.challenges, t.correct, t.neutralized]).toEqual([c, k, n]);
    expect(t.decision).toBe(competenceDecision(c, k, n, rateBand(result.reproducibilityRate)));
  });

  it('explains the double counting and the cap', () => {
    const result = score([dep('T', 'OK'), dep('T', 'PARTIALLY'), ...competence('A', 3, 3, 0)], { T: { level: 5, pix: 44 } });
    expect(byCode(result, 'T').explanation).toBe(
      'Compétence T (2 épreuves passées, dont 2 QROCM-dep comptées double, ramenées à 3 épreuves) : 3 épreuves, 3 réussies, 0 neutralisée, '
      + 'taux 80 % : niveau 5 conservé, 44 pix (ligne 3/3/0 du barème, tranche ≥ 80 %).',
    );
    const single = score([ch('T', 'OK'), dep('T', 'KO'), ...competence('A', 3, 3, 0)]);
    expect(byCode(single, 'T').explanation).toMatch(/^Compétence T \(2 épreuves passées, dont 1 QROCM-dep comptée double\) : 3 épreuves, 1 réussie, 0 neutralisée, /);
  });

  it('applies to the table only: the rate counts real challenges', () => {
    // Real: 4 correct of 5 = 80 %; doubled it would be 4 of 6 = 67 %.
    const a = score([ch('T', 'OK'), dep('T', 'KO'), ...competence('A', 3, 3, 0)]);
    expect(a.reproducibilityRate).toBe(80);
    expect(byCode(a, 'T')).toMatchObject({ challenges: 3, correct: 1, neutralized: 0, decision: 'NOT_CERTIFIED' });
    // Real: 3 of 4 = 75 %; doubled it would be 5 of 6 = 83 %.
    const b = score([dep('T', 'OK'), ch('A', 'OK'), ch('A', 'OK'), ch('A', 'KO')]);
    expect(b.reproducibilityRate).toBe(75);
    expect(byCode(b, 'A').explanation).toContain('tranche 70–79 %');
  });
});

describe('levels and pix', () => {
  it('takes one level and 8 pix off on −1', () => {
    const result = score(atRate(75, competence('T', 3, 2, 0)), { T: { level: 2, pix: 19 } });
    expect(byCode(result, 'T')).toMatchObject({ decision: 'DOWN', level: 1, pix: 11 });
  });

  it('does not certify a level 1 competence on −1 (level 0)', () => {
    const result = score(atRate(75, competence('T', 3, 2, 0)), { T: { level: 1, pix: 12 } });
    const t = byCode(result, 'T');
    expect(t).toMatchObject({ profileLevel: 1, profilePix: 12, decision: 'NOT_CERTIFIED', level: 0, pix: 0 });
    expect(t.explanation).toContain('un niveau de moins que le niveau 1 donne le niveau 0, compétence non certifiée (ligne 3/2/0 du barème, tranche 70–79 %)');
  });

  it('never gives negative pix on −1', () => {
    const result = score(atRate(75, competence('T', 3, 2, 0)), { T: { level: 2, pix: 5 } });
    expect(byCode(result, 'T')).toMatchObject({ decision: 'DOWN', level: 1, pix: 0 });
  });

  it('sums the pix of the certified competences', () => {
    // 9 correct of 12 = 75 %: band 70–79.
    const challenges = [...competence('A', 3, 3, 0), ...competence('B', 3, 2, 0), ...competence('C', 3, 1, 0), ...competence('D', 3, 3, 0)];
    const result = score(challenges, { A: { level: 3, pix: 28 }, B: { level: 4, pix: 35 }, C: { level: 2, pix: 20 }, D: { level: 1, pix: 10 } });
    expect(result.reproducibilityRate).toBe(75);
    expect(result.competences.map((c) => [c.competenceCode, c.decision, c.level, c.pix])).toEqual([
      ['A', 'KEEP', 3, 28], ['B', 'DOWN', 3, 27], ['C', 'NOT_CERTIFIED', 0, 0], ['D', 'KEEP', 1, 10],
    ]);
    expect(result.pixScore).toBe(65);
    expect(result.explanation.status).toBe(
      'Certification validée : 12 épreuves sur 12 restent après neutralisation (100 %, au moins 66 %) et le taux de reproductibilité de 75 % atteint 50 % '
      + '(tranche 70–79 %) ; score 65 pix, somme des 3 compétences certifiées.',
    );
  });
});

describe('explanations for the jury', () => {
  it('reads as in the brief', () => {
    const result = score(atRate(74, competence('T', 3, 2, 1)), { T: { level: 3, pix: 27 } });
    expect(byCode(result, 'T').explanation).toBe(
      'Compétence T : 3 épreuves, 2 réussies, 1 neutralisée, taux 74 % : niveau 3 conservé, 27 pix (ligne 3/2/1 du barème, tranche 70–79 %).',
    );
  });

  it('uses French singulars for 0 and 1', () => {
    const result = score([ch('T', 'OK'), ...competence('A', 3, 3, 0)]);
    expect(byCode(result, 'T').explanation).toContain('Compétence T : 1 épreuve, 1 réussie, 0 neutralisée, taux 100 %');
  });

  it('gives one sentence per competence with its numbers', () => {
    // 20 challenges, 5 neutralised (75 % left); 11 correct of 15 = 73 %.
    const challenges = [
      ...competence('1.1', 3, 3, 0), ...competence('1.2', 3, 1, 2), ...competence('2.1', 2, 1, 0), ...competence('3.4', 3, 0, 3),
      ...competence('4.1', 3, 3, 0), ...competence('5.1', 3, 1, 0), ...competence('5.2', 3, 2, 0),
    ];
    const result = score(challenges);
    expect(result).toMatchObject({ status: 'VALIDATED', reproducibilityRate: 73, pixScore: 24 + 24 + 16 + 24 + 16 });
    expect(result.competences.map((c) => c.explanation)).toEqual([
      'Compétence 1.1 : 3 épreuves, 3 réussies, 0 neutralisée, taux 73 % : niveau 3 conservé, 24 pix (ligne 3/3/0 du barème, tranche 70–79 %).',
      'Compétence 1.2 : 3 épreuves, 1 réussie, 2 neutralisées, taux 73 % : niveau 3 conservé, 24 pix (ligne 3/1/2 du barème, tranche 70–79 %).',
      'Compétence 2.1 : 2 épreuves, 1 réussie, 0 neutralisée, taux 73 % : niveau 3 abaissé au niveau 2, 16 pix (ligne 2/1/0 du barème, tranche 70–79 %).',
      'Compétence 3.4 : 3 épreuves, 0 réussie, 3 neutralisées, taux 73 % : aucune épreuve exploitable, compétence non certifiée (ligne 3/0/* du barème, tranche 70–79 %).',
      'Compétence 4.1 : 3 épreuves, 3 réussies, 0 neutralisée, taux 73 % : niveau 3 conservé, 24 pix (ligne 3/3/0 du barème, tranche 70–79 %).',
      'Compétence 5.1 : 3 épreuves, 1 réussie, 0 neutralisée, taux 73 % : compétence non certifiée (ligne 3/1/0 du barème, tranche 70–79 %).',
      'Compétence 5.2 : 3 épreuves, 2 réussies, 0 neutralisée, taux 73 % : niveau 3 abaissé au niveau 2, 16 pix (ligne 3/2/0 du barème, tranche 70–79 %).',
    ]);
    expect(result.explanation.rate).toBe(
      'Taux de reproductibilité : 11 épreuves réussies sur 15 épreuves prises en compte (épreuves non neutralisées), soit 100 × 11 / 15 = 73,33, arrondi à 73 %.',
    );
    expect(result.explanation.neutralization).toBe(
      'Neutralisation : 5 épreuves neutralisées sur 20 (5 par décision du jury) ; 15 sur 20 restent, soit 75 % (au moins 66 % requis).',
    );
  });
});

describe('input', () => {
  it('lists competences in the order of their first challenge', () => {
    const [a1, a2, a3] = competence('2.1', 3, 3, 0);
    const [b1, b2, b3] = competence('1.1', 3, 3, 0);
    expect(score([a1, b1, a2, b2, b3, a3]).competences.map((c) => c.competenceCode)).toEqual(['2.1', '1.1']);
  });

  it('does not change its input', () => {
    const challenges = Object.freeze(competence('A', 3, 2, 1).map((c) => Object.freeze(c)));
    const profile = new Map([['A', Object.freeze({ level: 3, pix: 24 })]]);
    const before = JSON.stringify(challenges);
    const first = scoreCertification({ challenges: challenges as CertificationChallengeResult[], profile, abortReason: null });
    expect(scoreCertification({ challenges: challenges as CertificationChallengeResult[], profile, abortReason: null })).toEqual(first);
    expect(JSON.stringify(challenges)).toBe(before);
  });

  const scoreRaw = (challenges: CertificationChallengeResult[], profile: Map<string, Profile> = new Map([['A', { level: 3, pix: 24 }]]), abortReason: AbortReason = null) =>
    () => scoreCertification({ challenges, profile, abortReason });

  it('refuses data it cannot score faithfully', () => {
    expect(scoreRaw(competence('B', 3, 3, 0))).toThrow(/not in the profile/);
    expect(scoreRaw(competence('A', 4, 4, 0))).toThrow(/at most 3/);
    const duplicate = ch('A', 'OK');
    expect(scoreRaw([duplicate, { ...duplicate }])).toThrow(/appears twice/);
    expect(scoreRaw([{ ...ch('A', 'OK'), status: 'ok' as ChallengeOutcome }])).toThrow(/Invalid status/);
    expect(scoreRaw([{ ...ch('A', 'OK'), challengeType: 'QROCM' as ChallengeType }])).toThrow(/Invalid type/);
    expect(scoreRaw([ch('A', 'OK')], new Map(), 'OTHER' as AbortReason)).toThrow(/abort reason/);
    expect(scoreRaw([ch('A', 'OK')], new Map([['A', { level: 0, pix: 4 }]]))).toThrow(/not certifiable/);
    expect(scoreRaw([ch('A', 'OK')], new Map([['A', { level: 2, pix: -1 }]]))).toThrow(/pix/);
  });
});
