// A school and a pupil in two browsers: the head imports the pupils from SIECLE and creates a campaign, the pupil
// joins it with its code and sends his profile, the head sees it and downloads the results as CSV.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumPath } from '../../../server/testing/e2e.js';
import { generatedStudents, siecleXml } from '../../../server/testing/siecle-file.js';

// Killian as the demo data knows him (seeds/demo.ts: UAI's 7 digits + class 0 + rank 00 + letter A).
const KILLIAN = { nationalId: '0381234000A', firstName: 'Killian', lastName: 'LATOUR', birthdate: '2005-05-20', division: '3E1' };
const OTHERS = generatedStudents(4, 42).map((s) => ({ ...s, division: '3E2' }));

describe.skipIf(!chromiumPath())('espace établissement et « J’ai un code » dans le navigateur', () => {
  const suite = browserSuite();
  const signedIn = (login: string) => suite.signedIn(login, { acceptDownloads: true });

  /** Follows the import's progress bar until the result shows; returns the values it went through. */
  async function followImport(page: Page): Promise<number[]> {
    const seen: number[] = [];
    const result = page.getByText('élèves importés');
    for (let i = 0; i < 300 && !(await result.count()); i++) {
      const value = await page.getByRole('progressbar').getAttribute('aria-valuenow', { timeout: 100 }).catch(() => null);
      if (value !== null) seen.push(Number(value));
      await page.waitForTimeout(100);
    }
    await result.waitFor();
    return seen;
  }

  it('importe les élèves, crée une campagne, reçoit le profil de Killian et exporte le CSV', async () => {
    // The head of Collège Jean Ferrat imports a SIECLE file.
    const teacher = await signedIn('direction@ferrat.opencrcn.test');
    await teacher.getByRole('link', { name: 'Mon établissement' }).click();
    await teacher.waitForURL((url) => /^\/orga\/\d+$/.test(url.pathname));
    await teacher.getByRole('link', { name: 'Import', exact: true }).click();
    await teacher.getByLabel('Fichier des élèves').setInputFiles({
      name: 'ElevesSansAdresses.xml',
      mimeType: 'application/xml',
      buffer: siecleXml({ uai: '0381234A', students: [KILLIAN, ...OTHERS] }),
    });
    await teacher.getByRole('button', { name: 'Importer' }).click();
    await teacher.waitForURL((url) => /\/import\/\d+$/.test(url.pathname));
    const progress = await followImport(teacher);
    expect(progress.every((v, i) => v >= 0 && v <= 100 && (i === 0 || v >= progress[i - 1]))).toBe(true);
    expect(await teacher.getByRole('status').textContent()).toContain('5 élèves importés');

    // …then creates a profile collection and reads its code.
    await teacher.getByRole('link', { name: 'Campagnes', exact: true }).click();
    await teacher.getByRole('link', { name: 'Créer une campagne' }).click();
    await teacher.getByLabel('Nom de la campagne').fill('Collecte de fin d’année');
    await teacher.getByRole('button', { name: 'Créer la campagne' }).click();
    await teacher.waitForURL((url) => /\/campagnes\/\d+$/.test(url.pathname));
    const code = (await teacher.getByTestId('campaign-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z]{6}\d{3}$/);
    const campaignUrl = teacher.url();

    // Killian, in a browser of his own, joins with the code (typed in lower case) and sends his profile.
    const pupil = await signedIn('killian.latour2005');
    await pupil.getByRole('link', { name: 'J\'ai un code' }).click();
    await pupil.getByLabel('Code de la campagne').fill(code.toLowerCase());
    await pupil.getByRole('button', { name: 'Commencer' }).click();
    await pupil.waitForURL((url) => url.pathname === `/campagnes/${code}`);
    // The address changes a moment before the preview is drawn: wait for the preview itself.
    await pupil.locator('main', { hasText: 'Collège Jean Ferrat' }).waitFor();
    expect(await pupil.locator('main').textContent()).toContain('Collège Jean Ferrat');
    await pupil.getByRole('button', { name: 'Commencer' }).click();
    await pupil.waitForURL((url) => url.pathname === `/campagnes/${code}/envoi`);
    expect(await pupil.getByTestId('profile-summary').textContent()).toContain('Oui');
    await pupil.getByRole('button', { name: 'Envoyer mon profil à Collège Jean Ferrat' }).click();
    await pupil.getByTestId('shared-banner').waitFor();
    expect(await pupil.getByTestId('shared-banner').textContent()).toMatch(/^Profil envoyé le \d{1,2} \S+ \d{4}/);

    // The head sees Killian's profile as sent, certifiable.
    await teacher.goto(campaignUrl);
    const row = teacher.getByTestId('participant').filter({ hasText: 'LATOUR' });
    const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 4)).toEqual(['LATOUR', 'Killian', '3E1', 'Envoyée']);
    expect(cells).toContain('Oui');

    // The export runs in the background, then its file downloads.
    await teacher.getByRole('button', { name: 'Exporter les résultats (CSV)' }).click();
    const link = teacher.getByRole('link', { name: 'Télécharger le fichier CSV' });
    await link.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([teacher.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header).toContain('Certifiable (O/N)');
    expect(lines.some((line) => line.includes(`${code};Collecte de fin d’année;LATOUR;Killian;3E1;O;`))).toBe(true);
  }, 90_000);
});
