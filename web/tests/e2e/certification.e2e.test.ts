// A certification session in several browsers: the invigilator follows Killian live (pushed over WebSocket),
// confirms his presence, allows a resume after a reload and ends his test; the centre finalises, the jury
// publishes; a certificate's code is checked on the public verification page.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, chromiumPath } from '../../../server/testing/e2e.js';

const CHALLENGE = '[data-testid="challenge"]';
const SHOTS = '/tmp/certif-shots';

describe.skipIf(!chromiumPath())('certification dans le navigateur', () => {
  const suite = browserSuite();
  const { api, apiToken } = suite;
  const newPage = () => suite.newPage({ viewport: { width: 1280, height: 900 } });
  const signedIn = (login: string) => suite.signedIn(login, { viewport: { width: 1280, height: 900 } });
  beforeAll(() => { mkdirSync(SHOTS, { recursive: true }); });

  /** Any answer will do: the first choice, or "test" in every field. */
  async function answer(page: Page): Promise<void> {
    const id = await page.locator(CHALLENGE).getAttribute('data-challenge-id');
    const choices = page.locator(`${CHALLENGE} input[type=radio], ${CHALLENGE} input[type=checkbox]`);
    if (await choices.count()) await choices.first().check();
    else for (const field of await page.locator(`${CHALLENGE} input[type=text]`).all()) await field.fill('test');
    await page.getByRole('button', { name: 'Je valide' }).click();
    await page.locator(`[data-challenge-id="${id}"]`).waitFor({ state: 'detached' });
  }

  it('surveillance en direct, reprise autorisée, fin du test, finalisation, jury et vérification', async () => {
    const web = suite.platform.webUrl;

    // The demo session of the collège's 3e1, as its centre sees it.
    const centreToken = await apiToken('direction@ferrat.opencrcn.test');
    const { me } = await api<{ me: { certificationCenters: { id: string; sessions: { id: string; accessCode: string }[] }[] } }>(
      '{ me { certificationCenters { id sessions { id accessCode } } } }', {}, centreToken,
    );
    const centre = me.certificationCenters.find((c) => c.sessions.some((s) => s.accessCode === 'BCDF23'))!;
    const sessionId = centre.sessions.find((s) => s.accessCode === 'BCDF23')!.id;

    // The invigilator signs in with the session number and the invigilator password (typed in lower case).
    const invigilator = await newPage();
    await invigilator.goto(`${web}/surveillance`);
    await invigilator.getByLabel('Numéro de session').fill(sessionId);
    await invigilator.getByLabel('Mot de passe surveillant').fill('kmpqr');
    await invigilator.getByRole('button', { name: 'Accéder à la surveillance' }).click();
    await invigilator.waitForURL((url) => url.pathname === `/surveillance/${sessionId}`);
    await invigilator.getByTestId('connection-state').filter({ hasText: /^Connecté$/ }).waitFor();
    expect(await invigilator.getByTestId('access-code').textContent()).not.toContain('BCDF23');
    await invigilator.getByRole('button', { name: 'Afficher' }).click();
    expect(await invigilator.getByTestId('access-code').textContent()).toBe('BCDF23');
    // Marks this page: a reload would lose the mark, so the table below can only change by what is pushed.
    await invigilator.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });
    const killianRow = invigilator.getByTestId('candidate-row').filter({ hasText: 'Killian' });
    expect(await killianRow.getByTestId('live-status').textContent()).toBe('Non arrivé');

    // Killian joins the session and waits.
    const killian = await signedIn('killian.latour2005');
    await killian.goto(`${web}/certification`);
    expect(await killian.getByTestId('certifiable').textContent()).toContain('Votre profil est certifiable');
    await killian.getByLabel('Numéro de session').fill(sessionId);
    await killian.getByRole('button', { name: 'Rejoindre la session' }).click();
    await killian.waitForURL((url) => url.pathname === `/certification/${sessionId}/attente`);
    expect(await killian.getByTestId('waiting').textContent()).toContain('En attente de la confirmation du surveillant');

    // The invigilator sees him waiting and confirms his presence; Killian's page moves on to the access code.
    await killianRow.getByTestId('live-status').filter({ hasText: 'En attente' }).waitFor();
    await killianRow.getByRole('button', { name: 'Confirmer la présence de Killian Latour' }).click();
    await killian.waitForURL((url) => url.pathname === `/certification/${sessionId}/code`);
    await killian.getByLabel("Code d'accès").fill('BCDF23');
    await killian.getByRole('button', { name: 'Commencer le test' }).click();
    await killian.waitForURL((url) => url.pathname === `/certification/${sessionId}/test`);
    await killian.locator(CHALLENGE).waitFor();
    expect(await killian.locator(`${CHALLENGE} h1`).textContent()).toBe('Question 1');

    // Two answers; the invigilator's table shows them without reloading.
    await answer(killian);
    await answer(killian);
    const third = await killian.locator(CHALLENGE).getAttribute('data-challenge-id');
    expect(await killian.locator(`${CHALLENGE} h1`).textContent()).toBe('Question 3');
    await killianRow.getByTestId('answers').filter({ hasText: /^2 \/ \d+$/ }).waitFor();
    const total = Number((await killianRow.getByTestId('answers').textContent())!.split(' / ')[1]);
    expect(total).toBeGreaterThan(2);
    expect(await killianRow.getByTestId('live-status').textContent()).toBe('En cours');
    expect(await killianRow.getByTestId('time-left').textContent()).toMatch(/^1\d\d:\d\d$|^\d\d:\d\d$/);
    expect(await invigilator.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await invigilator.screenshot({ path: `${SHOTS}/surveillance.png`, fullPage: true });

    // A reload is a new entry into the test: paused until the invigilator allows the resume.
    await killian.reload();
    await killian.getByTestId('certification-paused').waitFor();
    expect(await killian.getByTestId('certification-paused').textContent()).toContain('demandez au surveillant d’autoriser la reprise');
    await killianRow.getByRole('button', { name: 'Autoriser la reprise de Killian Latour' }).click();
    const resumeDialog = invigilator.getByRole('dialog');
    expect(await resumeDialog.textContent()).toContain("seulement si le candidat n'a pas quitté la salle");
    await resumeDialog.getByRole('button', { name: 'Autoriser la reprise' }).click();
    await killianRow.getByText('Reprise autorisée').waitFor();
    await killian.getByRole('button', { name: 'Réessayer' }).click();
    await killian.locator(CHALLENGE).waitFor();
    expect(await killian.locator(CHALLENGE).getAttribute('data-challenge-id')).toBe(third);
    expect(await killian.locator(`${CHALLENGE} h1`).textContent()).toBe('Question 3');
    await killian.screenshot({ path: `${SHOTS}/test.png`, fullPage: true });

    // The invigilator ends the test: Killian's page says so on its own.
    await killianRow.getByRole('button', { name: 'Mettre fin au test de Killian Latour' }).click();
    await invigilator.getByRole('dialog').getByRole('button', { name: 'Mettre fin au test' }).click();
    await killian.getByTestId('certification-end').waitFor();
    expect(await killian.getByTestId('certification-end').locator('h1').textContent()).toBe('Test terminé : appelez le surveillant');
    await killianRow.getByTestId('live-status').filter({ hasText: 'Arrêté par le surveillant' }).waitFor();

    // The centre finalises: Killian left after 3 questions (abort reason), the others never came. The comment
    // sends the session to the jury instead of the automatic publication.
    const head = await signedIn('direction@ferrat.opencrcn.test');
    await head.goto(`${web}/certif/${centre.id}/sessions/${sessionId}/finalisation`);
    const report = head.getByTestId('candidate-report');
    expect(await report.count()).toBe(1);
    await report.getByLabel("Raison de l'abandon").selectOption('CANDIDATE');
    const comment = 'Killian a quitté la salle après trois questions.';
    await head.getByLabel('Commentaire sur la session (facultatif)').fill(comment);
    expect(await head.getByText('/ 500 caractères').textContent()).toBe(`${comment.length} / 500 caractères`);
    await head.getByRole('button', { name: 'Finaliser la session' }).click();
    await head.getByRole('dialog').getByRole('button', { name: 'Finaliser' }).click();
    await head.waitForURL((url) => url.pathname === `/certif/${centre.id}/sessions/${sessionId}`);
    await head.getByTestId('session-status').filter({ hasText: 'En traitement par le jury' }).waitFor();

    // The jury reads why Killian's certification is rejected, then publishes.
    const jury = await signedIn('admin@opencrcn.test');
    await jury.goto(`${web}/jury`);
    await jury.getByRole('link', { name: `Session n° ${sessionId}` }).click();
    await jury.waitForURL((url) => url.pathname === `/jury/sessions/${sessionId}`);
    const result = jury.getByTestId('result').filter({ hasText: 'Killian' });
    expect(await result.getByTestId('result-status').textContent()).toBe('Rejetée');
    const explanation = await result.getByTestId('explanation').textContent();
    expect(explanation).toContain(`sur ${total} épreuves prises en compte`);
    expect(explanation).toContain('test abandonné par le candidat');
    expect(explanation).toContain('Certification rejetée');
    await jury.getByRole('button', { name: 'Publier les résultats' }).click();
    await jury.getByRole('dialog').getByRole('button', { name: 'Publier' }).click();
    await jury.getByTestId('session-status').filter({ hasText: 'Résultats publiés' }).waitFor();
    expect(await jury.getByTestId('audit-log').textContent()).toContain('Publication');

    // Rejected, Killian gets no certificate.
    await killian.goto(`${web}/certificats`);
    expect(await killian.locator('main').textContent()).toContain("Aucun certificat pour l'instant");

    // A lycée pupil with a published certificate reads its code; anyone can check it, without signing in.
    const lulliToken = await apiToken('direction@lulli.opencrcn.test');
    const lulli = await api<{ me: { organizations: { id: string }[] } }>('{ me { organizations { id } } }', {}, lulliToken);
    const { organization } = await api<{ organization: {
      certificationResults: { status: string; candidate: { firstName: string; lastName: string } }[];
      students: { edges: { node: { firstName: string; lastName: string; user: { username: string } | null } }[] };
    } }>(
      `query ($id: ID!) { organization(id: $id) {
        certificationResults(division: "T2") { status candidate { firstName lastName } }
        students(division: "T2", first: 100) { edges { node { firstName lastName user { username } } } }
      } }`,
      { id: lulli.me.organizations[0].id }, lulliToken,
    );
    const holder = organization.certificationResults.find((r) => r.status === 'VALIDATED')!.candidate;
    const pupil = organization.students.edges.map((e) => e.node).find((s) => s.firstName === holder.firstName && s.lastName === holder.lastName)!;
    const learner = await signedIn(pupil.user!.username);
    await learner.goto(`${web}/certificats`);
    const code = (await learner.getByTestId('verification-code').first().textContent())!;
    expect(code).toMatch(/^P-[2346789BCDFGHJKMPQRTVWXY]{8}$/);

    const visitor = await newPage();
    await visitor.goto(`${web}/verification`);
    await visitor.getByLabel('Code de vérification').fill(code.toLowerCase());
    await visitor.getByRole('button', { name: 'Vérifier' }).click();
    await visitor.getByTestId('verification').waitFor();
    const shown = await visitor.getByTestId('verification').textContent();
    expect(shown).toContain(`${holder.firstName} ${holder.lastName}`);
    expect(shown).toContain('Certificat valide');
    expect(shown).toMatch(/\d+ pix/);
    await visitor.screenshot({ path: `${SHOTS}/verification.png`, fullPage: true });
  }, 120_000);
});
