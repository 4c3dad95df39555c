// What the API's portal sign-in routes put in the address's fragment (plugins/gar: « Passage de relais »), read in
// the browser only: the fragment never reaches a server, nor the Referer header.

import { useEffect, useRef } from 'react';

/** The fragment's values; the fragment leaves the address bar and the history entry at once. */
export function takeFragment(): URLSearchParams {
  const values = new URLSearchParams(window.location.hash.slice(1));
  if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return values;
}

/** Takes the fragment once the page runs in the browser, and hands its values to `use`. */
export function useFragment(use: (values: URLSearchParams) => void): void {
  const taken = useRef(false);
  const latest = useRef(use);
  latest.current = use;
  useEffect(() => {
    // Once: development's strict mode runs effects twice, and the fragment is gone after the first read.
    if (taken.current) return;
    taken.current = true;
    latest.current(takeFragment());
  }, []);
}

export interface PendingSignIn {
  token: string;
  /** « GAR », or « OIDC:<issuer> ». */
  provider: string | null;
  firstName: string | null;
  lastName: string | null;
  expired: boolean;
}

function payload(token: string): Record<string, unknown> | null {
  try {
    const part = token.split('.')[1] ?? '';
    const bytes = Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The names and expiry the pending token carries, read without checking its signature: only to greet the pupil and
 * spare them a form that would be refused. The API checks the token when the form is sent.
 */
export function readPending(token: string, nowMs = Date.now()): PendingSignIn {
  const claims = payload(token) ?? {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : null;
  return { token, provider: text(claims.provider), firstName: text(claims.firstName), lastName: text(claims.lastName), expired: exp !== null && exp <= nowMs };
}

/** The API route that starts a new portal sign-in (the portal knows the pupil: no password to type). */
export function portalSignInUrl(apiBaseUrl: string, provider: string | null, returnTo: string | null): string {
  const path = provider?.startsWith('OIDC:') ? '/oidc/login' : '/gar/login';
  return `${apiBaseUrl}${path}${returnTo ? `?retour=${encodeURIComponent(returnTo)}` : ''}`;
}
