// An academy's dashboard for one school year: key figures, charts (each with its data table) and the figures of
// every school, with their CSV. The figures come from the academic-dashboard plugin's refreshed statistics.
import { lazy, Suspense, useState, useSyncExternalStore, type ReactNode } from 'react';
import { data, Form, isRouteErrorResponse, Link, redirect } from 'react-router';
import type { Route } from './+types/tableau-de-bord';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { calendarDate, dateTime } from '../../lib/dates';
import { plural } from '../../lib/format';
import { requireToken } from '../../lib/session.server';
import {
  academyTitle, currentSchoolYear, formatNumber, formatPercent, formatScore, parseSchoolYear, schoolYearLabel, selectableYears, share,
} from './academie';
import academieCss from '../../academie.css?url';

// The charts' code (recharts) is fetched only once the page runs in the browser.
const ClassLevelChart = lazy(() => import('./graphiques').then((m) => ({ default: m.ClassLevelChart })));
const LevelDistributionChart = lazy(() => import('./graphiques').then((m) => ({ default: m.LevelDistributionChart })));
const WeeklyChart = lazy(() => import('./graphiques').then((m) => ({ default: m.WeeklyChart })));

const AcademyDashboardQuery = graphql(`
  query AcademyDashboard($code: ID!, $schoolYear: Int!) {
    academy(code: $code) {
      code
      name
      statistics(schoolYear: $schoolYear) {
        students
        certifiablePercentage
        certifiedPercentage
        meanPixScore
        refreshedAt
        campaignParticipation { participants shared }
        perClassLevel { classLevel students certifiablePercentage certifiedPercentage }
        levelDistribution { competenceCode levels }
        weekly { weekStart certifications meanPixScore }
        perSchool { uai name students certifiablePercentage certifiedPercentage meanPixScore participatingStudents }
      }
    }
    areas { competences { code name } }
  }
`);

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: academieCss }];

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) return [{ title: 'Tableau de bord académique – OpenCRCN' }];
  return [{ title: `${academyTitle(loaderData.academy.name)} – ${schoolYearLabel(loaderData.schoolYear)} – OpenCRCN` }];
}

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const currentYear = currentSchoolYear();
  const asked = url.searchParams.get('annee');
  const schoolYear = parseSchoolYear(asked, currentYear);
  // A year to come, or no year at all: the current one, with an address that says so.
  if (asked !== null && schoolYear === null) throw redirect(`/academie/${encodeURIComponent(params.code)}`);
  const year = schoolYear ?? currentYear;
  const { academy, areas } = await load(request, token, AcademyDashboardQuery, { code: params.code, schoolYear: year });
  if (!academy) throw data("Cette académie n'existe pas.", { status: 404 });
  const competenceNames = Object.fromEntries(areas.flatMap((a) => a.competences.map((c) => [c.code, c.name])));
  return { academy, competenceNames, schoolYear: year, currentYear };
}

const subscribeNothing = () => () => {};

/** False during the server render and hydration, true afterwards: what only the browser can draw waits for it. */
function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNothing, () => true, () => false);
}

/** A chart and its text alternative: the caption names it, the table (server-rendered) gives its figures. */
function ChartFigure({ id, caption, height, chart, table }: { id: string; caption: string; height: number; chart: ReactNode; table: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <figure className="academie-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="academie-caption">{caption}</figcaption>
      {/* Hidden from screen readers, which read the table below instead. */}
      <div className="academie-chart" style={{ height }} aria-hidden="true" data-testid={`chart-${id}`}>
        {hydrated && <Suspense fallback={null}>{chart}</Suspense>}
      </div>
      <details className="academie-data">
        <summary>Données du graphique</summary>
        <div className="table-wrapper">{table}</div>
      </details>
    </figure>
  );
}

type Statistics = Route.ComponentProps['loaderData']['academy']['statistics'];
type School = Statistics['perSchool'][number];
type SortKey = Exclude<keyof School, '__typename'>;

const SCHOOL_COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'uai', label: 'UAI', numeric: false },
  { key: 'name', label: 'Établissement', numeric: false },
  { key: 'students', label: 'Élèves', numeric: true },
  { key: 'certifiablePercentage', label: 'Certifiables', numeric: true },
  { key: 'certifiedPercentage', label: 'Certifiés', numeric: true },
  { key: 'meanPixScore', label: 'Score pix moyen', numeric: true },
  { key: 'participatingStudents', label: 'Participants aux campagnes', numeric: true },
];

function compareSchools(a: School, b: School, key: SortKey, ascending: boolean): number {
  const x = a[key];
  const y = b[key];
  // Missing values (no name yet, no certificate) stay last whatever the direction.
  if (x === null || x === undefined) return y === null || y === undefined ? a.uai.localeCompare(b.uai) : 1;
  if (y === null || y === undefined) return -1;
  const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'fr', { sensitivity: 'base' });
  return (ascending ? order : -order) || a.uai.localeCompare(b.uai);
}

/** Every school of the academy (a few hundred at most): sorted by a click on a column's title. */
function SchoolTable({ schools }: { schools: School[] }) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'name', ascending: true });
  const rows = [...schools].sort((a, b) => compareSchools(a, b, sort.key, sort.ascending));
  const sortBy = (key: SortKey, numeric: boolean) =>
    setSort((s) => (s.key === key ? { key, ascending: !s.ascending } : { key, ascending: !numeric }));
  return (
    <div className="table-wrapper">
      <table className="table" data-testid="schools">
        <caption>
          {plural(schools.length, 'établissement')} ; cliquez sur le titre d'une colonne pour trier le tableau.
        </caption>
        <thead>
          <tr>
            {SCHOOL_COLUMNS.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'number' : undefined}
                aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
                <button type="button" className="academie-sort" onClick={() => sortBy(c.key, c.numeric)}>
                  {c.label}
                  <span aria-hidden="true" className="academie-sort-mark">{sort.key === c.key ? (sort.ascending ? '▲' : '▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.uai} data-testid="school">
              <td><code>{s.uai}</code></td>
              <td>{s.name ?? <span className="muted">Espace Orga non activé</span>}</td>
              <td className="number">{formatNumber(s.students)}</td>
              <td className="number">{formatPercent(s.certifiablePercentage)}</td>
              <td className="number">{formatPercent(s.certifiedPercentage)}</td>
              <td className="number">{formatScore(s.meanPixScore)}</td>
              <td className="number">{formatNumber(s.participatingStudents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** « 12 élèves, dont 9 ont envoyé leurs résultats ». */
function participationDetail({ participants, shared }: { participants: number; shared: number }): string {
  if (participants === 0) return "Aucun élève n'a participé.";
  const sent = shared === 0 ? 'aucun n’a envoyé ses résultats' : shared === 1 ? '1 a envoyé ses résultats' : `${formatNumber(shared)} ont envoyé leurs résultats`;
  return `${participants === 1 ? '1 élève' : `${formatNumber(participants)} élèves`}, dont ${sent}.`;
}

export default function TableauDeBord({ loaderData }: Route.ComponentProps) {
  const { academy, competenceNames, schoolYear, currentYear } = loaderData;
  const stats = academy.statistics;
  const years = selectableYears(currentYear, schoolYear);
  const maxLevel = Math.max(0, ...stats.levelDistribution.map((d) => d.levels.length - 1));
  const levels = Array.from({ length: maxLevel + 1 }, (_, level) => level);
  const csvHref = `/academie/${encodeURIComponent(academy.code)}/statistiques.csv?annee=${schoolYear}`;
  return (
    <>
      <Header />
      <main id="contenu" className="page">
        <p className="back-link"><Link to="/academie">Mes académies</Link></p>
        <h1>{academyTitle(academy.name)}</h1>
        <p className="lead">
          Tableau de bord de l'année scolaire {schoolYearLabel(schoolYear)} – {plural(stats.perSchool.length, 'établissement')}
        </p>

        <div className="toolbar academie-toolbar">
          <Form method="get" className="academie-year-form">
            <label htmlFor="annee">Année scolaire</label>
            <select id="annee" name="annee" defaultValue={schoolYear} key={schoolYear}>
              {years.map((y) => (
                <option key={y} value={y}>{schoolYearLabel(y)}{y === currentYear ? ' (en cours)' : ''}</option>
              ))}
            </select>
            <button type="submit" className="button button-secondary">Afficher</button>
          </Form>
          <a className="button button-secondary" href={csvHref} download>Télécharger le CSV</a>
        </div>
        <p className="muted" data-testid="refreshed-at">
          {stats.refreshedAt
            ? `Chiffres mis à jour le ${dateTime(stats.refreshedAt)}.`
            : 'Les chiffres n’ont pas encore été calculés : ils le seront dans quelques minutes.'}
          {' '}Le CSV donne les chiffres de chaque établissement pour l'année affichée.
        </p>

        <section aria-labelledby="chiffres-cles">
          <h2 id="chiffres-cles">Chiffres clés</h2>
          <dl className="stats stats-boxed academie-figures">
            <div><dt>Élèves inscrits</dt><dd data-testid="figure-students">{formatNumber(stats.students)}</dd></div>
            <div><dt>Certifiables</dt><dd data-testid="figure-certifiable">{formatPercent(stats.certifiablePercentage)}</dd></div>
            <div><dt>Certifiés dans l'année</dt><dd data-testid="figure-certified">{formatPercent(stats.certifiedPercentage)}</dd></div>
            <div><dt>Score pix moyen des certifiés</dt><dd data-testid="figure-score">{formatScore(stats.meanPixScore)}</dd></div>
            <div>
              <dt>Participation aux campagnes</dt>
              <dd data-testid="figure-participation">{formatPercent(share(stats.campaignParticipation.participants, stats.students))}</dd>
              <p className="academie-figure-note" data-testid="figure-participation-detail">
                {participationDetail(stats.campaignParticipation)}
              </p>
            </div>
          </dl>
          <p className="muted academie-note">
            Élèves actuellement inscrits dans les établissements de l'académie. Certifiables : niveau 1 ou plus dans au
            moins 5 compétences, d'après leur profil actuel. Certifiés : certificat publié délivré pendant l'année scolaire.
          </p>
        </section>

        <section aria-labelledby="par-niveau-de-classe">
          <h2 id="par-niveau-de-classe">Par niveau de classe</h2>
          {stats.perClassLevel.length === 0 ? <p className="empty">Aucun élève inscrit.</p> : (
            <ChartFigure
              id="classes"
              caption="Part des élèves certifiables et certifiés par niveau de classe, en %"
              height={320}
              chart={<ClassLevelChart rows={stats.perClassLevel} />}
              table={(
                <table className="table">
                  <caption>Élèves certifiables et certifiés par niveau de classe</caption>
                  <thead>
                    <tr>
                      <th scope="col">Niveau de classe</th>
                      <th scope="col" className="number">Élèves</th>
                      <th scope="col" className="number">Certifiables</th>
                      <th scope="col" className="number">Certifiés</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.perClassLevel.map((c) => (
                      <tr key={c.classLevel}>
                        <th scope="row">{c.classLevel}</th>
                        <td className="number">{formatNumber(c.students)}</td>
                        <td className="number">{formatPercent(c.certifiablePercentage)}</td>
                        <td className="number">{formatPercent(c.certifiedPercentage)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            />
          )}
        </section>

        <section aria-labelledby="niveaux-par-competence">
          <h2 id="niveaux-par-competence">Niveaux par compétence</h2>
          {stats.students === 0 ? <p className="empty">Aucun élève inscrit.</p> : (
            <ChartFigure
              id="competences"
              caption={`Nombre d'élèves à chaque niveau (de 0 à ${maxLevel}) dans chacune des 16 compétences`}
              height={360}
              chart={<LevelDistributionChart rows={stats.levelDistribution} />}
              table={(
                <table className="table">
                  <caption>Élèves par niveau et par compétence</caption>
                  <thead>
                    <tr>
                      <th scope="col">Compétence</th>
                      {levels.map((level) => <th key={level} scope="col" className="number">Niveau {level}</th>)}
                    </tr>
                  </thead>
                  <tbody>
                    {stats.levelDistribution.map((d) => (
                      <tr key={d.competenceCode}>
                        <th scope="row">{d.competenceCode} {competenceNames[d.competenceCode] ?? ''}</th>
                        {levels.map((level) => <td key={level} className="number">{formatNumber(d.levels[level] ?? 0)}</td>)}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            />
          )}
        </section>

        <section aria-labelledby="certificats-par-semaine">
          <h2 id="certificats-par-semaine">Certificats délivrés par semaine</h2>
          {stats.weekly.length === 0 ? (
            <p className="empty">Aucun certificat délivré pendant l'année scolaire {schoolYearLabel(schoolYear)}.</p>
          ) : (
            <ChartFigure
              id="semaines"
              caption={`Certificats publiés délivrés chaque semaine de l'année scolaire ${schoolYearLabel(schoolYear)}`}
              height={320}
              chart={<WeeklyChart rows={stats.weekly} />}
              table={(
                <table className="table">
                  <caption>Certificats délivrés par semaine</caption>
                  <thead>
                    <tr>
                      <th scope="col">Semaine du</th>
                      <th scope="col" className="number">Certificats</th>
                      <th scope="col" className="number">Score pix moyen</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.weekly.map((w) => (
                      <tr key={w.weekStart}>
                        <th scope="row">{calendarDate(w.weekStart)}</th>
                        <td className="number">{formatNumber(w.certifications)}</td>
                        <td className="number">{formatScore(w.meanPixScore)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            />
          )}
        </section>

        <section aria-labelledby="etablissements">
          <h2 id="etablissements">Par établissement</h2>
          {stats.perSchool.length === 0
            ? <p className="empty">Aucun établissement n'est encore rattaché à cette académie.</p>
            : <SchoolTable schools={stats.perSchool} />}
        </section>
      </main>
    </>
  );
}

/** A refusal or an unknown academy gets a page of its own, with a way back. */
export function ErrorBoundary({ error, params }: Route.ErrorBoundaryProps) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const code = params.code ?? '';
  const [title, message] = status === 403
    ? ['Accès refusé', `Le tableau de bord de l'académie ${code} est réservé à ses observateurs académiques (DANE) et aux administrateurs de la plateforme. Si vous devez le consulter, demandez l'accès à l'administrateur de la plateforme.`]
    : status === 404
      ? ['Académie introuvable', `Aucune académie ne porte le code « ${code} ».`]
      : ['Une erreur est survenue', 'Le service ne peut pas afficher ce tableau de bord pour le moment. Réessayez dans quelques instants.'];
  return (
    <>
      <title>{`${title} – OpenCRCN`}</title>
      <Header />
      <main id="contenu" className="page page-medium">
        <h1>{title}</h1>
        <p data-testid="academie-error">{message}</p>
        <p><Link to="/academie">Voir mes académies</Link> – <Link to="/profil">Retour à mon profil</Link></p>
      </main>
    </>
  );
}
