import { Link } from 'react-router';
import type { Route } from './+types/accueil';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { ORGANIZATION_TYPE_LABELS } from '../../lib/labels';
import { orgaTitle, useOrga } from '../../lib/orga';
import { requireToken } from '../../lib/session.server';

const OrgaHomeQuery = graphql(`
  query OrgaHome($id: ID!) {
    organization(id: $id) {
      id
      divisions
      students(first: 1) { totalCount }
      campaigns { id }
    }
  }
`);

export function meta({ matches }: Route.MetaArgs) {
  return orgaTitle(matches, 'Accueil');
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { organization } = await load(request, token, OrgaHomeQuery, { id: params.orgId });
  return {
    studentCount: organization?.students.totalCount ?? 0,
    classCount: organization?.divisions.length ?? 0,
    campaignCount: organization?.campaigns.length ?? 0,
  };
}

export default function OrgaAccueil({ loaderData }: Route.ComponentProps) {
  const { organization, isAdmin } = useOrga();
  const { studentCount, classCount, campaignCount } = loaderData;
  const base = `/orga/${organization.id}`;
  return (
    <>
      <h1>{organization.name}</h1>
      <dl className="facts">
        <div><dt>UAI</dt><dd>{organization.uai ?? '–'}</dd></div>
        <div><dt>Type</dt><dd>{ORGANIZATION_TYPE_LABELS[organization.type]}</dd></div>
      </dl>
      <dl className="stats stats-boxed">
        <div><dt>Élèves</dt><dd>{studentCount}</dd></div>
        <div><dt>Classes</dt><dd>{classCount}</dd></div>
        <div><dt>Campagnes en cours</dt><dd>{campaignCount}</dd></div>
      </dl>

      <h2>Raccourcis</h2>
      <ul className="shortcuts">
        {isAdmin && (
          <li>
            <Link to={`${base}/import`}>Importer les élèves</Link>
            <p>Depuis l'export SIECLE de l'établissement (XML ou ZIP), ou un fichier CSV.</p>
          </li>
        )}
        <li>
          <Link to={`${base}/eleves`}>Voir les élèves</Link>
          <p>Par classe, avec leurs identifiants ; imprimer les identifiants d'une classe.</p>
        </li>
        <li>
          <Link to={`${base}/campagnes/nouvelle`}>Créer une campagne</Link>
          <p>Une collecte de profils ou un parcours d'évaluation, avec un code à donner aux élèves.</p>
        </li>
        <li>
          <Link to={`${base}/campagnes`}>Suivre les campagnes</Link>
          <p>Les participants, leurs résultats et l'export CSV.</p>
        </li>
        <li>
          <Link to={`${base}/membres`}>Membres de l'équipe</Link>
          <p>{isAdmin ? "Inviter des collègues à rejoindre l'espace." : "Les collègues qui ont accès à l'espace."}</p>
        </li>
      </ul>
    </>
  );
}
