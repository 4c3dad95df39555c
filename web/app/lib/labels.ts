// The French names of the API's codes, shared by the school pages and the learner's pages.
import type { CampaignType, ImportStatus, MembershipRole, OrganizationType, ParticipationStatus } from '../gql/graphql';

export const CAMPAIGN_TYPE_LABELS: Record<CampaignType, string> = {
  PROFILES_COLLECTION: 'Collecte de profils',
  ASSESSMENT: 'Évaluation (parcours)',
};

export const PARTICIPATION_STATUS_LABELS: Record<ParticipationStatus, string> = {
  STARTED: 'Commencée',
  TO_SHARE: 'À envoyer',
  SHARED: 'Envoyée',
};

export const ROLE_LABELS: Record<MembershipRole, string> = {
  ADMIN: 'Administrateur',
  MEMBER: 'Membre',
};

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
  SCO: 'Établissement scolaire (collège ou lycée)',
  SUP: 'Enseignement supérieur',
  PRO: 'Organisation professionnelle',
};

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  QUEUED: 'En attente',
  RUNNING: 'En cours',
  SUCCEEDED: 'Terminé',
  FAILED: 'Échoué',
};

/** « Oui » / « Non », or a dash while the value is not known (results not sent yet). */
export function yesNo(value: boolean | null | undefined): string {
  if (value == null) return '–';
  return value ? 'Oui' : 'Non';
}
