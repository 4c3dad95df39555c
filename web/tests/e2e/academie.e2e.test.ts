// The academic (DANE) dashboard in the browser: the demo viewer of Grenoble reads the figures of a school year,
// sees the charts drawn once the page is hydrated and downloads the CSV; a learner and an unknown academy are refused.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browserSuite, chromiumPath } from '../../../server/testing/e2e.js';

const DANE = 'dane@ac-grenoble.opencrcn.test';
// The demo certificates are delivered in February 2026 (seeds/demo-certification.ts): school year 2025-2026.
const YEAR_WITH_CERTIFICATES = 2025;

interface SchoolFigures { uai: string; name: string | null; students: number }
interface Statistics {
  students: number;
  certifiablePercentage: number;
  certifiedPercentage: number;
  meanPixScore: number | null;
  refreshedAt: string | null;
  campaignParticipation: { participants: number; shared: number };
  weekly: { weekStart: string; certifications: number }[];
  perSchool: SchoolFigures[];
}

/** The school year in progress as the page must choose it: from 1 September (Paris time) on, the new one. */
function schoolYearNow(): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric' }).formatToParts(new Date());
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  return Number(parts.find((p) => p.type === 'month')!.value) >= 9 ? year : year - 1;
}

/** Spaces of any kind (French numbers use narrow no-break ones) as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const number = (value: number) => plain(value.toLocaleString('fr-FR', { maximumFractionDigits: 1 }));
const percent = (value: number) => `${number(value)} %`;

describe.skipIf(!chromiumPath())('tableau de bord académique dans le navigateur', () => {
  const suite = browserSuite();

  const { api } = suite;

  /** The figures the page must show, as the API gives them to the same viewer. */
  async function statistics(schoolYear: number): Promise<Statistics> {
    const token = await suite.apiToken(DANE);
    const { academy } = await api<{ academy: { statistics: Statistics } }>(`query($y: Int!) { academy(code: "GRE") { statistics(schoolYear: $y) {
      students certifiablePercentage certifiedPercentage meanPixScore refreshedAt
      campaignParticipation { participants shared } weekly { weekStart certifications } perSchool { uai name students }
    } } }`, { y: schoolYear }, token);
    return academy.statistics;
  }

  const signedIn = (login: string) => suite.signedIn(login, { acceptDownloads: true });

  it('montre les chiffres de l’année choisie, les graphiques et le CSV de l’académie', async () => {
    const expected = await statistics(YEAR_WITH_CERTIFICATES);
    // The demo seed refreshes the views: the figures are there, with certificates in that year.
    expect(expected.refreshedAt).not.toBeNull();
    expect(expected.students).toBeGreaterThan(0);
    expect(expected.weekly.length).toBeGreaterThan(0);
    expect(expected.perSchool.length).toBeGreaterThan(0);

    // The viewer's only academy opens straight from the header.
    const page = await signedIn(DANE);
    // Hydration mismatches and chart errors surface in the console.
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    await page.getByRole('link', { name: 'Académie', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/academie/GRE');
    await page.getByRole('heading', { level: 1, name: 'Académie de Grenoble' }).waitFor();
    // By default, the school year in progress.
    const current = schoolYearNow();
    expect(await page.getByLabel('Année scolaire').inputValue()).toBe(String(current));
    expect(plain(await page.locator('.lead').textContent())).toContain(`${current}-${current + 1}`);

    // A previous year, chosen in the selector.
    await page.getByLabel('Année scolaire').selectOption(String(YEAR_WITH_CERTIFICATES));
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL((url) => url.searchParams.get('annee') === String(YEAR_WITH_CERTIFICATES));
    await page.locator('.lead', { hasText: `${YEAR_WITH_CERTIFICATES}-${YEAR_WITH_CERTIFICATES + 1}` }).waitFor();

    // The key figures are the API's.
    const figure = async (id: string) => plain(await page.getByTestId(`figure-${id}`).textContent());
    expect(await figure('students')).toBe(number(expected.students));
    expect(await figure('certifiable')).toBe(percent(expected.certifiablePercentage));
    expect(await figure('certified')).toBe(percent(expected.certifiedPercentage));
    expect(await figure('score')).toBe(expected.meanPixScore === null ? '–' : number(expected.meanPixScore));
    const participation = Math.round((1000 * expected.campaignParticipation.participants) / expected.students) / 10;
    expect(await figure('participation')).toBe(percent(participation));
    const { participants } = expected.campaignParticipation;
    expect(await figure('participation-detail')).toContain(participants === 0 ? 'Aucun élève' : `${number(participants)} élève`);
    expect(plain(await page.getByTestId('refreshed-at').textContent())).toMatch(/^Chiffres mis à jour le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}\./);

    // Each chart is drawn by recharts once hydrated, and keeps its table of figures.
    for (const chart of ['classes', 'competences', 'semaines']) {
      await page.getByTestId(`chart-${chart}`).locator('svg.recharts-surface').first().waitFor();
      expect(await page.getByTestId(`chart-${chart}`).locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('figure.academie-figure details table').count()).toBe(3);

    // One row per school, with its UAI.
    const rows = page.getByTestId('school');
    expect(await rows.count()).toBe(expected.perSchool.length);
    for (const school of expected.perSchool) {
      expect(plain(await rows.filter({ hasText: school.uai }).locator('td').nth(2).textContent())).toBe(number(school.students));
    }
    // Sorting by the number of pupils, largest first.
    await page.getByRole('button', { name: 'Élèves', exact: true }).click();
    const sorted = [...expected.perSchool].sort((a, b) => b.students - a.students || a.uai.localeCompare(b.uai));
    expect((await rows.locator('td:first-child').allTextContents()).map((t) => t.trim())).toEqual(sorted.map((s) => s.uai));

    // The server already writes the figures and the tables: the page reads without JavaScript.
    const html = await (await page.request.get(`${suite.platform.webUrl}/academie/GRE?annee=${YEAR_WITH_CERTIFICATES}`)).text();
    expect(html).toContain('Données du graphique');
    expect(html.match(/data-testid="school"/g)?.length).toBe(expected.perSchool.length);

    // The CSV: UTF-8 with BOM, « ; » between fields, one line per school after the header.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`statistiques-academie-GRE-${YEAR_WITH_CERTIFICATES}-${YEAR_WITH_CERTIFICATES + 1}.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header.split(';')[0]).toBe('UAI');
    expect(lines).toHaveLength(expected.perSchool.length);
    for (const school of expected.perSchool) {
      expect(lines.some((line) => line.startsWith(`${school.uai};`) && line.split(';')[2] === String(school.students))).toBe(true);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('refuse le tableau de bord à un élève, et dit quand l’académie n’existe pas', async () => {
    const pupil = await signedIn('killian.latour2005');
    expect(await pupil.getByRole('link', { name: 'Académie', exact: true }).count()).toBe(0);
    const response = await pupil.goto(`${suite.platform.webUrl}/academie/GRE`);
    expect(response?.status()).toBe(403);
    await pupil.getByRole('heading', { level: 1, name: 'Accès refusé' }).waitFor();
    expect(plain(await pupil.getByTestId('academie-error').textContent())).toContain('réservé à ses observateurs académiques (DANE)');

    // An administrator may look at any academy: an unknown code is then a missing page.
    const admin = await signedIn('admin@opencrcn.test');
    const missing = await admin.goto(`${suite.platform.webUrl}/academie/XYZ`);
    expect(missing?.status()).toBe(404);
    await admin.getByRole('heading', { level: 1, name: 'Académie introuvable' }).waitFor();
  }, 90_000);
});
