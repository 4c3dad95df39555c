// Server-only access to the GraphQL API: the browser never sees the token nor talks to the API directly.
import { Client, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import type { DocumentNode } from 'graphql';

export interface FieldProblem { field: string; message: string }
/** `fields` names the inputs a BAD_USER_INPUT error is about, so forms can show each message under its field. */
export interface ApiError { code: string; message: string; fields?: FieldProblem[] }
export type ApiResult<Data> = { data: Data; error?: undefined } | { data?: undefined; error: ApiError };

/** Codes meaning the stored token is no longer usable: the user must sign in again. */
const AUTH_ERROR_CODES = new Set(['TOKEN_EXPIRED', 'TOKEN_INVALID', 'UNAUTHENTICATED']);

export function isAuthError(error: ApiError): boolean {
  return AUTH_ERROR_CODES.has(error.code);
}

/** A new client per request, so no cache or token is ever shared between users. */
export function createApiClient(token: string | null): Client {
  return new Client({
    // Read at request time: the server sets API_URL just before loading the build.
    url: process.env.API_URL ?? 'http://127.0.0.1:4000/graphql',
    exchanges: [fetchExchange],
    // Apollo's CSRF protection refuses GET queries without a preflight header.
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: () => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
}

function isMutation(document: DocumentNode): boolean {
  return document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
}

/** Runs a typed query or mutation and returns either its data or the first error, with its French message. */
export async function apiRequest<Data, Variables extends AnyVariables>(
  token: string | null,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<ApiResult<Data>> {
  const client = createApiClient(token);
  const operation = isMutation(document)
    ? client.mutation(document, variables)
    : client.query(document, variables);
  const result = await operation.toPromise();
  const graphQLError = result.error?.graphQLErrors[0];
  if (graphQLError) {
    const code = typeof graphQLError.extensions?.code === 'string' ? graphQLError.extensions.code : 'INTERNAL_SERVER_ERROR';
    const fields = Array.isArray(graphQLError.extensions?.fields) ? (graphQLError.extensions.fields as FieldProblem[]) : undefined;
    return { error: { code, message: graphQLError.message, ...(fields ? { fields } : {}) } };
  }
  if (result.error || !result.data) {
    return { error: { code: 'API_UNAVAILABLE', message: 'Le service est momentanément indisponible. Réessayez dans quelques instants.' } };
  }
  return { data: result.data };
}
