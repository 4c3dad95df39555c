// The platform administration in a browser: the demo administrator creates an academy, sets its schools (a
// malformed UAI is named and nothing is saved), makes the head of Collège Jean Ferrat its viewer and changes the
// collèges' certification window; the head of school gets the 403 page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumPath } from '../../../server/testing/e2e.js';

describe.skipIf(!chromiumPath())('administration de la plateforme dans le navigateur', () => {
  const suite = browserSuite();
  const { signedIn } = suite;

  /** The table's cells, row by row, once the table is drawn (the address changes a moment before). */
  async function cells(page: Page, testId: string): Promise<string[][]> {
    const table = page.getByTestId(testId);
    await table.locator('tbody tr').first().waitFor();
    return Promise.all((await table.locator('tbody tr').all()).map(async (row) => (await row.locator('td').allTextContents()).map((c) => c.trim())));
  }

  it('crée une académie, fixe ses établissements et son observateur, change une fenêtre de certification', async () => {
    const admin = await signedIn('admin@opencrcn.test');
    await admin.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Administration' }).click();
    await admin.waitForURL((url) => url.pathname === '/admin');
    await admin.getByRole('link', { name: 'Académies' }).first().click();
    await admin.waitForURL((url) => url.pathname === '/admin/academies');
    // The demo academy is listed with its two schools and its viewer.
    expect(await cells(admin, 'academies')).toContainEqual(['GRE', 'Grenoble', '2', '1']);

    // A new academy: the code is written in capitals whatever is typed.
    await admin.getByLabel('Code').fill('tst1');
    await admin.getByLabel('Nom').fill('Académie de test');
    await admin.getByRole('button', { name: "Créer l'académie" }).click();
    await admin.waitForURL((url) => url.pathname === '/admin/academies/TST1');
    await admin.getByRole('heading', { level: 1, name: /Académie de test/ }).waitFor();

    // One malformed UAI among valid ones: it is named, and the list stays empty.
    const uais = admin.getByLabel('Codes UAI des établissements');
    await uais.fill('0389991A\n0389992\n0389993C');
    await admin.getByRole('button', { name: 'Enregistrer la liste' }).click();
    const uaiErrors = admin.getByTestId('uai-errors');
    await uaiErrors.waitFor();
    expect((await uaiErrors.locator('li').allTextContents()).map((t) => t.trim())).toEqual(['« 0389992 » n’est pas un code UAI : 7 chiffres et une lettre.']);
    expect(await admin.getByRole('alert').textContent()).toContain("La liste n'a pas été enregistrée");
    expect(await uais.inputValue()).toBe('0389991A\n0389992\n0389993C');
    expect(await admin.getByText("Aucun établissement pour l'instant.").count()).toBe(1);

    // A school of Grenoble is refused, naming its academy; then the corrected list is saved.
    await uais.fill('0389991A\n0381234A');
    await admin.getByRole('button', { name: 'Enregistrer la liste' }).click();
    // The previous message is replaced by this one.
    await uaiErrors.getByText('0381234A appartient déjà à l’académie Grenoble (GRE).').waitFor();
    expect(await uaiErrors.locator('li').count()).toBe(1);

    await uais.fill('0389991a\n0389993C\n');
    await admin.getByRole('button', { name: 'Enregistrer la liste' }).click();
    await admin.getByText('Liste enregistrée : 2 établissements.').waitFor();
    expect(await cells(admin, 'academy-schools')).toEqual([
      ['0389991A', 'Espace Orga pas encore activé'],
      ['0389993C', 'Espace Orga pas encore activé'],
    ]);

    // An unknown address is refused; the head of Collège Jean Ferrat becomes a viewer, then loses the role.
    const email = admin.getByLabel('Adresse e-mail du compte');
    await email.fill('personne@exemple.test');
    await admin.getByRole('button', { name: 'Donner le rôle' }).click();
    await admin.getByText('Aucun compte n’a l’adresse e-mail personne@exemple.test.').waitFor();
    await email.fill('direction@ferrat.opencrcn.test');
    await admin.getByRole('button', { name: 'Donner le rôle' }).click();
    await admin.getByText("Rôle d'observateur donné à direction@ferrat.opencrcn.test.").waitFor();
    expect(await cells(admin, 'academy-viewers')).toEqual([['Vasseur', 'Claire', 'direction@ferrat.opencrcn.test', 'Retirer']]);

    // Renamed.
    await admin.getByLabel('Nom', { exact: true }).fill('Académie d’essai');
    await admin.getByRole('button', { name: 'Renommer' }).click();
    await admin.getByRole('heading', { level: 1, name: /Académie d’essai/ }).waitFor();

    // The collèges' window of 2025-2026: a start outside the school year is refused by the API, then new dates are saved.
    await admin.getByRole('link', { name: 'Fenêtres de certification' }).first().click();
    await admin.waitForURL((url) => url.pathname === '/admin/fenetres');
    await admin.getByLabel('Année scolaire').selectOption('2025');
    await admin.getByRole('button', { name: 'Afficher' }).click();
    await admin.waitForURL((url) => url.searchParams.get('annee') === '2025');
    const college = admin.getByTestId('window-college');
    await college.getByText('Du 16/03/2026 au 13/06/2026, rattrapage du 15/06/2026 au 19/06/2026.').waitFor();
    await college.getByLabel('Début', { exact: true }).fill('2026-09-14');
    await college.getByLabel('Fin', { exact: true }).fill('2026-10-16');
    await college.getByRole('button', { name: 'Enregistrer la fenêtre des collèges' }).click();
    await college.getByText('Le début doit tomber dans l’année scolaire 2025-2026.').waitFor();

    await college.getByLabel('Début', { exact: true }).fill('2026-03-09');
    await college.getByLabel('Fin', { exact: true }).fill('2026-06-05');
    await college.getByLabel('Début du rattrapage').fill('2026-06-08');
    await college.getByLabel('Fin du rattrapage').fill('2026-06-12');
    await college.getByRole('button', { name: 'Enregistrer la fenêtre des collèges' }).click();
    await college.getByText('Fenêtre enregistrée.').waitFor();
    await college.getByText('Du 09/03/2026 au 05/06/2026, rattrapage du 08/06/2026 au 12/06/2026.').waitFor();
    // The lycées' window is untouched.
    expect(await admin.getByTestId('window-lycee').textContent()).toContain('Du 03/11/2025 au 06/03/2026');

    // Back to the academy: the viewer's role is withdrawn.
    await admin.goto(`${suite.platform.webUrl}/admin/academies/TST1`);
    await admin.getByRole('button', { name: 'Retirer le rôle à Claire Vasseur' }).click();
    await admin.getByText("Rôle d'observateur retiré à Claire Vasseur.").waitFor();
    await admin.getByText("Aucun observateur pour l'instant.").waitFor({ timeout: 10_000 });
  }, 120_000);

  it('refuse l’administration à qui n’est pas administrateur de la plateforme', async () => {
    const head = await signedIn('direction@ferrat.opencrcn.test');
    expect(await head.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    for (const path of ['/admin', '/admin/academies/GRE', '/admin/fenetres']) {
      const response = await head.goto(`${suite.platform.webUrl}${path}`);
      expect(response?.status()).toBe(403);
      await head.getByRole('heading', { level: 1, name: 'Accès refusé' }).waitFor();
      expect(await head.locator('main').textContent()).toContain("L'administration est réservée aux administrateurs de la plateforme.");
    }
  }, 60_000);
});
