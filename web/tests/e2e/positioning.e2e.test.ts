// A learner takes a positioning test in a real browser: checkpoint, reload, and an answer given while offline.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, startE2EPlatform } from '../../../server/testing/e2e.js';

const CHALLENGE = '[data-testid="challenge"]';
const OFFLINE_MESSAGE = 'Vous êtes hors ligne : votre réponse est gardée et sera envoyée dès le retour de la connexion.';

describe.skipIf(!chromiumPath())('positionnement dans le navigateur', () => {
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

  async function currentChallengeId(page: Page): Promise<string> {
    return (await page.locator(CHALLENGE).getAttribute('data-challenge-id'))!;
  }

  async function questionNumber(page: Page): Promise<number> {
    const title = await page.locator(`${CHALLENGE} h1`).textContent();
    return Number(/Question (\d+)/.exec(title ?? '')?.[1]);
  }

  /** Any answer will do: the first choice, or "test" in every field. */
  async function answer(page: Page): Promise<void> {
    const choices = page.locator(`${CHALLENGE} input[type=radio], ${CHALLENGE} input[type=checkbox]`);
    if (await choices.count()) await choices.first().check();
    else for (const field of await page.locator(`${CHALLENGE} input[type=text]`).all()) await field.fill('test');
    await page.getByRole('button', { name: 'Je valide' }).click();
  }

  /** Waits until the given question has been replaced by the next screen. */
  async function leave(page: Page, challengeId: string): Promise<void> {
    await page.locator(`[data-challenge-id="${challengeId}"]`).waitFor({ state: 'detached' });
  }

  it('passe un test : réponse hors ligne, point d’étape, rechargement, résultat', async () => {
    const context = await browser!.newContext();
    try {
      const page = await context.newPage();
      await page.goto(platform!.webUrl);
      await page.waitForURL((url) => url.pathname === '/connexion');
      await page.getByLabel('Identifiant ou adresse e-mail').fill('mary.jackson@opencrcn.test');
      await page.getByLabel('Mot de passe').fill('Demo-2026!');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL((url) => url.pathname === '/profil');

      // Mary has never been evaluated on 5.2.
      const card = page.getByTestId('competence-card').filter({ hasText: '5.2' });
      expect(await card.textContent()).toContain('Non commencé');
      await card.getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/competences/5.2');
      await page.getByRole('button', { name: 'Commencer' }).click();
      await page.waitForURL((url) => /^\/tests\/\d+$/.test(url.pathname));

      for (let n = 1; n <= 5; n++) {
        await page.locator(CHALLENGE).waitFor();
        expect(await questionNumber(page)).toBe(n);
        const id = await currentChallengeId(page);
        if (n !== 3) {
          await answer(page);
          await leave(page, id);
          continue;
        }
        // Offline, the answer is kept in the browser; back online it is sent, once, with the same clientAnswerId.
        // (Done within the first 5 answers: answering anything, the test may well end right after the 6th.)
        await context.setOffline(true);
        await answer(page);
        await page.getByText(OFFLINE_MESSAGE).waitFor();
        expect(await currentChallengeId(page)).toBe(id);
        await context.setOffline(false);
        await leave(page, id);
        await page.locator(CHALLENGE).waitFor();
        expect(await questionNumber(page)).toBe(4);
        expect(await page.getByText(OFFLINE_MESSAGE).count()).toBe(0);
      }

      // 5 answers exactly, the offline one included: counted twice, the checkpoint would have come a question earlier.
      const checkpoint = page.getByTestId('checkpoint');
      await checkpoint.waitFor();
      expect(await checkpoint.getByTestId('checkpoint-answer').count()).toBe(5);
      await checkpoint.getByRole('link', { name: 'Continuer' }).click();
      await page.waitForURL((url) => url.searchParams.get('etape') === '5');
      await page.locator(CHALLENGE).waitFor();

      // The question is kept by the server: a reload shows the same one.
      const sixth = await currentChallengeId(page);
      await page.reload();
      await page.locator(CHALLENGE).waitFor();
      expect(await currentChallengeId(page)).toBe(sixth);
      expect(await questionNumber(page)).toBe(6);

      // To the end: the result comes from the profile.
      for (let n = 6; n <= 20 && (await page.locator(CHALLENGE).count()); n++) {
        const id = await currentChallengeId(page);
        await answer(page);
        await leave(page, id);
        await page.locator(`${CHALLENGE}, [data-testid="checkpoint"], [data-testid="test-end"]`).first().waitFor();
        const next = page.getByRole('link', { name: 'Continuer' });
        if (await next.count()) {
          await next.click();
          await page.locator(`${CHALLENGE}, [data-testid="test-end"]`).first().waitFor();
        }
      }
      const end = page.getByTestId('test-end');
      expect(await end.getByRole('heading', { name: 'Test terminé' }).count()).toBe(1);
      expect(await end.textContent()).toMatch(/Niveau \d+\s*\d+ pix/);
    } finally {
      await context.close();
    }
  }, 60_000);
});
