import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createTestServer, type TestServer } from '../../../testing/test-server.js';
import { buildUser } from '../../../testing/factories.js';
import { hashPassword } from './password.js';
import { User } from './user.entity.js';
import { loadConfig } from '../../config.js';

const SIGN_IN = `mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { token user { id firstName email username } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id firstName lastName email } } }`;
const ME = `{ me { id firstName lastName email username } }`;

let server: TestServer;
let pupil: User;
let learner: User;

beforeAll(async () => {
  server = await createTestServer();
  const em = server.em();
  const passwordHash = await hashPassword('Secret-2026');
  learner = buildUser(em, { firstName: 'Léa', lastName: 'Martin', email: 'lea.martin@exemple.test', passwordHash });
  pupil = buildUser(em, { firstName: 'Killian', lastName: 'Latour', email: null, username: 'killian.latour2005', passwordHash });
  await em.flush();
});
afterAll(() => server?.close());

describe('signIn', () => {
  it('signs in by e-mail, whatever its case, and returns a token that works', async () => {
    const res = await server.execute(SIGN_IN, { login: '  Lea.Martin@Exemple.test ', password: 'Secret-2026' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signIn.user).toMatchObject({ id: String(learner.id), firstName: 'Léa', email: 'lea.martin@exemple.test' });
    const me = await server.execute(ME, {}, { token: res.data!.signIn.token });
    expect(me.data!.me).toMatchObject({ id: String(learner.id), firstName: 'Léa' });
  });

  it('signs a pupil in by generated username', async () => {
    const res = await server.execute(SIGN_IN, { login: 'killian.latour2005', password: 'Secret-2026' });
    expect(res.data!.signIn.user).toMatchObject({ id: String(pupil.id), username: 'killian.latour2005', email: null });
  });

  it('answers an unknown login and a wrong password with the same code and message', async () => {
    const unknown = await server.execute(SIGN_IN, { login: 'personne@exemple.test', password: 'Secret-2026' });
    const wrong = await server.execute(SIGN_IN, { login: 'lea.martin@exemple.test', password: 'Mauvais-2026' });
    expect(unknown.data).toBeNull();
    expect(unknown.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });
});

describe('signUp', () => {
  it('creates an account with a hashed password and signs it in', async () => {
    const res = await server.execute(SIGN_UP, { input: { firstName: ' Inès ', lastName: 'Durand', email: 'Ines.Durand@Exemple.test', password: 'Bonjour-2026', birthdate: '2009-04-02' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signUp.user).toMatchObject({ firstName: 'Inès', lastName: 'Durand', email: 'ines.durand@exemple.test' });
    const stored = await server.em().findOneOrFail(User, { email: 'ines.durand@exemple.test' }, { populate: ['passwordHash'] });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.birthdate).toBe('2009-04-02');
    const again = await server.execute(SIGN_IN, { login: 'ines.durand@exemple.test', password: 'Bonjour-2026' });
    expect(again.errors).toBeUndefined();
  });

  it('refuses an e-mail already used, with a stable code', async () => {
    const res = await server.execute(SIGN_UP, { input: { firstName: 'Autre', lastName: 'Léa', email: 'LEA.MARTIN@exemple.test', password: 'Bonjour-2026' } });
    expect(res.errors![0].extensions!.code).toBe('EMAIL_ALREADY_USED');
  });

  it('lists every invalid field and writes nothing', async () => {
    const before = await server.em().count(User);
    const res = await server.execute(SIGN_UP, { input: { firstName: ' ', lastName: 'X', email: 'pas-une-adresse', password: 'court', birthdate: '2999-01-01' } });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['birthdate', 'email', 'firstName', 'password']);
    expect(await server.em().count(User)).toBe(before);
  });

  it('refuses an impossible calendar date before it reaches the use case', async () => {
    const res = await server.execute(SIGN_UP, { input: { firstName: 'A', lastName: 'B', email: 'ab@exemple.test', password: 'Bonjour-2026', birthdate: '2010-02-30' } });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('tokens', () => {
  it('gives null for me without a token', async () => {
    expect((await server.execute(ME)).data!.me).toBeNull();
  });

  it('refuses a forged token and an expired one with distinct codes', async () => {
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(`user:${learner.id}`).setIssuer('opencrcn').setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    expect((await server.execute(ME, {}, { token: forged })).errors![0].extensions!.code).toBe('TOKEN_INVALID');
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(`user:${learner.id}`).setIssuer('opencrcn').setIssuedAt(1).setExpirationTime(2).sign(loadConfig().authSecret);
    expect((await server.execute(ME, {}, { token: expired })).errors![0].extensions!.code).toBe('TOKEN_EXPIRED');
  });
});

describe('guessing passwords', () => {
  it('locks a login for 2 minutes after 10 failures, then twice as long after 10 more; the right password waits too', async () => {
    const em = server.em();
    const victim = buildUser(em, { email: 'cible@exemple.test', passwordHash: await hashPassword('Secret-2026') });
    await em.flush();
    const t0 = Date.now();
    server.setNow(new Date(t0));
    const attempt = (password: string, clientIp?: string) => server.execute(SIGN_IN, { login: 'cible@exemple.test', password }, { clientIp: clientIp ?? '10.0.0.9' });
    for (let i = 0; i < 10; i++) expect((await attempt('Mauvais-2026')).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    const locked = await attempt('Secret-2026');
    expect(locked.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 120 });
    server.setNow(new Date(t0 + 121_000));
    for (let i = 0; i < 10; i++) await attempt('Mauvais-2026');
    expect((await attempt('Secret-2026')).errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 240 });
    server.setNow(new Date(t0 + 121_000 + 241_000));
    expect((await attempt('Secret-2026')).data!.signIn.user.id).toBe(String(victim.id));
    server.setNow(new Date());
  });
});
