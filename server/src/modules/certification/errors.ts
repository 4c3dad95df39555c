import { AppError } from '../../graphql/errors.js';

export class SessionNotFoundError extends AppError {
  constructor() { super('SESSION_NOT_FOUND', 'Cette session de certification n’existe pas.'); }
}
export class SessionAlreadyStartedError extends AppError {
  constructor() { super('SESSION_ALREADY_STARTED', 'Un candidat a déjà commencé : la session ne peut plus être modifiée ni supprimée.'); }
}
export class SessionFinalizedError extends AppError {
  constructor() { super('SESSION_FINALIZED', 'Cette session est finalisée : elle est fermée aux candidats et aux modifications.'); }
}
export class SessionClosedError extends AppError {
  constructor() { super('SESSION_CLOSED', 'Cette session n’est plus ouverte : plus de 24 heures ont passé depuis son début.'); }
}
export class CandidateAlreadyEnrolledError extends AppError {
  constructor(name: string) { super('CANDIDATE_ALREADY_ENROLLED', `${name} est déjà inscrit(e) à cette session.`); }
}
export class NotAStudentOfCentreError extends AppError {
  constructor() { super('NOT_A_STUDENT_OF_CENTRE', 'Seuls les élèves de l’établissement peuvent être inscrits à ses sessions.'); }
}
export class CandidateNotFoundError extends AppError {
  constructor() { super('CANDIDATE_NOT_FOUND', 'Aucun candidat inscrit à cette session ne correspond à ces nom, prénom et date de naissance. Vérifiez-les avec le surveillant.'); }
}
export class CandidateAmbiguousError extends AppError {
  constructor() { super('CANDIDATE_AMBIGUOUS', 'Plusieurs candidats correspondent : appelez le surveillant.'); }
}
export class CandidateAlreadyJoinedError extends AppError {
  constructor() { super('CANDIDATE_ALREADY_JOINED', 'Ce candidat a déjà rejoint la session avec un autre compte : appelez le surveillant.'); }
}
export class CandidateNotYourStudentRecordError extends AppError {
  constructor() { super('CANDIDATE_NOT_YOUR_STUDENT_RECORD', 'Ce candidat est un élève de l’établissement rattaché à un autre compte que le vôtre : connectez-vous avec votre compte élève.'); }
}
export class NotAuthorizedToStartError extends AppError {
  constructor() { super('NOT_AUTHORIZED_TO_START', 'Le surveillant n’a pas encore confirmé votre présence : patientez.'); }
}
export class AccessCodeInvalidError extends AppError {
  constructor() { super('ACCESS_CODE_INVALID', 'Ce code d’accès n’est pas le bon : vérifiez-le auprès du surveillant.'); }
}
export class NotCertifiableError extends AppError {
  constructor() { super('NOT_CERTIFIABLE', 'Votre profil n’est pas certifiable : il faut le niveau 1 dans au moins 5 compétences.'); }
}
export class ResumeNotAuthorizedError extends AppError {
  constructor() { super('RESUME_NOT_AUTHORIZED', 'Votre test est en pause : demandez au surveillant d’autoriser la reprise.'); }
}
export class TestEndedError extends AppError {
  constructor() { super('CERTIFICATION_TEST_ENDED', 'Votre test de certification est terminé : appelez le surveillant.'); }
}
export class InvigilatorCredentialsError extends AppError {
  constructor() { super('INVALID_CREDENTIALS', 'Le numéro de session ou le mot de passe surveillant est incorrect.'); }
}
export class CandidateLimitReachedError extends AppError {
  constructor(max: number, invigilators: number) {
    super('CANDIDATE_LIMIT_PER_INVIGILATOR', `Il faut au moins un surveillant pour 20 candidats : avec ${invigilators} surveillant${invigilators > 1 ? 's' : ''}, la session accueille ${max} candidats au plus. Ajoutez un surveillant ou créez une autre session.`, { max });
  }
}

/** The test kept moving while an answer was being stored (certification-answer.ts): the client sends it again. */
export class AnswerConflictError extends AppError {
  constructor() {
    super('ANSWER_CONFLICT', 'Votre test a changé pendant l’enregistrement de la réponse : renvoyez-la.', { retryable: true });
  }
}
