// Signed bearer tokens (HS256 JWT). Stateless, so any instance behind the load balancer can check them.
import { webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';
import { LRUCache } from 'lru-cache';

export type Principal =
  | { kind: 'user'; userId: number }
  /** An invigilator signs in with a session number and its password: the token is good for that session only. */
  | { kind: 'invigilator'; sessionId: number };

const ISSUER = 'opencrcn';

// The key imported once per secret: importing it for every request costs more than checking the signature.
const keys = new WeakMap<Uint8Array, Promise<webcrypto.CryptoKey>>();
function hmacKey(secret: Uint8Array): Promise<webcrypto.CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = webcrypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    keys.set(secret, key);
  }
  return key;
}

export async function signToken(principal: Principal, secret: Uint8Array, ttlSeconds: number): Promise<string> {
  const subject = principal.kind === 'user' ? `user:${principal.userId}` : `session:${principal.sessionId}`;
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(await hmacKey(secret));
}

export type TokenCheck = { ok: true; principal: Principal } | { ok: false; reason: 'expired' | 'invalid' };

// Tokens found good, remembered (per secret) until they expire: a candidate's token comes back with every answer, and
// checking its signature is a round trip to the crypto thread pool. Bounded: the least recently seen go first.
const checked = new WeakMap<Uint8Array, LRUCache<string, { principal: Principal; expiresAtMs: number }>>();

export async function verifyToken(token: string, secret: Uint8Array): Promise<TokenCheck> {
  let known = checked.get(secret);
  if (!known) checked.set(secret, (known = new LRUCache({ max: 50_000 })));
  const hit = known.get(token);
  if (hit) {
    if (Date.now() < hit.expiresAtMs) return { ok: true, principal: hit.principal };
    known.delete(token);
    return { ok: false, reason: 'expired' };
  }
  try {
    const { payload } = await jwtVerify(token, await hmacKey(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    const [kind, id] = String(payload.sub ?? '').split(':');
    const n = Number(id);
    if (!Number.isSafeInteger(n) || n <= 0) return { ok: false, reason: 'invalid' };
    const principal: Principal | null = kind === 'user' ? { kind: 'user', userId: n } : kind === 'session' ? { kind: 'invigilator', sessionId: n } : null;
    if (!principal) return { ok: false, reason: 'invalid' };
    if (typeof payload.exp === 'number') known.set(token, { principal, expiresAtMs: payload.exp * 1000 });
    return { ok: true, principal };
  } catch (e) {
    return { ok: false, reason: e instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
