// The school's pupils: one class at a time or all of them, searchable, page by page.
import { data, Form, Link, useSearchParams } from 'react-router';
import type { Route } from './+types/eleves';
import { Pager } from '../../components/pager';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { calendarDate } from '../../lib/dates';
import { orgaTitle, useOrga } from '../../lib/orga';
import { currentCursor, firstPageSearch } from '../../lib/pagination';
import { requireToken } from '../../lib/session.server';

const PAGE_SIZE = 50;

const StudentsQuery = graphql(`
  query OrgaStudents($id: ID!, $division: String, $search: String, $first: Int, $after: String) {
    organization(id: $id) {
      id
      divisions
      students(division: $division, search: $search, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id nationalId firstName lastName birthdate division user { username email } } }
      }
    }
  }
`);

export function meta({ matches }: Route.MetaArgs) {
  return orgaTitle(matches, 'Élèves');
}

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const search = url.searchParams;
  const division = search.get('classe') || null;
  const term = search.get('recherche')?.trim() || null;
  const { organization } = await load(request, token, StudentsQuery, {
    id: params.orgId, division, search: term, first: PAGE_SIZE, after: currentCursor(search),
  });
  if (!organization) throw data("Cet établissement n'existe pas.", { status: 404 });
  return { divisions: organization.divisions, students: organization.students, division, term };
}

function ClassChips({ divisions, current }: { divisions: string[]; current: string | null }) {
  const [search] = useSearchParams();
  return (
    <nav aria-label="Filtrer par classe">
      <ul className="chips">
        <li>
          <Link to={firstPageSearch(search, { classe: null })} className="chip" aria-current={current ? undefined : 'true'}>
            Toutes les classes
          </Link>
        </li>
        {divisions.map((d) => (
          <li key={d}>
            <Link to={firstPageSearch(search, { classe: d })} className="chip" aria-current={current === d ? 'true' : undefined}>
              {d}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function Eleves({ loaderData }: Route.ComponentProps) {
  const { organization, isAdmin } = useOrga();
  const { divisions, students, division, term } = loaderData;
  const base = `/orga/${organization.id}`;
  return (
    <>
      <h1>Élèves</h1>
      {divisions.length === 0 ? (
        <p className="empty">
          Aucun élève pour l'instant.{' '}
          {isAdmin ? <Link to={`${base}/import`}>Importez le fichier SIECLE de l'établissement</Link> : "Un administrateur de l'établissement peut importer les élèves."}
        </p>
      ) : (
        <>
          <ClassChips divisions={divisions} current={division} />
          <div className="toolbar">
            <Form method="get" className="search-form" role="search">
              {division && <input type="hidden" name="classe" value={division} />}
              <label htmlFor="recherche">Rechercher un élève</label>
              <input id="recherche" name="recherche" type="search" defaultValue={term ?? ''} placeholder="Nom, prénom ou INE" />
              <button type="submit" className="button button-secondary">Rechercher</button>
            </Form>
            {division ? (
              <Link to={`${base}/eleves/identifiants?classe=${encodeURIComponent(division)}`} className="button">
                Imprimer les identifiants de la classe
              </Link>
            ) : (
              <p className="action-note">Choisissez une classe pour imprimer ses identifiants.</p>
            )}
          </div>
          <div className="table-wrapper">
            <table className="table">
              <caption className="visually-hidden">
                {division ? `Élèves de la classe ${division}` : "Élèves de l'établissement"}
                {term ? `, recherche « ${term} »` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">Prénom</th>
                  <th scope="col">Date de naissance</th>
                  <th scope="col">Classe</th>
                  <th scope="col">Identifiant</th>
                </tr>
              </thead>
              <tbody>
                {students.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>{node.lastName}</td>
                    <td>{node.firstName}</td>
                    <td>{calendarDate(node.birthdate)}</td>
                    <td>{node.division ?? '–'}</td>
                    <td>{node.user ? node.user.username ?? node.user.email : <span className="muted">Pas encore de compte</span>}</td>
                  </tr>
                ))}
                {students.edges.length === 0 && (
                  <tr><td colSpan={5} className="empty">Aucun élève ne correspond à cette recherche.</td></tr>
                )}
              </tbody>
            </table>
          </div>
          <Pager pageSize={PAGE_SIZE} shown={students.edges.length} totalCount={students.totalCount} pageInfo={students.pageInfo} noun={['élève', 'élèves']} />
        </>
      )}
    </>
  );
}
