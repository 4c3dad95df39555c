// Errors the API returns on purpose: a French message for people, a stable extensions.code for programs.
import { GraphQLError } from 'graphql';

export class AppError extends GraphQLError {
  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class NotAuthenticatedError extends AppError {
  constructor() { super('UNAUTHENTICATED', 'Vous devez être connecté pour accéder à cette ressource.'); }
}

export class AccessForbiddenError extends AppError {
  constructor(message = "Vous n'avez pas accès à cette ressource.") { super('FORBIDDEN', message); }
}

export interface FieldProblem { field: string; message: string }

export class InputInvalidError extends AppError {
  constructor(problems: FieldProblem[]) {
    super('BAD_USER_INPUT', problems.map((p) => p.message).join(' '), { fields: problems });
  }
}

/** Turns a zod failure into an InputInvalidError naming each field. */
export function fromZod(error: { issues: { path: PropertyKey[]; message: string }[] }): InputInvalidError {
  return new InputInvalidError(error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })));
}
