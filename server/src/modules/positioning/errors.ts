import { AppError } from '../../graphql/errors.js';

export class CompetenceNotFoundError extends AppError {
  constructor(code: string) { super('COMPETENCE_NOT_FOUND', `La compétence « ${code} » n'existe pas.`); }
}

export class AssessmentNotFoundError extends AppError {
  constructor() { super('ASSESSMENT_NOT_FOUND', "Ce test n'existe pas ou ne vous appartient pas."); }
}

export class AssessmentNotInProgressError extends AppError {
  constructor() { super('ASSESSMENT_NOT_IN_PROGRESS', "Ce test est terminé : il n'accepte plus de réponse."); }
}

export class ChallengeNotCurrentError extends AppError {
  constructor() { super('CHALLENGE_NOT_CURRENT', "Cette question n'est pas celle en cours : rechargez la page pour reprendre le test."); }
}

export class ClientAnswerIdReusedError extends AppError {
  constructor() { super('CLIENT_ANSWER_ID_REUSED', 'Cet identifiant de réponse a déjà servi pour une autre question.'); }
}

export class ImprovingNotYetAllowedError extends AppError {
  constructor(days: number) { super('IMPROVING_NOT_YET_ALLOWED', `Vous pourrez retenter cette compétence dans ${days} jour${days > 1 ? 's' : ''}.`, { remainingDays: days }); }
}

export class ResetNotYetAllowedError extends AppError {
  constructor(days: number) { super('RESET_NOT_YET_ALLOWED', `Vous pourrez remettre cette compétence à zéro dans ${days} jour${days > 1 ? 's' : ''}.`, { remainingDays: days }); }
}

export class NothingToResetError extends AppError {
  constructor() { super('NOTHING_TO_RESET', "Cette compétence n'a pas encore été évaluée : rien à remettre à zéro."); }
}

export class ChallengeNotFoundError extends AppError {
  constructor() { super('CHALLENGE_NOT_FOUND', "Cette épreuve n'existe pas."); }
}
