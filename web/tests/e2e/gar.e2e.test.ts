// Signing in from a school portal in the browser: a test GAR identity provider answers the platform's AuthnRequest
// with a signed SAML Response in an auto-posted form, as the real GAR does. A pupil the school imported but who never
// signed in links their ENT account with a campaign code and their birthdate; the next time, the ENT signs them in.
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, startE2EPlatform } from '../../../server/testing/e2e.js';
import { buildStudent } from '../../../server/testing/factories.js';
import { loadConfig } from '../../../server/src/config.js';
import { Organization } from '../../../server/src/modules/organization/organization.entity.js';
import { Student } from '../../../server/src/modules/organization/student.entity.js';
import { ExternalIdentity } from '../../../plugins/gar/external-identity.entity.js';
import { signPending } from '../../../plugins/gar/external-sign-in.js';
import { samlResponseXml, signAssertion, toPostBody, type IdpKeys } from '../../../plugins/gar/testing/saml-idp.js';

// Imported by Collège Jean Ferrat (seeds/demo.ts, UAI 0381234A) after the start of the year: no account yet.
const PUPIL = { firstName: 'Nour', lastName: 'Benali', birthdate: '2011-10-07', division: '3e1' };
const GAR_ATTRIBUTES = { IDO: 'ido-e2e-nour-benali', PRE: 'Nour', NOM: 'BENALI', UAI: '0381234A', PRO: 'National_elv', DIV: '3E1' };
const CAMPAIGN = { code: 'FERRAT234', name: 'Collecte de profils – 3e' };

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The GAR's SSO address: takes the AuthnRequest (HTTP-Redirect) and answers with the page that posts a signed
 * assertion for the signed-in pupil to the platform's /gar/acs, with the RelayState it was given.
 */
async function startTestGar(keys: IdpKeys, sp: { entityId: string; acsUrl: string }, attributes: Record<string, string>) {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://idp.test');
    const request = url.searchParams.get('SAMLRequest');
    if (url.pathname !== '/sso' || !request) {
      res.writeHead(400).end();
      return;
    }
    requests.push(request);
    const response = toPostBody(signAssertion(samlResponseXml({ attributes, audience: sp.entityId, recipient: sp.acsUrl }), keys));
    const relayState = url.searchParams.get('RelayState');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>GAR de test</title></head>
<body onload="document.forms[0].submit()"><form method="post" action="${escapeHtml(sp.acsUrl)}">
<input type="hidden" name="SAMLResponse" value="${escapeHtml(response)}">
${relayState ? `<input type="hidden" name="RelayState" value="${escapeHtml(relayState)}">` : ''}
<button type="submit">Continuer</button></form></body></html>`);
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    ssoUrl: `http://127.0.0.1:${port}/sso`,
    requests,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

describe.skipIf(!chromiumPath())('connexion depuis l’ENT (GAR) dans le navigateur', () => {
  let platform: Awaited<ReturnType<typeof startE2EPlatform>> | undefined;
  let gar: Awaited<ReturnType<typeof startTestGar>> | undefined;
  let browser: Browser | undefined;
  let api = '';
  let web = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    api = `http://127.0.0.1:${apiPort}`;
    web = `http://127.0.0.1:${webPort}`;
    const pems = await generate([{ name: 'commonName', value: 'GAR de test' }], { keySize: 2048, algorithm: 'sha256' });
    gar = await startTestGar({ privateKey: pems.private, cert: pems.cert }, { entityId: `${api}/gar/metadata`, acsUrl: `${api}/gar/acs` }, GAR_ATTRIBUTES);
    platform = await startE2EPlatform({
      config: { port: apiPort, webPort, publicApiUrl: api, publicWebUrl: web },
      env: { PUBLIC_API_URL: api, GAR_IDP_SSO_URL: gar.ssoUrl, GAR_IDP_CERT: pems.cert },
    });
    const em = platform.orm.em.fork();
    buildStudent(em, await em.findOneOrFail(Organization, { uai: '0381234A' }), PUPIL);
    await em.flush();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await platform?.stop();
    await gar?.close();
  }, 30_000);

  async function newPage(): Promise<Page> {
    const context = await browser!.newContext();
    contexts.push(context);
    return context.newPage();
  }

  /** The campaign code and birthdate form; the answer is awaited by the caller. */
  async function send(page: Page, code: string, birthdate: string): Promise<void> {
    await page.getByLabel('Code de campagne').fill(code);
    await page.getByLabel('Date de naissance').fill(birthdate);
    await page.getByRole('button', { name: 'Continuer' }).click();
  }

  it('rattache le compte ENT d’une élève inconnue avec le code de campagne et sa date de naissance', async () => {
    const page = await newPage();
    await page.goto(`${api}/gar/login`);
    await page.waitForURL((url) => url.origin === web && url.pathname === '/gar/rattachement');
    expect(gar!.requests).toHaveLength(1);
    // The names come from the ENT; the pending token has left the address bar.
    await expect.poll(() => page.getByTestId('ent-identity').textContent()).toContain('Bonjour Nour BENALI');
    expect(page.url()).toBe(`${web}/gar/rattachement`);

    await send(page, 'zzzzzz999', PUPIL.birthdate);
    await page.locator('#code-error').waitFor();
    expect(await page.locator('#code-error').textContent()).toContain('Aucune campagne ne correspond à ce code');
    expect(await page.getByLabel('Code de campagne').getAttribute('aria-invalid')).toBe('true');

    await send(page, CAMPAIGN.code.toLowerCase(), '2011-10-08');
    await page.locator('#birthdate-error').waitFor();
    expect(await page.locator('#birthdate-error').textContent()).toContain('Aucun élève de l’établissement ne correspond');
    expect(await page.locator('#code-error').count()).toBe(0);

    await send(page, CAMPAIGN.code.toLowerCase(), PUPIL.birthdate);
    await page.waitForURL((url) => url.pathname === `/campagnes/${CAMPAIGN.code}/envoi`);
    await page.locator('h1', { hasText: CAMPAIGN.name }).waitFor();
    expect(await page.locator('.user-name').textContent()).toBe('Nour BENALI');
    expect(await page.getByTestId('profile-summary').count()).toBe(1);

    const em = platform!.orm.em.fork();
    const identity = await em.findOneOrFail(ExternalIdentity, { provider: 'GAR', subject: GAR_ATTRIBUTES.IDO }, { populate: ['user'] });
    const student = await em.findOneOrFail(Student, { firstName: PUPIL.firstName, lastName: PUPIL.lastName });
    expect(student.user?.id).toBe(identity.user.id);
  }, 90_000);

  it('connecte directement le même compte ENT la fois suivante, sans laisser le jeton dans l’historique', async () => {
    const page = await newPage();
    await page.goto(`${api}/gar/login`);
    await page.waitForURL((url) => url.origin === web && url.pathname === '/profil');
    expect(await page.locator('.user-name').textContent()).toBe('Nour BENALI');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/gar/connexion');
    expect(page.url()).not.toContain('token');
  }, 60_000);

  it('explique en français une connexion absente, refusée ou expirée, avec un moyen de recommencer', async () => {
    const page = await newPage();
    // Each visit starts from a blank page: going to the same address with another fragment would not reload it.
    const visit = async (path: string) => {
      await page.goto('about:blank');
      await page.goto(`${web}${path}`);
    };
    await visit('/gar/connexion');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Aucune connexion n’a été reçue de votre ENT');
    expect(await page.getByRole('link', { name: 'Se connecter avec un identifiant' }).getAttribute('href')).toBe('/connexion');

    await visit('/gar/connexion#token=jeton-invalide');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Votre connexion depuis l’ENT n’est plus valable');
    expect(page.url()).toBe(`${web}/gar/connexion`);

    // A pending token signed three quarters of an hour ago (it lasts 15 minutes).
    const secret = loadConfig({ env: 'test' }).authSecret;
    const profile = { provider: 'GAR', subject: 'ido-e2e-autre', attributes: { IDO: 'ido-e2e-autre' }, firstName: 'Zoé', lastName: 'Absente' };
    const expired = await signPending(profile, secret, new Date(Date.now() - 45 * 60_000));
    await visit(`/gar/rattachement#pending=${expired}&retour=%2Fprofil`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Votre connexion depuis l’ENT a expiré');
    expect(await page.getByRole('link', { name: 'Se reconnecter depuis l’ENT' }).getAttribute('href')).toBe(`${api}/gar/login?retour=%2Fprofil`);

    // Altered after signing: the page cannot tell, the API refuses it when the form is sent.
    const altered = `${await signPending(profile, secret, new Date())}x`;
    await visit(`/gar/rattachement#pending=${altered}`);
    await send(page, CAMPAIGN.code, '2011-01-01');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Connexion depuis l’ENT invalide');
    expect(await page.getByRole('link', { name: 'Se reconnecter depuis l’ENT' }).getAttribute('href')).toBe(`${api}/gar/login`);
    expect(await page.getByLabel('Code de campagne').count()).toBe(0);
  }, 60_000);
});
