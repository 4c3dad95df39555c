// Signed bearer tokens (HS256 JWT). Stateless, so any instance behind the load balancer can check them.
import { SignJWT, jwtVerify, errors } from 'jose';

export type Principal =
  | { kind: 'user'; userId: number }
  /** An invigilator signs in with a session number and its password: the token is good for that session only. */
  | { kind: 'invigilator'; sessionId: number };

const ISSUER = 'opencrcn';

export async function signToken(principal: Principal, secret: Uint8Array, ttlSeconds: number): Promise<string> {
  const subject = principal.kind === 'user' ? `user:${principal.userId}` : `session:${principal.sessionId}`;
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(secret);
}

export type TokenCheck = { ok: true; principal: Principal } | { ok: false; reason: 'expired' | 'invalid' };

export async function verifyToken(token: string, secret: Uint8Array): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
    const [kind, id] = String(payload.sub ?? '').split(':');
    const n = Number(id);
    if (!Number.isSafeInteger(n) || n <= 0) return { ok: false, reason: 'invalid' };
    if (kind === 'user') return { ok: true, principal: { kind: 'user', userId: n } };
    if (kind === 'session') return { ok: true, principal: { kind: 'invigilator', sessionId: n } };
    return { ok: false, reason: 'invalid' };
  } catch (e) {
    return { ok: false, reason: e instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
