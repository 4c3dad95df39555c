// The invigilator has no account: the token signInInvigilator gives, valid for one session, lives in a cookie of
// its own, so that it neither replaces nor follows a user's sign-in on the same browser.
import { createCookieSessionStorage, redirect } from 'react-router';

interface InvigilatorData { sessionId: string; token: string }

const storage = createCookieSessionStorage<InvigilatorData>({
  cookie: {
    name: 'opencrcn_invigilator',
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    // The API's invigilator token lasts a session day.
    maxAge: 10 * 60 * 60,
    secrets: [process.env.SESSION_SECRET ?? 'opencrcn-development-secret'],
  },
});

/** The invigilator's token for this session number, if they signed in to it. */
export async function invigilatorToken(request: Request, sessionId: string): Promise<string | null> {
  const session = await storage.getSession(request.headers.get('Cookie'));
  return session.get('sessionId') === sessionId ? session.get('token') ?? null : null;
}

export async function requireInvigilatorToken(request: Request, sessionId: string): Promise<string> {
  const token = await invigilatorToken(request, sessionId);
  if (token) return token;
  throw redirect(`/surveillance?session=${encodeURIComponent(sessionId)}`);
}

/** Set-Cookie value keeping this token for this session (one session at a time per browser). */
export async function commitInvigilator(request: Request, sessionId: string, token: string): Promise<string> {
  const session = await storage.getSession(request.headers.get('Cookie'));
  session.set('sessionId', sessionId);
  session.set('token', token);
  return storage.commitSession(session);
}

/** Leaves the supervision: back to its sign-in, the cookie removed. */
export async function leaveSupervision(request: Request, sessionId?: string): Promise<Response> {
  const session = await storage.getSession(request.headers.get('Cookie'));
  const to = sessionId ? `/surveillance?session=${encodeURIComponent(sessionId)}` : '/surveillance';
  return redirect(to, { headers: { 'Set-Cookie': await storage.destroySession(session) } });
}
