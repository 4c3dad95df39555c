// A learner signs in, reads their profile and signs out, in a real browser against the built app and the API.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, startE2EPlatform } from '../../../server/testing/e2e.js';

describe.skipIf(!chromiumPath())('profil de l’élève dans le navigateur', () => {
  let platform: Awaited<ReturnType<typeof startE2EPlatform>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    platform = await startE2EPlatform();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  }, 30_000);

  /** Each test gets its own browser context, so cookies never leak from one test to the next. */
  async function withPage(run: (page: Page, webUrl: string) => Promise<void>): Promise<void> {
    const context = await browser!.newContext();
    try {
      await run(await context.newPage(), platform!.webUrl);
    } finally {
      await context.close();
    }
  }

  async function signIn(page: Page, webUrl: string, password: string): Promise<void> {
    await page.goto(webUrl);
    await page.waitForURL((url) => url.pathname === '/connexion');
    await page.getByLabel('Identifiant ou adresse e-mail').fill('killian.latour2005');
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }

  it('connecte l’élève et affiche son profil certifiable', async () => {
    await withPage(async (page, webUrl) => {
      await signIn(page, webUrl, 'Demo-2026!');
      await page.waitForURL((url) => url.pathname === '/profil');
      // The URL can change a moment before the new page has rendered: wait for the profile itself.
      await page.getByTestId('certifiable-banner').waitFor();

      expect(await page.locator('header').textContent()).toContain('Killian Latour');
      expect(await page.getByTestId('competence-card').count()).toBe(16);
      expect(await page.getByTestId('area-row').count()).toBe(5);
      expect(await page.getByTestId('certifiable-banner').textContent()).toContain('Votre profil est certifiable');
    });
  }, 30_000);

  it('affiche le message d’erreur en français pour un mauvais mot de passe', async () => {
    await withPage(async (page, webUrl) => {
      await signIn(page, webUrl, 'pas-le-bon');
      const alert = page.getByRole('alert');
      await alert.waitFor();

      expect(await alert.textContent()).toContain('mot de passe, est incorrect');
      expect(new URL(page.url()).pathname).toBe('/connexion');
    });
  }, 30_000);

  it('après « Se déconnecter », le profil renvoie vers la connexion', async () => {
    await withPage(async (page, webUrl) => {
      await signIn(page, webUrl, 'Demo-2026!');
      await page.waitForURL((url) => url.pathname === '/profil');
      await page.getByTestId('certifiable-banner').waitFor();
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL((url) => url.pathname === '/connexion');

      await page.goto(new URL('/profil', webUrl).href);
      expect(new URL(page.url()).pathname).toBe('/connexion');
    });
  }, 30_000);
});
