// Certification scoring (domain.md §4): reproducibility rate, cancellation, rejection, the per-competence table and
// the French explanation the jury reads. Pure: no database, no clock; the same input always gives the same result.
import { competenceCounts, verdictOf, type CompetenceCounts } from './challenge-verdicts.js';
import { competenceDecision, rateBand, tableRow } from './decision-table.js';
import { BAND_LABEL, count, percentWithDecimals, truncatedPercent } from './french.js';
import {
  CHALLENGE_OUTCOMES, CHALLENGE_TYPES,
  type CertificationChallengeResult, type CompetenceDecision, type CompetenceResult, type RateBand, type ScoringInput, type ScoringResult,
} from './scoring-types.js';

export type {
  AbortReason, CertificationChallengeResult, ChallengeOutcome, CompetenceDecision, CompetenceResult, ScoringInput, ScoringResult,
} from './scoring-types.js';
export { competenceDecision, rateBand } from './decision-table.js';

/** Below this rate (in %, after rounding) the certification is rejected. */
export const MIN_REPRODUCIBILITY_RATE = 50;
/** Below this share (in %) of challenges left after neutralisation the certification is cancelled. */
export const MIN_REMAINING_SHARE = 66;
/** A level lost costs one level's worth of pix. */
const PIX_PER_LEVEL = 8;

type Status = ScoringResult['status'];

export function scoreCertification(input: ScoringInput): ScoringResult {
  validate(input);
  const { challenges, abortReason } = input;

  // Rate and cancellation count real challenges: the QROCM-dep double counting is a rule of the per-competence
  // table only ("2 slots" to fill a competence of fewer than 3 challenges), not a weight in the overall rate.
  const verdicts = challenges.map((c) => verdictOf(c, abortReason));
  const total = challenges.length;
  const neutralized = verdicts.filter((v) => v.verdict === 'NEUTRALIZED').length;
  const counted = total - neutralized; // unanswered challenges counted wrong are included
  const correct = verdicts.filter((v) => v.verdict === 'CORRECT').length;
  // round(100 × correct / counted), half up, in integers so that 49.5 is exactly 50; no counted challenge → 0.
  const rate = counted === 0 ? 0 : Math.floor((200 * correct + counted) / (2 * counted));

  // Cancellation is checked first: a cancelled certification has no score, whatever its rate. No challenge at all
  // is cancelled too: nothing was measured. Integer comparison: counted / total < 0.66.
  const cancelled = total === 0 || 100 * counted < MIN_REMAINING_SHARE * total;
  const status: Status = cancelled ? 'CANCELLED' : rate < MIN_REPRODUCIBILITY_RATE ? 'REJECTED' : 'VALIDATED';
  const band = rateBand(rate);

  // Competences in the order of their first challenge: the caller gives framework order.
  const byCompetence = new Map<string, CertificationChallengeResult[]>();
  for (const challenge of challenges) {
    const list = byCompetence.get(challenge.competenceCode);
    if (list) list.push(challenge);
    else byCompetence.set(challenge.competenceCode, [challenge]);
  }
  const competences = [...byCompetence].map(([code, list]) => {
    const profile = input.profile.get(code)!; // checked by validate()
    return scoreCompetence(code, profile, competenceCounts(list, abortReason), rate, band, status);
  });

  // A rejected or cancelled certification certifies nothing, so its score is 0 (for CANCELLED: "no score").
  const pixScore = competences.reduce((sum, c) => sum + c.pix, 0);
  const certifiedCount = competences.filter((c) => c.decision !== 'NOT_CERTIFIED').length;
  const remainingPercent = total === 0 ? 0 : truncatedPercent(counted, total);
  const unansweredWrong = verdicts.filter((v) => v.reason === 'UNANSWERED_COUNTED_WRONG').length;
  const byJury = verdicts.filter((v) => v.reason === 'NEUTRALIZED_BY_JURY').length;
  const byTechnicalAbort = verdicts.filter((v) => v.reason === 'UNANSWERED_TECHNICAL_ABORT').length;

  return {
    status,
    reproducibilityRate: rate,
    pixScore,
    competences,
    explanation: {
      rate: rateExplanation(rate, correct, counted, unansweredWrong, abortReason),
      neutralization: neutralizationExplanation(total, neutralized, counted, byJury, byTechnicalAbort, remainingPercent),
      status: statusExplanation(status, rate, total, counted, remainingPercent, band, pixScore, certifiedCount),
    },
  };
}

function scoreCompetence(
  competenceCode: string, profile: { level: number; pix: number }, counts: CompetenceCounts, rate: number, band: RateBand, status: Status,
): CompetenceResult {
  const { level: profileLevel, pix: profilePix } = profile;
  const row = tableRow(counts.challenges, counts.correct, counts.neutralized);
  const tableDecision = competenceDecision(counts.challenges, counts.correct, counts.neutralized, band);

  let decision: CompetenceDecision;
  let level = 0;
  let pix = 0;
  let outcome: string;
  const where = `ligne ${row} du barème, ${BAND_LABEL[band]}`;
  if (status !== 'VALIDATED') {
    decision = 'NOT_CERTIFIED';
    outcome = status === 'REJECTED'
      ? 'compétence non certifiée car la certification est rejetée (taux de reproductibilité inférieur à 50 %)'
      : 'compétence non certifiée car la certification est annulée (moins de 66 % des épreuves restent après neutralisation)';
  } else if (counts.challenges === counts.neutralized) {
    decision = 'NOT_CERTIFIED';
    outcome = `aucune épreuve exploitable, compétence non certifiée (${where})`;
  } else if (tableDecision === 'KEEP') {
    decision = 'KEEP';
    level = profileLevel;
    pix = profilePix;
    outcome = `niveau ${level} conservé, ${pix} pix (${where})`;
  } else if (tableDecision === 'DOWN' && profileLevel > 1) {
    decision = 'DOWN';
    level = profileLevel - 1;
    pix = Math.max(0, profilePix - PIX_PER_LEVEL);
    outcome = `niveau ${profileLevel} abaissé au niveau ${level}, ${pix} pix (${where})`;
  } else if (tableDecision === 'DOWN') {
    // One level down from level 1 is level 0: nothing left to certify.
    decision = 'NOT_CERTIFIED';
    outcome = `un niveau de moins que le niveau 1 donne le niveau 0, compétence non certifiée (${where})`;
  } else {
    decision = 'NOT_CERTIFIED';
    outcome = `compétence non certifiée (${where})`;
  }

  const qrocmDep = counts.doubledQrocmDep === 0 ? '' : ` (${count(counts.realChallenges, 'épreuve passée', 'épreuves passées')}, `
    + `dont ${count(counts.doubledQrocmDep, 'QROCM-dep comptée double', 'QROCM-dep comptées double')}`
    + `${counts.capped ? ', ramenées à 3 épreuves' : ''})`;
  const explanation = `Compétence ${competenceCode}${qrocmDep} : ${count(counts.challenges, 'épreuve')}, `
    + `${count(counts.correct, 'réussie')}, ${count(counts.neutralized, 'neutralisée')}, taux ${rate} % : ${outcome}.`;

  return {
    competenceCode, profileLevel, profilePix,
    challenges: counts.challenges, correct: counts.correct, neutralized: counts.neutralized,
    decision, level, pix, explanation,
  };
}

function rateExplanation(rate: number, correct: number, counted: number, unansweredWrong: number, abortReason: ScoringInput['abortReason']): string {
  if (counted === 0) return 'Taux de reproductibilité : aucune épreuve prise en compte (toutes neutralisées), taux fixé à 0 %.';
  const why = abortReason === 'CANDIDATE' ? 'test abandonné par le candidat' : 'aucune raison d’abandon indiquée';
  const unanswered = unansweredWrong === 0 ? ''
    : `, dont ${count(unansweredWrong, 'non répondue comptée fausse', 'non répondues comptées fausses')} (${why})`;
  const exact = percentWithDecimals(correct, counted);
  const computed = exact === String(rate) ? `${rate} %` : `${exact}, arrondi à ${rate} %`;
  return `Taux de reproductibilité : ${count(correct, 'épreuve réussie', 'épreuves réussies')} sur `
    + `${count(counted, 'épreuve prise', 'épreuves prises')} en compte (épreuves non neutralisées${unanswered}), `
    + `soit 100 × ${correct} / ${counted} = ${computed}.`;
}

function neutralizationExplanation(
  total: number, neutralized: number, counted: number, byJury: number, byTechnicalAbort: number, remainingPercent: number,
): string {
  if (total === 0) return 'Neutralisation : aucune épreuve passée.';
  const details = [
    byJury > 0 ? `${byJury} par décision du jury` : '',
    byTechnicalAbort > 0 ? `${count(byTechnicalAbort, 'non répondue', 'non répondues')} après un abandon pour raison technique` : '',
  ].filter(Boolean).join(', ');
  return `Neutralisation : ${count(neutralized, 'épreuve neutralisée', 'épreuves neutralisées')} sur ${total}`
    + `${details ? ` (${details})` : ''} ; ${counted} sur ${total} restent, soit ${remainingPercent} % `
    + `(au moins ${MIN_REMAINING_SHARE} % requis).`;
}

function statusExplanation(
  status: Status, rate: number, total: number, counted: number, remainingPercent: number, band: RateBand, pixScore: number, certifiedCount: number,
): string {
  if (status === 'CANCELLED') {
    if (total === 0) return 'Certification annulée : aucune épreuve passée, elle n’a pas de score.';
    return `Certification annulée : seules ${counted} épreuves sur ${total} restent après neutralisation (${remainingPercent} %), `
      + `moins que les ${MIN_REMAINING_SHARE} % requis ; elle n’a pas de score, quel que soit son taux de reproductibilité.`;
  }
  if (status === 'REJECTED') {
    return `Certification rejetée : taux de reproductibilité de ${rate} %, inférieur à ${MIN_REPRODUCIBILITY_RATE} % ; score 0 pix.`;
  }
  return `Certification validée : ${counted} épreuves sur ${total} restent après neutralisation (${remainingPercent} %, au moins `
    + `${MIN_REMAINING_SHARE} %) et le taux de reproductibilité de ${rate} % atteint ${MIN_REPRODUCIBILITY_RATE} % (${BAND_LABEL[band]}) ; `
    + `score ${pixScore} pix, somme des ${count(certifiedCount, 'compétence certifiée', 'compétences certifiées')}.`;
}

/**
 * Official results: data that cannot be scored faithfully throws (and the session goes to the human jury) rather
 * than being guessed: an unknown status or type (e.g. a lowercase "ok"), a challenge counted twice, a competence
 * missing from the profile or below level 1 (the test only asks certifiable competences), more than 3 challenges
 * in a competence (thrown by competenceCounts).
 */
function validate({ challenges, profile, abortReason }: ScoringInput): void {
  if (abortReason !== null && abortReason !== 'CANDIDATE' && abortReason !== 'TECHNICAL') {
    throw new RangeError(`Invalid abort reason: ${String(abortReason)}`);
  }
  const ids = new Set<string>();
  for (const c of challenges) {
    if (c.status !== null && !CHALLENGE_OUTCOMES.includes(c.status)) throw new RangeError(`Invalid status of challenge ${c.challengeId}: ${String(c.status)}`);
    if (!CHALLENGE_TYPES.includes(c.challengeType)) throw new RangeError(`Invalid type of challenge ${c.challengeId}: ${String(c.challengeType)}`);
    if (typeof c.neutralized !== 'boolean') throw new RangeError(`Invalid neutralized flag of challenge ${c.challengeId}`);
    if (ids.has(c.challengeId)) throw new RangeError(`Challenge ${c.challengeId} appears twice`);
    ids.add(c.challengeId);
    const p = profile.get(c.competenceCode);
    if (!p) throw new RangeError(`Competence ${c.competenceCode} is not in the profile`);
    if (!Number.isInteger(p.level) || p.level < 1 || p.level > 8) throw new RangeError(`Competence ${c.competenceCode}: profile level ${p.level} is not certifiable (1 to 8)`);
    if (!Number.isInteger(p.pix) || p.pix < 0) throw new RangeError(`Competence ${c.competenceCode}: invalid profile pix ${p.pix}`);
  }
}
