// Decides the status of a learner's answer to a challenge of the content pack. Pure: no database, no clock.
//
// Matching rules for free answers (QROC, QROCM-ind, QROCM-dep):
// - both sides are normalised: accents, case, spaces (non-breaking ones too), punctuation and symbols go;
//   œ, æ, ß become oe, ae, ss; a decimal comma or point between digits becomes "." and a leading minus
//   on a number stays, so that "1,5" or "-3" keep their meaning once the rest is stripped;
// - an accepted answer that is a number is compared as a number (1,5 = 1.5 = 1.50), never with a typo;
// - otherwise a typo is forgiven (Levenshtein distance ≤ 25 % of the accepted answer's length) only when
//   the challenge allows it (tolerance "typo", the default) and the accepted answer has no digit and at
//   least 5 characters: on short words and codes, one letter away is often another answer (3018/3019).
//   Longer shortcuts, codes or acronyms ("ctrl c"/"ctrl v") carry tolerance "exact" in the pack.
import { distance } from 'fastest-levenshtein';
import type { ContentChallenge } from '../referential/content-pack.schema.js';

export type AnswerStatus = 'OK' | 'KO' | 'SKIPPED' | 'TIMEDOUT' | 'FOCUSED_OUT' | 'PARTIALLY';
export type Tolerance = 'typo' | 'exact';
export interface AnswerContext { timedOut?: boolean; focusedOut?: boolean }

const TYPO_RATIO = 0.25;
const TYPO_MIN_LENGTH = 5;
const NUMBER = /^-?\d+(\.\d+)?$/;
const DIGIT = /\p{N}/u;

export function normalizeAnswer(text: string): string {
  const lower = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
  // Hyphen, minus sign or dash before a number: "- 5" and "−5" are -5.
  const negative = /^\s*[-\u2212\u2012\u2013]\s*\d/.test(lower);
  // Everything but letters, digits and a decimal mark between two digits goes; the marks left become ".".
  const kept = lower.replace(/(?!(?<=\d)[.,](?=\d))[^\p{L}\p{N}]/gu, '').replace(/,/g, '.');
  return negative ? `-${kept}` : kept;
}

export function matches(given: string, accepted: string, tolerance: Tolerance): boolean {
  const g = normalizeAnswer(given);
  const a = normalizeAnswer(accepted);
  if (!g || !a) return false;
  if (NUMBER.test(a)) return NUMBER.test(g) && Number(g) === Number(a);
  if (g === a) return true;
  if (tolerance === 'exact' || DIGIT.test(a) || a.length < TYPO_MIN_LENGTH) return false;
  return distance(g, a) / a.length <= TYPO_RATIO;
}

/** The free-answer lists of a challenge with their tolerance: one per QROC/QROCM-ind field, one for a QROCM-dep. */
export function freeAnswerSets(challenge: ContentChallenge): { accepted: string[]; tolerance: Tolerance }[] {
  switch (challenge.type) {
    case 'QROC':
    case 'QROCM-ind':
      return challenge.fields.map((f) => ({ accepted: f.accepted, tolerance: f.tolerance ?? 'typo' }));
    case 'QROCM-dep':
      return [{ accepted: challenge.accepted.flat(), tolerance: challenge.tolerance ?? 'typo' }];
    default:
      return [];
  }
}

export function checkAnswer(challenge: ContentChallenge, value: readonly string[], context: AnswerContext = {}): AnswerStatus {
  // Whatever was typed before the time ran out does not count.
  if (context.timedOut) return 'TIMEDOUT';
  if (value.every((v) => v.trim() === '')) return 'SKIPPED';
  const status = evaluate(challenge, value);
  return status === 'OK' && context.focusedOut && challenge.focused ? 'FOCUSED_OUT' : status;
}

/** A value that checkAnswer accepts as OK: shown in the admin preview and to learners after they answered. */
export function expectedAnswer(challenge: ContentChallenge): string[] {
  switch (challenge.type) {
    case 'QCU':
    case 'QCM':
      return [...challenge.solution];
    case 'QROC':
    case 'QROCM-ind':
      return challenge.fields.map((f) => f.accepted[0]);
    case 'QROCM-dep':
      return challenge.accepted.slice(0, challenge.fields.length).map((group) => group[0]);
  }
}

function evaluate(challenge: ContentChallenge, value: readonly string[]): AnswerStatus {
  switch (challenge.type) {
    case 'QCU':
    case 'QCM': {
      // Same set of texts; a text that is no proposal is not in the solution either, hence KO.
      const chosen = new Set(value.map(sameText).filter((v) => v !== ''));
      const solution = new Set(challenge.solution.map(sameText));
      return chosen.size === solution.size && [...chosen].every((v) => solution.has(v)) ? 'OK' : 'KO';
    }
    case 'QROC':
    case 'QROCM-ind': {
      const tolerance = (i: number) => challenge.fields[i].tolerance ?? 'typo';
      const right = challenge.fields.filter((f, i) => f.accepted.some((a) => matches(value[i] ?? '', a, tolerance(i))));
      return grade(right.length, challenge.fields.length);
    }
    case 'QROCM-dep': {
      const tolerance = challenge.tolerance ?? 'typo';
      // The same answer typed twice counts once.
      const answers = [...new Set(value.slice(0, challenge.fields.length).map(normalizeAnswer))].filter((v) => v !== '');
      const edges = answers.map((v) =>
        challenge.accepted.flatMap((group, g) => (group.some((a) => matches(v, a, tolerance)) ? [g] : [])),
      );
      return grade(maxMatching(edges, challenge.accepted.length), challenge.fields.length);
    }
  }
}

function sameText(text: string): string {
  return text.normalize('NFC').trim();
}

function grade(right: number, total: number): AnswerStatus {
  if (right === total) return 'OK';
  return right === 0 ? 'KO' : 'PARTIALLY';
}

/**
 * Size of a maximum matching between answers and groups (Kuhn's augmenting paths). A first-fit would let
 * an answer valid for two groups take the one that a later answer needed.
 */
function maxMatching(edges: number[][], groups: number): number {
  const owner = new Array<number>(groups).fill(-1);
  const assign = (answer: number, visited: boolean[]): boolean => {
    for (const g of edges[answer]) {
      if (visited[g]) continue;
      visited[g] = true;
      if (owner[g] === -1 || assign(owner[g], visited)) {
        owner[g] = answer;
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let answer = 0; answer < edges.length; answer++) {
    if (assign(answer, new Array<boolean>(groups).fill(false))) size++;
  }
  return size;
}
