// Types of the certification scoring (domain.md §4), apart from the logic so that every module can share them.

export type ChallengeOutcome = 'OK' | 'KO' | 'SKIPPED' | 'TIMEDOUT' | 'FOCUSED_OUT' | 'PARTIALLY';

export const CHALLENGE_OUTCOMES: readonly ChallengeOutcome[] = ['OK', 'KO', 'SKIPPED', 'TIMEDOUT', 'FOCUSED_OUT', 'PARTIALLY'];

export type ChallengeType = 'QCU' | 'QCM' | 'QROC' | 'QROCM-ind' | 'QROCM-dep';

export const CHALLENGE_TYPES: readonly ChallengeType[] = ['QCU', 'QCM', 'QROC', 'QROCM-ind', 'QROCM-dep'];

export interface CertificationChallengeResult {
  competenceCode: string;
  challengeId: string;
  challengeType: ChallengeType;
  /** null = unanswered. */
  status: ChallengeOutcome | null;
  neutralized: boolean;
}

export type AbortReason = 'CANDIDATE' | 'TECHNICAL' | null;

export interface ScoringInput {
  challenges: CertificationChallengeResult[];
  /** Competence code → the learner's profile when the test started. */
  profile: ReadonlyMap<string, { level: number; pix: number }>;
  abortReason: AbortReason;
}

export type RateBand = 'HIGH' | 'MEDIUM' | 'LOW';

export type CompetenceDecision = 'KEEP' | 'DOWN' | 'NOT_CERTIFIED';

export interface CompetenceResult {
  competenceCode: string;
  profileLevel: number;
  profilePix: number;
  /** Counts after the QROCM-dep rule: what the table is read with. */
  challenges: number;
  correct: number;
  neutralized: number;
  decision: CompetenceDecision;
  level: number;
  pix: number;
  /** One French sentence for the jury. */
  explanation: string;
}

export interface ScoringResult {
  status: 'VALIDATED' | 'REJECTED' | 'CANCELLED';
  reproducibilityRate: number;
  pixScore: number;
  competences: CompetenceResult[];
  /** French sentences for the jury. */
  explanation: { rate: string; neutralization: string; status: string };
}
