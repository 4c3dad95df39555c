import { afterEach, describe, expect, it, vi } from 'vitest';
import { signToken, verifyToken } from './token.js';

const secret = new TextEncoder().encode('un secret de test assez long pour HS256');

describe('bearer tokens', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('knows a token again without losing sight of its expiry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const token = await signToken({ kind: 'user', userId: 42 }, secret, 60);
    expect(await verifyToken(token, secret)).toEqual({ ok: true, principal: { kind: 'user', userId: 42 } });
    expect(await verifyToken(token, secret)).toEqual({ ok: true, principal: { kind: 'user', userId: 42 } });
    vi.setSystemTime(Date.now() + 61_000);
    expect(await verifyToken(token, secret)).toEqual({ ok: false, reason: 'expired' });
    expect(await verifyToken(token, secret)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token good under another secret, or altered', async () => {
    const token = await signToken({ kind: 'invigilator', sessionId: 7 }, secret, 60);
    expect(await verifyToken(token, secret)).toEqual({ ok: true, principal: { kind: 'invigilator', sessionId: 7 } });
    expect(await verifyToken(token, new TextEncoder().encode('un autre secret, tout aussi long que le premier'))).toEqual({ ok: false, reason: 'invalid' });
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'session:8' })).toString('base64url');
    expect(await verifyToken(`${header}.${forged}.${signature}`, secret)).toEqual({ ok: false, reason: 'invalid' });
  });
});
