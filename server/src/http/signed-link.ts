// Short-lived signed links for downloads (CSV, PDF): the link carries who asked and what for, so any instance can
// serve it; the route still checks the person's rights when the link is used.
import { SignJWT, jwtVerify } from 'jose';

export const LINK_TTL = '15m';

export async function signLink(secret: Uint8Array, audience: string, payload: Record<string, unknown>, userId: number): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`user:${userId}`)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(LINK_TTL)
    .sign(secret);
}

/** The link's payload and the user it was made for, or null when it is forged, expired or for another use. */
export async function readLink(secret: Uint8Array, audience: string, token: unknown): Promise<{ payload: Record<string, unknown>; userId: number } | null> {
  try {
    const { payload } = await jwtVerify(String(token ?? ''), secret, { audience, algorithms: ['HS256'] });
    const userId = Number(String(payload.sub).replace('user:', ''));
    return Number.isInteger(userId) ? { payload, userId } : null;
  } catch {
    return null;
  }
}
