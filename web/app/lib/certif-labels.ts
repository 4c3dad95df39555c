// The French names of the certification codes the API returns.
import type {
  AbortReason, CandidateLiveStatus, CertificationStatus, IssueReportCategory, SessionStatus,
} from '../gql/graphql';

export const LIVE_STATUS_LABELS: Record<CandidateLiveStatus, string> = {
  NOT_JOINED: 'Non arrivé',
  WAITING: 'En attente',
  STARTED: 'En cours',
  COMPLETED: 'Terminé',
  ENDED_BY_INVIGILATOR: 'Arrêté par le surveillant',
};

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  CREATED: 'Créée',
  FINALIZED: 'Finalisée',
  IN_PROCESS: 'En traitement par le jury',
  PROCESSED: 'Résultats publiés',
};

export const CERTIFICATION_STATUS_LABELS: Record<CertificationStatus, string> = {
  VALIDATED: 'Validée',
  REJECTED: 'Rejetée',
  CANCELLED: 'Annulée',
  ERROR: 'En erreur',
  STARTED: 'En cours',
};

export const ABORT_REASON_LABELS: Record<AbortReason, string> = {
  CANDIDATE: 'Abandon du candidat',
  TECHNICAL: 'Problème technique',
};

export const ISSUE_CATEGORY_LABELS: Record<IssueReportCategory, string> = {
  CANDIDATE_INFORMATIONS_CHANGES: 'Modification des informations du candidat',
  IN_CHALLENGE: 'Problème sur une question',
  FRAUD: 'Suspicion de fraude',
  NON_BLOCKING_CANDIDATE_ISSUE: 'Incident non bloquant lié au candidat',
  NON_BLOCKING_TECHNICAL_ISSUE: 'Incident technique non bloquant',
};

/** The subcategories each category offers; the others have none. */
export const ISSUE_SUBCATEGORIES: Partial<Record<IssueReportCategory, Record<string, string>>> = {
  CANDIDATE_INFORMATIONS_CHANGES: {
    NAME_OR_BIRTHDATE: 'Nom, prénom ou date de naissance',
    EXTRA_TIME_PERCENTAGE: 'Temps majoré',
  },
  IN_CHALLENGE: {
    IMAGE_NOT_DISPLAYING: "L'image ne s'affiche pas",
    EMBED_NOT_WORKING: "L'application intégrée ne fonctionne pas",
    FILE_NOT_OPENING: "Le fichier ne s'ouvre pas",
    WEBSITE_UNAVAILABLE: 'Le site à consulter est indisponible',
    WEBSITE_BLOCKED: 'Le site à consulter est bloqué',
    SOFTWARE_NOT_WORKING: 'Le logiciel ne fonctionne pas',
    EXTRA_TIME_EXCEEDED: 'Le temps majoré a été dépassé',
    UNINTENTIONAL_FOCUS_OUT: 'Sortie de page involontaire',
    SKIP_ON_OOPS: "Question passée à cause d'un problème technique",
    ACCESSIBILITY_ISSUE: "Problème d'accessibilité",
  },
};

export function issueSubcategoryLabel(category: IssueReportCategory, subcategory: string | null | undefined): string {
  if (!subcategory) return '';
  return ISSUE_SUBCATEGORIES[category]?.[subcategory] ?? subcategory;
}

export const JURY_DECISION_LABELS: Record<string, string> = {
  REJECTED_FOR_FRAUD: 'Rejetée pour fraude',
  CANCELLED_BY_JURY: 'Annulée par le jury',
};

export const COMPETENCE_DECISION_LABELS: Record<string, string> = {
  KEEP: 'Niveau conservé',
  DOWN: 'Niveau abaissé',
  NOT_CERTIFIED: 'Non certifiée',
};

export const ISSUE_RESOLUTION_LABELS: Record<string, string> = {
  NEUTRALIZED: 'Question neutralisée',
  NO_EFFECT: 'Sans effet sur le résultat',
  NO_EFFECT_ANSWER_CORRECT: 'Sans effet : réponse juste',
  NOT_APPLICABLE_TO_CHALLENGE: 'Sans objet pour cette question',
  QUESTION_NOT_FOUND: 'Question introuvable',
  RESOLVED_BY_JURY: 'Traité par le jury',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  AUTOMATIC_JURY: 'Jury automatique',
  PUBLISH: 'Publication',
  UNPUBLISH: 'Dépublication',
  RESCORE: 'Nouveau calcul des résultats',
  JURY_COMMENT: 'Commentaire du jury',
  NEUTRALIZE_CHALLENGE: 'Question neutralisée',
  DENEUTRALIZE_CHALLENGE: 'Neutralisation levée',
  REJECTED_FOR_FRAUD: 'Rejet pour fraude',
  CANCELLED_BY_JURY: 'Annulation par le jury',
  CLEAR_JURY_DECISION: 'Décision du jury levée',
  CORRECT_IDENTITY: 'Identité corrigée',
  RESOLVE_ISSUE_REPORT: 'Signalement traité',
};

export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return labels[code] ?? code;
}
