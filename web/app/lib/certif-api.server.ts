// The certification pages' access to the API. Like api.server's helpers, but a refusal keeps its extensions:
// the candidate import lists its problems, the finalisation names the candidates without an abort reason.
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { data } from 'react-router';
import { createApiClient, isAuthError } from './graphql.server';
import { signOut } from './session.server';

export interface CertifError {
  code: string;
  message: string;
  extensions: Record<string, unknown>;
}

export type CertifResult<Data> = { data: Data; error?: undefined } | { data?: undefined; error: CertifError };

const UNAVAILABLE: CertifError = {
  code: 'API_UNAVAILABLE',
  message: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
  extensions: {},
};

export async function certifRequest<Data, Variables extends AnyVariables>(
  token: string | null,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<CertifResult<Data>> {
  const client = createApiClient(token);
  const isMutation = document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
  const result = await (isMutation ? client.mutation(document, variables) : client.query(document, variables)).toPromise();
  const first = result.error?.graphQLErrors[0];
  if (first) {
    const extensions = (first.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    return { error: { code, message: first.message, extensions } };
  }
  if (result.error || !result.data) return { error: UNAVAILABLE };
  return { data: result.data };
}

function statusOf(error: CertifError): number {
  if (error.code === 'FORBIDDEN') return 403;
  if (error.code.endsWith('_NOT_FOUND')) return 404;
  if (error.code === 'BAD_USER_INPUT') return 400;
  return 502;
}

/** A query's data, or the error page with the API's French message; an expired session goes back to sign-in. */
export async function certifLoad<Data, Variables extends AnyVariables>(
  request: Request,
  token: string | null,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await certifRequest(token, document, variables);
  if (!result.error) return result.data;
  if (token && isAuthError(result.error)) throw await signOut(request);
  throw data(result.error.message, { status: statusOf(result.error) });
}

/** A mutation's result for the action to show; an expired session goes back to sign-in. */
export async function certifMutate<Data, Variables extends AnyVariables>(
  request: Request,
  token: string | null,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<CertifResult<Data>> {
  const result = await certifRequest(token, document, variables);
  if (result.error && token && isAuthError(result.error)) throw await signOut(request);
  return result;
}

/** The HTTP status of an action the API refused. */
export function refusalStatus(error: CertifError): number {
  const status = statusOf(error);
  return error.code === 'API_UNAVAILABLE' ? 502 : status === 502 ? 409 : status;
}
