// Field guard for a user's personal data: the user, a platform admin, or staff of a school where the user is a pupil.
import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from './context.js';
import { AccessForbiddenError, NotAuthenticatedError } from './errors.js';

export const PersonalDataOfUser: MiddlewareFn<RequestContext> = async ({ root, context }, next) => {
  if (!context.access.current) throw new NotAuthenticatedError();
  if (!(await context.access.canSeeUser(Number((root as { id: number }).id)))) {
    throw new AccessForbiddenError('Ces informations personnelles ne vous sont pas accessibles.');
  }
  return next();
};
