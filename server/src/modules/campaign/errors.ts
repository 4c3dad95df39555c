import { AppError } from '../../graphql/errors.js';

export class CampaignNotFoundError extends AppError {
  constructor() { super('CAMPAIGN_NOT_FOUND', 'Aucune campagne ne correspond à ce code. Vérifiez-le auprès de votre enseignant.'); }
}
export class CampaignArchivedError extends AppError {
  constructor() { super('CAMPAIGN_ARCHIVED', 'Cette campagne est archivée : elle n’accepte plus de participants.'); }
}
export class CampaignAlreadyArchivedError extends AppError {
  constructor() { super('CAMPAIGN_ALREADY_ARCHIVED', 'Cette campagne est déjà archivée.'); }
}
export class TargetProfileRequiredError extends AppError {
  constructor() { super('TARGET_PROFILE_REQUIRED', 'Une campagne d’évaluation demande un parcours (profil cible).'); }
}
export class TargetProfileNotFoundError extends AppError {
  constructor() { super('TARGET_PROFILE_NOT_FOUND', 'Ce parcours n’existe pas.'); }
}
export class IdentityRequiredError extends AppError {
  constructor() { super('IDENTITY_REQUIRED', 'Pour rejoindre la campagne de votre établissement, indiquez vos prénom, nom et date de naissance.'); }
}
export class StudentNotFoundError extends AppError {
  constructor() { super('STUDENT_NOT_FOUND', 'Aucun élève de l’établissement ne correspond à ces nom, prénom et date de naissance. Vérifiez-les, ou demandez à votre enseignant.'); }
}
export class StudentAmbiguousError extends AppError {
  constructor() { super('STUDENT_AMBIGUOUS', 'Plusieurs élèves de l’établissement correspondent à ces informations : demandez à votre enseignant de vous rattacher.'); }
}
export class StudentAlreadyLinkedError extends AppError {
  constructor(accountKind: 'EMAIL' | 'USERNAME' | 'OTHER', hint: string) {
    const how = accountKind === 'EMAIL' ? `avec l’adresse e-mail ${hint}` : accountKind === 'USERNAME' ? `avec l’identifiant ${hint}` : 'par un autre moyen (ENT)';
    super('STUDENT_ALREADY_LINKED', `Cet élève est déjà rattaché à un autre compte, qui se connecte ${how}. Connectez-vous avec ce compte, ou demandez de l’aide à votre enseignant.`, { accountKind, hint });
  }
}
export class ParticipationNotFoundError extends AppError {
  constructor() { super('PARTICIPATION_NOT_FOUND', 'Cette participation n’existe pas ou ne vous appartient pas.'); }
}
export class ParticipationNotShareableError extends AppError {
  constructor(reason: 'NOT_FINISHED' | 'ALREADY_SHARED') {
    super('PARTICIPATION_NOT_SHAREABLE', reason === 'NOT_FINISHED' ? 'Terminez le parcours avant d’envoyer vos résultats.' : 'Vos résultats ont déjà été envoyés.', { reason });
  }
}
export class RetryNotAllowedError extends AppError {
  constructor(message: string) { super('CAMPAIGN_RETRY_NOT_ALLOWED', message); }
}
