// The session cookie holds only the API token; everything else is asked to the API on each request.
import { createCookieSessionStorage, redirect } from 'react-router';

interface SessionData { token: string }

const storage = createCookieSessionStorage<SessionData>({
  cookie: {
    name: 'opencrcn_session',
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    maxAge: 12 * 60 * 60,
    // The fallback only keeps development and tests running; deployments set SESSION_SECRET.
    secrets: [process.env.SESSION_SECRET ?? 'opencrcn-development-secret'],
  },
});

function getSession(request: Request) {
  return storage.getSession(request.headers.get('Cookie'));
}

export async function getToken(request: Request): Promise<string | null> {
  return (await getSession(request)).get('token') ?? null;
}

/**
 * The address of the page a request is for. Data requests (client navigations) end in ".data" ("/_root.data" for
 * the home page) and carry React Router's own parameters: none of that belongs in an address to come back to.
 */
export function pageAddress(request: Request): string {
  const url = new URL(request.url);
  const pathname = url.pathname === '/_root.data' ? '/' : url.pathname.replace(/\.data$/, '');
  url.searchParams.delete('_routes');
  url.searchParams.delete('index');
  return pathname + (url.searchParams.size ? `?${url.searchParams}` : '');
}

/** The token, or a redirect to sign-in that brings the user back to this page afterwards. */
export async function requireToken(request: Request): Promise<string> {
  const token = await getToken(request);
  if (token) return token;
  throw redirect(`/connexion?redirectTo=${encodeURIComponent(pageAddress(request))}`);
}

/** Set-Cookie value for a new session holding this token. */
export async function commitToken(request: Request, token: string): Promise<string> {
  const session = await getSession(request);
  session.set('token', token);
  return storage.commitSession(session);
}

/** Set-Cookie value that removes the session. */
export async function destroySession(request: Request): Promise<string> {
  return storage.destroySession(await getSession(request));
}

/** Drops the session and sends the user to sign-in (signing out, or a token the API refused). */
export async function signOut(request: Request): Promise<Response> {
  return redirect('/connexion', { headers: { 'Set-Cookie': await destroySession(request) } });
}

/** Only same-site paths, so a crafted link cannot send the user elsewhere after sign-in. */
export function safeRedirect(to: FormDataEntryValue | string | null, fallback = '/profil'): string {
  if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback;
  return to;
}
