// The gar plugin through HTTP and GraphQL: a test GAR identity provider signing SAML Responses, a test OpenID
// provider, and the platform without the plugin.
import { createServer as createNetServer } from 'node:net';
import { decodeJwt } from 'jose';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, testReferential, type TestServer } from '../../server/testing/test-server.js';
import { buildOrganization, buildProfileElements, buildStudent, buildUser } from '../../server/testing/factories.js';
import { installedPlugins } from '../../server/src/installed-plugins.js';
import { User } from '../../server/src/modules/identity/user.entity.js';
import { Student } from '../../server/src/modules/organization/student.entity.js';
import { Campaign, CampaignParticipation, CampaignType } from '../../server/src/modules/campaign/campaign.entity.js';
import { Certificate } from '../../server/src/modules/certification/certificate.entity.js';
import { ExternalIdentity } from './external-identity.entity.js';
import { samlResponseXml, signAssertion, toPostBody, type IdpKeys } from './testing/saml-idp.js';
import { startOidcProvider, type TestOidcProvider } from './testing/oidc-idp.js';

const WEB = 'http://web.test';
const SETTINGS = ['PUBLIC_API_URL', 'PUBLIC_WEB_URL', 'GAR_IDP_SSO_URL', 'GAR_IDP_CERT', 'GAR_SP_ENTITY_ID', 'GAR_SP_PRIVATE_KEY', 'GAR_SP_CERT', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'];
const saved = Object.fromEntries(SETTINGS.map((k) => [k, process.env[k]]));
function restoreEnv() {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

const keys = async (cn: string): Promise<IdpKeys> => {
  const pems = await generate([{ name: 'commonName', value: cn }], { keySize: 2048, algorithm: 'sha256' });
  return { privateKey: pems.private, cert: pems.cert };
};

const fragment = (location: string) => new URLSearchParams(new URL(location).hash.slice(1));

const COMPLETE = `mutation($p: String!, $c: String!, $b: Date!) { completeExternalSignIn(pending: $p, campaignCode: $c, birthdate: $b) { token user { id } } }`;

describe('gar plugin', () => {
  let server: TestServer;
  let api: string;
  let idp: IdpKeys;
  let oidc: TestOidcProvider;
  const ids = { knownUser: 0, lea: 0, organization: 0 };
  const CODE = 'GARABC234';

  const assertion = (attributes: Record<string, string | string[]>, o: { notOnOrAfter?: Date; audience?: string } = {}) =>
    samlResponseXml({ attributes, audience: o.audience ?? `${api}/gar/metadata`, recipient: `${api}/gar/acs`, notOnOrAfter: o.notOnOrAfter });
  const postAcs = (xml: string, extra: Record<string, string> = {}, headers: Record<string, string> = {}) =>
    fetch(`${api}/gar/acs`, { method: 'POST', body: new URLSearchParams({ SAMLResponse: toPostBody(xml), ...extra }), redirect: 'manual', headers });
  const count = (entity: typeof User | typeof ExternalIdentity, where: Record<string, unknown> = {}) => server.em().count(entity as typeof User, where);

  /** Follows the redirects of an OpenID sign-in like a browser (one cookie jar per origin) until the web app. */
  async function oidcSignIn(account: string): Promise<{ location?: string; status: number; body?: string }> {
    oidc.signInAs(account);
    const jars = new Map<string, Map<string, string>>();
    let url = `${api}/oidc/login`;
    for (let hop = 0; hop < 15; hop++) {
      const origin = new URL(url).origin;
      if (origin === WEB) return { location: url, status: 303 };
      const jar = jars.get(origin) ?? new Map<string, string>();
      jars.set(origin, jar);
      const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const set of res.headers.getSetCookie()) {
        const [pair] = set.split(';');
        const name = pair.slice(0, pair.indexOf('='));
        const value = pair.slice(pair.indexOf('=') + 1);
        if (!value || /expires=Thu, 01 Jan 1970/i.test(set)) jar.delete(name); else jar.set(name, value);
      }
      const location = res.headers.get('location');
      if (!location) return { status: res.status, body: await res.text() };
      url = new URL(location, url).href;
    }
    throw new Error('trop de redirections');
  }

  beforeAll(async () => {
    const port = await freePort();
    api = `http://127.0.0.1:${port}`;
    idp = await keys('IdP GAR de test');
    const sp = await keys('SP de test');
    oidc = await startOidcProvider(`${api}/oidc/callback`, {
      'ent-nouveau': { given_name: 'Noé', family_name: 'Bernard' },
      'ent-connu': { given_name: 'Inès', family_name: 'Petit' },
    });
    Object.assign(process.env, {
      PUBLIC_API_URL: api,
      PUBLIC_WEB_URL: WEB,
      GAR_IDP_SSO_URL: 'https://idp-test.gar.example/sso',
      GAR_IDP_CERT: idp.cert,
      GAR_SP_PRIVATE_KEY: sp.privateKey,
      GAR_SP_CERT: sp.cert,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: oidc.clientId,
      OIDC_CLIENT_SECRET: oidc.clientSecret,
    });
    delete process.env.GAR_SP_ENTITY_ID;
    server = await createTestServer({ plugins: [...installedPlugins] });
    await server.app.listen(port, '127.0.0.1');

    const em = server.em();
    const school = buildOrganization(em, { uai: '0750001A' });
    buildStudent(em, school, { firstName: 'Léa', lastName: 'Martin', birthdate: '2011-03-04', division: '3e2' });
    buildStudent(em, school, { firstName: 'Hugo', lastName: 'Durand', birthdate: '2011-05-06', division: '3e2' });
    em.create(Campaign, { organization: school, code: CODE, name: 'Collecte de profils 3e', type: CampaignType.PROFILES_COLLECTION, multipleSendings: false, isSos: false, autoShare: false, createdAt: new Date() });
    const known = buildUser(em, { passwordHash: 'x', firstName: 'Sam', lastName: 'Leroy' });
    const knownOidc = buildUser(em, { passwordHash: 'x', firstName: 'Inès', lastName: 'Petit' });
    await em.flush();
    em.create(ExternalIdentity, { user: known, provider: 'GAR', subject: 'IDO-CONNU', attributes: { IDO: 'IDO-CONNU', DIV: '4e1' }, createdAt: new Date() });
    em.create(ExternalIdentity, { user: knownOidc, provider: `OIDC:${oidc.issuer}`, subject: 'ent-connu', attributes: {}, createdAt: new Date() });
    await em.flush();
    ids.knownUser = known.id;
    ids.organization = school.id;
  });

  afterAll(async () => {
    await server?.close();
    await oidc?.close();
    restoreEnv();
  });

  describe('SAML (GAR)', () => {
    it('publishes the SP metadata: entity id, assertion consumer and the SP certificate', async () => {
      const res = await fetch(`${api}/gar/metadata`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/samlmetadata\+xml/);
      const xml = await res.text();
      expect(xml).toContain(`entityID="${api}/gar/metadata"`);
      expect(xml).toContain(`Location="${api}/gar/acs"`);
      expect(xml).toContain('WantAssertionsSigned="true"');
      expect(xml).toMatch(/<ds:X509Certificate>/);
    });

    it('sends the browser to the GAR with a signed AuthnRequest, keeping only a local return path', async () => {
      const res = await fetch(`${api}/gar/login?retour=/mes-campagnes`, { redirect: 'manual' });
      expect(res.status).toBe(303);
      const location = new URL(res.headers.get('location')!);
      expect(location.origin + location.pathname).toBe('https://idp-test.gar.example/sso');
      expect(location.searchParams.get('SAMLRequest')).toBeTruthy();
      expect(location.searchParams.get('Signature')).toBeTruthy();
      expect(location.searchParams.get('RelayState')).toBe('/mes-campagnes');
      const open = await fetch(`${api}/gar/login?retour=${encodeURIComponent('https://ailleurs.example/')}`, { redirect: 'manual' });
      expect(new URL(open.headers.get('location')!).searchParams.get('RelayState')).toBeNull();
    });

    it('signs a known IDO in: the handoff carries a session token that works, and the attributes are refreshed', async () => {
      const res = await postAcs(signAssertion(assertion({ IDO: 'IDO-CONNU', PRE: 'Sam', NOM: 'Leroy', UAI: '0750001A', PRO: 'National_elv', DIV: '3e2' }), idp), { RelayState: '/mes-campagnes' });
      expect(res.status).toBe(303);
      const location = res.headers.get('location')!;
      expect(location.startsWith(`${WEB}/gar/connexion#`)).toBe(true);
      expect(fragment(location).get('retour')).toBe('/mes-campagnes');
      const me = await server.execute(`{ me { id } }`, {}, { token: fragment(location).get('token')! });
      expect(me.errors).toBeUndefined();
      expect(me.data!.me.id).toBe(String(ids.knownUser));
      const identity = await server.em().findOneOrFail(ExternalIdentity, { provider: 'GAR', subject: 'IDO-CONNU' });
      expect(identity.attributes).toMatchObject({ DIV: '3e2', UAI: '0750001A', PRO: 'National_elv' });
      expect(identity.lastSignInAt).toBeInstanceOf(Date);
    });

    it('refuses a response altered after signing (attribute changed), as a French page or JSON', async () => {
      const signed = signAssertion(assertion({ IDO: 'IDO-INTRUS', PRE: 'Sam', NOM: 'Leroy' }), idp);
      const tampered = signed.replace('IDO-INTRUS', 'IDO-CONNU');
      const page = await postAcs(tampered);
      expect(page.status).toBe(401);
      const html = await page.text();
      expect(html).toContain('GAR_ASSERTION_INVALID');
      expect(html).toContain('Connexion impossible');
      const json = await postAcs(tampered, {}, { accept: 'application/json' });
      expect(json.status).toBe(401);
      expect(await json.json()).toMatchObject({ code: 'GAR_ASSERTION_INVALID' });
    });

    it('refuses an expired assertion, one for another audience, one signed by another key, and an empty post', async () => {
      const attributes = { IDO: 'IDO-CONNU', PRE: 'Sam', NOM: 'Leroy' };
      const expired = await postAcs(signAssertion(assertion(attributes, { notOnOrAfter: new Date(Date.now() - 3600_000) }), idp));
      expect(expired.status).toBe(401);
      expect(await expired.text()).toContain('GAR_ASSERTION_INVALID');
      expect((await postAcs(signAssertion(assertion(attributes, { audience: 'https://autre-service.example' }), idp))).status).toBe(401);
      expect((await postAcs(signAssertion(assertion(attributes), await keys('Faux IdP')))).status).toBe(401);
      expect((await postAcs(assertion(attributes))).status).toBe(401);
      expect((await fetch(`${api}/gar/acs`, { method: 'POST', redirect: 'manual' })).status).toBe(401);
    });

    it('sends an unknown IDO to the linking page; the pupil joins with the school’s campaign code and birthdate, then signs straight in', async () => {
      const gar = { IDO: 'IDO-LEA', PRE: 'Léa', NOM: 'MARTIN', UAI: '0750001A', PRO: 'National_elv', DIV: '3e2' };
      const first = await postAcs(signAssertion(assertion(gar), idp));
      expect(first.status).toBe(303);
      const location = first.headers.get('location')!;
      expect(location.startsWith(`${WEB}/gar/rattachement#`)).toBe(true);
      const pending = fragment(location).get('pending')!;
      expect(decodeJwt(pending)).toMatchObject({ aud: 'gar-pending', sub: 'IDO-LEA', provider: 'GAR', attributes: gar });
      expect(await count(ExternalIdentity, { subject: 'IDO-LEA' })).toBe(0);
      // A pending token is not a session token.
      expect((await server.execute(`{ me { id } }`, {}, { token: pending })).errors![0].extensions!.code).toBe('TOKEN_INVALID');

      const done = await server.execute(COMPLETE, { p: pending, c: 'garabc 234', b: '2011-03-04' });
      expect(done.errors).toBeUndefined();
      const userId = Number(done.data!.completeExternalSignIn.user.id);
      const me = await server.execute(`{ me { id firstName lastName email } myExternalIdentities { provider createdAt } }`, {}, { token: done.data!.completeExternalSignIn.token });
      expect(me.data!.me).toEqual({ id: String(userId), firstName: 'Léa', lastName: 'MARTIN', email: null });
      expect(me.data!.myExternalIdentities).toEqual([{ provider: 'GAR', createdAt: expect.anything() }]);
      const em = server.em();
      const student = await em.findOneOrFail(Student, { firstName: 'Léa', organization: ids.organization });
      expect(student.user?.id).toBe(userId);
      expect(await em.count(CampaignParticipation, { user: userId, student })).toBe(1);
      const user = await em.findOneOrFail(User, { id: userId }, { populate: ['passwordHash'] });
      expect(user.passwordHash).toMatch(/^\$argon2/);
      // The same pending token cannot make a second account.
      expect((await server.execute(COMPLETE, { p: pending, c: CODE, b: '2011-03-04' })).errors![0].extensions!.code).toBe('EXTERNAL_IDENTITY_ALREADY_LINKED');

      const again = await postAcs(signAssertion(assertion(gar), idp));
      const token = fragment(again.headers.get('location')!).get('token')!;
      expect(again.headers.get('location')!.startsWith(`${WEB}/gar/connexion#`)).toBe(true);
      expect((await server.execute(`{ me { id } }`, {}, { token })).data!.me.id).toBe(String(userId));
    });

    it('writes nothing when the reconciliation fails, and keeps the core’s error codes', async () => {
      const pendingFor = async (attributes: Record<string, string>) => {
        const res = await postAcs(signAssertion(assertion(attributes), idp));
        return fragment(res.headers.get('location')!).get('pending')!;
      };
      const users = await count(User);
      const identities = await count(ExternalIdentity);
      const stranger = await pendingFor({ IDO: 'IDO-INCONNU', PRE: 'Zoé', NOM: 'Absente', UAI: '0750001A', PRO: 'National_elv' });
      expect((await server.execute(COMPLETE, { p: stranger, c: CODE, b: '2011-03-04' })).errors![0].extensions!.code).toBe('STUDENT_NOT_FOUND');
      // Léa's student is already linked to the account made above.
      const twin = await pendingFor({ IDO: 'IDO-AUTRE-LEA', PRE: 'Léa', NOM: 'Martin', UAI: '0750001A', PRO: 'National_elv' });
      expect((await server.execute(COMPLETE, { p: twin, c: CODE, b: '2011-03-04' })).errors![0].extensions!.code).toBe('STUDENT_ALREADY_LINKED');
      expect((await server.execute(COMPLETE, { p: stranger, c: 'ZZZZZZ999', b: '2011-03-04' })).errors![0].extensions!.code).toBe('CAMPAIGN_NOT_FOUND');
      expect((await server.execute(COMPLETE, { p: stranger, c: CODE, b: '2999-01-01' })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect((await server.execute(COMPLETE, { p: `${stranger}x`, c: CODE, b: '2011-03-04' })).errors![0].extensions!.code).toBe('EXTERNAL_SIGN_IN_INVALID');
      expect(await count(User)).toBe(users);
      expect(await count(ExternalIdentity)).toBe(identities);
      expect(await count(ExternalIdentity, { subject: { $in: ['IDO-INCONNU', 'IDO-AUTRE-LEA'] } })).toBe(0);
    });
  });

  describe('OpenID Connect', () => {
    it('gives a new subject a pending token with its names and the provider', async () => {
      const result = await oidcSignIn('ent-nouveau');
      expect(result.location, result.body).toBeDefined();
      expect(result.location!.startsWith(`${WEB}/gar/rattachement#`)).toBe(true);
      const claims = decodeJwt(fragment(result.location!).get('pending')!);
      expect(claims).toMatchObject({ sub: 'ent-nouveau', provider: `OIDC:${oidc.issuer}`, firstName: 'Noé', lastName: 'Bernard', attributes: { given_name: 'Noé', family_name: 'Bernard' } });
    });

    it('signs a known subject in with a session token', async () => {
      const result = await oidcSignIn('ent-connu');
      expect(result.location, result.body).toBeDefined();
      expect(result.location!.startsWith(`${WEB}/gar/connexion#`)).toBe(true);
      const known = await server.em().findOneOrFail(ExternalIdentity, { subject: 'ent-connu' });
      const me = await server.execute(`{ me { id } }`, {}, { token: fragment(result.location!).get('token')! });
      expect(me.data!.me.id).toBe(String(known.user.id));
    });

    it('refuses a callback without the flow cookie, or with a forged one', async () => {
      const bare = await fetch(`${api}/oidc/callback?code=abc&state=xyz`, { redirect: 'manual' });
      expect(bare.status).toBe(401);
      expect(await bare.text()).toContain('OIDC_SIGN_IN_EXPIRED');
      const forged = await fetch(`${api}/oidc/callback?code=abc&state=xyz`, { redirect: 'manual', headers: { cookie: 'opencrcn_oidc=eyJhbGciOiJub25lIn0.e30.' } });
      expect(forged.status).toBe(401);
    });
  });

  describe('portal summary', () => {
    it('gives the signed-in learner their pix, certifiability and last published certificate', async () => {
      const em = server.em();
      const pupil = buildUser(em, { passwordHash: 'x' });
      buildProfileElements(em, testReferential(), pupil, { '1.1': 2, '1.2': 1, '2.1': 1, '3.1': 1, '4.1': 1 });
      await em.flush();
      const query = `{ portalLearnerSummary { totalPix isCertifiable certifiableCompetencesCount certificateStatus lastCertificateScore } }`;
      const before = await server.execute(query, {}, { userId: pupil.id });
      expect(before.errors).toBeUndefined();
      const summary = before.data!.portalLearnerSummary;
      expect(summary).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 5, certificateStatus: 'NONE', lastCertificateScore: null });
      const profile = await server.execute(`{ me { profile { totalPix } } }`, {}, { userId: pupil.id });
      expect(summary.totalPix).toBe(profile.data!.me.profile.totalPix);

      const certificate = (score: number, deliveredAt: string, isPublished = true) => em.create(Certificate, { user: pupil, verificationCode: `P-${Math.random().toString(36).slice(2, 10).toUpperCase()}`, pixScore: score, competences: [], certificationCenterName: 'Collège', deliveredAt: new Date(deliveredAt), isPublished });
      certificate(120, '2025-05-10T10:00:00Z');
      certificate(210, '2026-05-10T10:00:00Z');
      certificate(300, '2026-06-10T10:00:00Z', false);
      await em.flush();
      const after = await server.execute(query, {}, { userId: pupil.id });
      expect(after.data!.portalLearnerSummary).toMatchObject({ certificateStatus: 'CERTIFIED', lastCertificateScore: 210 });
      expect((await server.execute(query)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });

    it('lists only the caller’s own portal accounts', async () => {
      expect((await server.execute(`{ myExternalIdentities { provider } }`, {}, { userId: ids.knownUser })).data!.myExternalIdentities).toEqual([{ provider: 'GAR' }]);
      const em = server.em();
      const other = buildUser(em, { passwordHash: 'x' });
      await em.flush();
      expect((await server.execute(`{ myExternalIdentities { provider } }`, {}, { userId: other.id })).data!.myExternalIdentities).toEqual([]);
      expect((await server.execute(`{ myExternalIdentities { provider } }`)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });
});

describe('without the gar plugin, or unconfigured', () => {
  let bare: TestServer;
  let unconfigured: TestServer;
  let bareUrl: string;
  let unconfiguredUrl: string;

  beforeAll(async () => {
    for (const k of SETTINGS.filter((k) => k.startsWith('GAR_') || k.startsWith('OIDC_'))) delete process.env[k];
    bare = await createTestServer({ plugins: [] });
    unconfigured = await createTestServer({ plugins: [...installedPlugins] });
    bareUrl = `http://127.0.0.1:${await bare.app.listen(0, '127.0.0.1')}`;
    unconfiguredUrl = `http://127.0.0.1:${await unconfigured.app.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await bare?.close();
    await unconfigured?.close();
    restoreEnv();
  });

  it('keeps the core working: no GAR routes (404), no plugin fields in the schema', async () => {
    for (const path of ['/gar/metadata', '/gar/login', '/oidc/login', '/oidc/callback']) expect((await fetch(`${bareUrl}${path}`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${bareUrl}/gar/acs`, { method: 'POST', redirect: 'manual' })).status).toBe(404);
    const em = bare.em();
    const user = buildUser(em, { passwordHash: 'x' });
    await em.flush();
    const me = await bare.execute(`{ me { id } }`, {}, { userId: user.id });
    expect(me.data!.me.id).toBe(String(user.id));
    const missing = await bare.execute(`{ portalLearnerSummary { totalPix } }`, {}, { userId: user.id });
    expect(missing.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers 503 on the sign-in routes while the GAR and OpenID Connect are not configured', async () => {
    for (const path of ['/gar/metadata', '/gar/login', '/oidc/login', '/oidc/callback']) {
      const res = await fetch(`${unconfiguredUrl}${path}`, { redirect: 'manual', headers: { accept: 'application/json' } });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: 'SIGN_IN_NOT_CONFIGURED' });
    }
  });
});
