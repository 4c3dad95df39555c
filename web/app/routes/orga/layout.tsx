// The school's space: the organisation's name and its sections above every page of /orga/:orgId.
import { data, NavLink, Outlet, type ShouldRevalidateFunctionArgs } from 'react-router';
import type { Route } from './+types/layout';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { requireToken, signOut } from '../../lib/session.server';

const OrgaLayoutQuery = graphql(`
  query OrgaLayout($id: ID!) {
    me { memberships { role organization { id } } }
    organization(id: $id) { id name type uai }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { me, organization } = await load(request, token, OrgaLayoutQuery, { id: params.orgId });
  if (!me) throw await signOut(request);
  if (!organization) throw data("Cet établissement n'existe pas.", { status: 404 });
  // Platform administrators may look without being members: they get a member's view.
  const role = me.memberships.find((m) => m.organization.id === organization.id)?.role ?? 'MEMBER';
  return { organization, isAdmin: role === 'ADMIN' };
}

// The name and the role do not change while working in the space: only another organisation reloads them.
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.orgId !== nextParams.orgId;
}

export default function OrgaLayout({ loaderData }: Route.ComponentProps) {
  const { organization } = loaderData;
  const base = `/orga/${organization.id}`;
  return (
    <>
      <Header />
      <div className="orga-bar">
        <p className="orga-name">{organization.name}</p>
        <nav aria-label={`Espace de ${organization.name}`}>
          <ul className="orga-nav">
            <li><NavLink to={base} end>Accueil</NavLink></li>
            <li><NavLink to={`${base}/eleves`}>Élèves</NavLink></li>
            <li><NavLink to={`${base}/import`}>Import</NavLink></li>
            <li><NavLink to={`${base}/campagnes`}>Campagnes</NavLink></li>
            <li><NavLink to={`${base}/membres`}>Membres</NavLink></li>
            <li><NavLink to={`${base}/certification`}>Certification</NavLink></li>
          </ul>
        </nav>
      </div>
      <main id="contenu" className="page">
        <Outlet />
      </main>
    </>
  );
}
