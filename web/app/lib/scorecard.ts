// How a competence's scorecard reads, on the profile and on the competence page.
import type { ScorecardStatus } from '../gql/graphql';

export const PIX_PER_LEVEL = 8;

export const STATUS_LABELS: Record<ScorecardStatus, string> = {
  NOT_STARTED: 'Non commencé',
  STARTED: 'En cours',
  COMPLETED: 'Terminé',
};

/** Pix earned within the current level (the progress bar's value) and its French description. */
export function levelProgress(level: number, pixToNextLevel: number): { value: number; label: string } {
  // pixToNextLevel is 0 at the top level: the bar is then full.
  if (pixToNextLevel <= 0) return { value: PIX_PER_LEVEL, label: 'Niveau maximal atteint' };
  return { value: PIX_PER_LEVEL - pixToNextLevel, label: `Encore ${pixToNextLevel} pix pour atteindre le niveau ${level + 1}` };
}
