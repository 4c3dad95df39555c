// The per-competence table of domain.md §4, kept as data so that it can be checked against the source cell by cell.
import type { CompetenceDecision, RateBand } from './scoring-types.js';

/** A competence is read with at most 3 challenges (3 per competence in the test, QROCM-dep slots capped at 3). */
export const MAX_CHALLENGES_PER_COMPETENCE = 3;

type Cells = readonly [high: CompetenceDecision, medium: CompetenceDecision, low: CompetenceDecision];

const K = 'KEEP';
const D = 'DOWN';
const N = 'NOT_CERTIFIED';

// Keyed "challenges/correct/neutralised"; "*" = any number of neutralised challenges. A row with a single cell in
// the source ("2/0/* | no |", "1/0/* | no |") holds for every band.
const TABLE: Readonly<Record<string, Cells>> = {
  '3/3/0': [K, K, K], '3/2/0': [K, D, D], '3/2/1': [K, K, K],
  '3/1/0': [N, N, N], '3/1/1': [K, D, N], '3/1/2': [K, K, D], '3/0/*': [N, N, N],
  '2/2/0': [K, K, K], '2/1/0': [K, D, N], '2/1/1': [K, K, D], '2/0/*': [N, N, N],
  '1/1/0': [K, K, D], '1/0/*': [N, N, N],
};

const BAND_INDEX: Readonly<Record<RateBand, 0 | 1 | 2>> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** ≥ 80 → HIGH; 70 ≤ rate < 80 → MEDIUM; < 70 → LOW. */
export function rateBand(rate: number): RateBand {
  if (!Number.isFinite(rate) || rate < 0 || rate > 100) throw new RangeError(`Invalid reproducibility rate: ${rate}`);
  if (rate >= 80) return 'HIGH';
  if (rate >= 70) return 'MEDIUM';
  return 'LOW';
}

/**
 * The row of the table that applies, e.g. "3/1/1" or "3/0/*"; null for a competence without any challenge.
 * Throws on impossible counts: correct + neutralised can never exceed the challenges (so 2/2/1, 1/1/1, 3/3/1… do
 * not exist), nor can a competence hold more than 3. Refusing them sends the case to the human jury instead of
 * guessing. Every possible combination with 1 to 3 challenges is a row of the table (tested exhaustively).
 */
export function tableRow(challenges: number, correct: number, neutralized: number): string | null {
  for (const [name, value] of [['challenges', challenges], ['correct', correct], ['neutralized', neutralized]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`Invalid ${name} count: ${value}`);
  }
  if (challenges > MAX_CHALLENGES_PER_COMPETENCE) throw new RangeError(`A competence is scored on at most 3 challenges, got ${challenges}`);
  if (correct + neutralized > challenges) {
    throw new RangeError(`Impossible counts ${challenges}/${correct}/${neutralized}: correct + neutralized exceeds the challenges`);
  }
  if (challenges === 0) return null;
  const row = correct === 0 ? `${challenges}/0/*` : `${challenges}/${correct}/${neutralized}`;
  if (!(row in TABLE)) throw new RangeError(`No table row for ${row}`); // unreachable: the table covers every valid count
  return row;
}

/**
 * Cases outside the table: 0 challenges → NOT_CERTIFIED (nothing to certify); all challenges neutralised is the
 * "x/0/*" row → NOT_CERTIFIED ("aucune épreuve exploitable"). Impossible counts throw (see tableRow).
 */
export function competenceDecision(challenges: number, correct: number, neutralized: number, band: RateBand): CompetenceDecision {
  const index = BAND_INDEX[band];
  if (index === undefined) throw new RangeError(`Invalid rate band: ${String(band)}`);
  const row = tableRow(challenges, correct, neutralized);
  return row === null ? N : TABLE[row][index];
}
