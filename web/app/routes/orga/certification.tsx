// The school's published certification results, class by class, with the CSV and the class's attestations.
import { Form, Link, useSearchParams } from 'react-router';
import type { Route } from './+types/certification';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { orgaTitle } from '../../lib/orga';
import { requireToken } from '../../lib/session.server';

const ResultsQuery = graphql(`
  query OrgaCertificationResults($id: ID!, $division: String) {
    organization(id: $id) {
      id
      divisions
      mandatoryCertificationClasses
      certificationResults(division: $division) {
        candidate { id firstName lastName division }
        status
        pixScore
        competences { competence { code } level }
      }
      certificationResultsCsvUrl(division: $division)
      certificationAttestationsUrl(division: $division)
    }
  }
`);

const STATUS: Record<string, string> = { VALIDATED: 'Validée', REJECTED: 'Rejetée', CANCELLED: 'Annulée', ERROR: 'En erreur', STARTED: 'En cours' };

export function meta({ matches }: Route.MetaArgs) {
  return orgaTitle(matches, 'Résultats de certification');
}

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const division = url.searchParams.get('classe') || null;
  const { organization } = await load(request, token, ResultsQuery, { id: params.orgId, division });
  return { organization, division };
}

export default function Certification({ loaderData }: Route.ComponentProps) {
  const { organization, division } = loaderData;
  const [params] = useSearchParams();
  const results = organization?.certificationResults ?? [];
  return (
    <section>
      <h2>Résultats de certification</h2>
      <p>Les résultats publiés des élèves de l’établissement{organization?.mandatoryCertificationClasses ? ` (classes concernées : ${organization.mandatoryCertificationClasses})` : ''}.</p>
      <Form method="get" className="inline-form">
        <label htmlFor="classe">Classe</label>
        <select id="classe" name="classe" defaultValue={params.get('classe') ?? ''}>
          <option value="">Toutes les classes</option>
          {organization?.divisions.map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
        <button type="submit" className="button button-secondary">Afficher</button>
      </Form>
      {results.length === 0 ? (
        <p>Aucun résultat publié{division ? ` pour la classe ${division}` : ''}.</p>
      ) : (
        <>
          <p>
            <a className="button" href={organization!.certificationResultsCsvUrl}>Télécharger le CSV</a>{' '}
            <a className="button button-secondary" href={organization!.certificationAttestationsUrl}>Attestations de la classe (PDF)</a>
          </p>
          <table className="table">
            <caption>{results.length} résultat{results.length > 1 ? 's' : ''}{division ? ` — ${division}` : ''}</caption>
            <thead><tr><th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">Classe</th><th scope="col">Statut</th><th scope="col">Score</th><th scope="col">Compétences certifiées</th></tr></thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.candidate.id}>
                  <td>{r.candidate.lastName}</td>
                  <td>{r.candidate.firstName}</td>
                  <td>{r.candidate.division ?? ''}</td>
                  <td>{STATUS[r.status] ?? r.status}</td>
                  <td>{r.status === 'VALIDATED' ? `${r.pixScore} pix` : '—'}</td>
                  <td>{r.competences.map((c) => `${c.competence.code} : ${c.level}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p><Link to="..">Retour à l’accueil de l’établissement</Link></p>
    </section>
  );
}
