// Loaders and actions talk to the API through these two helpers: an expired session always leads to sign-in,
// and a loader's failure becomes the error page with the API's French message and a fitting status.
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { data } from 'react-router';
import { apiRequest, isAuthError, type ApiError, type ApiResult } from './graphql.server';
import { signOut } from './session.server';

function statusOf(error: ApiError): number {
  if (error.code === 'FORBIDDEN') return 403;
  if (error.code.endsWith('_NOT_FOUND')) return 404;
  if (error.code === 'BAD_USER_INPUT') return 400;
  return 502;
}

/** The data of a query, or an error response thrown to the route's error boundary. */
export async function load<Data, Variables extends AnyVariables>(
  request: Request,
  token: string | null,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await apiRequest(token, document, variables);
  if (!result.error) return result.data;
  if (token && isAuthError(result.error)) throw await signOut(request);
  throw data(result.error.message, { status: statusOf(result.error) });
}

/** A mutation's result for the action to show; only an expired session is handled here (back to sign-in). */
export async function mutate<Data, Variables extends AnyVariables>(
  request: Request,
  token: string | null,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<ApiResult<Data>> {
  const result = await apiRequest(token, document, variables);
  if (result.error && token && isAuthError(result.error)) throw await signOut(request);
  return result;
}

/** The HTTP status an action answers with when the API refused a mutation. */
export function failureStatus(error: ApiError): number {
  return error.code === 'API_UNAVAILABLE' ? 502 : statusOf(error) === 502 ? 409 : statusOf(error);
}
