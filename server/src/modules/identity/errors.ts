import { AppError } from '../../graphql/errors.js';

export class CredentialsInvalidError extends AppError {
  // One message whether the login is unknown or the password wrong: no account enumeration.
  constructor() { super('INVALID_CREDENTIALS', "L'adresse e-mail ou l'identifiant, ou le mot de passe, est incorrect."); }
}

export class EmailAlreadyUsedError extends AppError {
  constructor() { super('EMAIL_ALREADY_USED', 'Cette adresse e-mail est déjà utilisée par un compte.'); }
}
