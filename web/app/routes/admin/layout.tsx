// The platform administration: platform administrators only, with the section's links above every page.
import { data, NavLink, Outlet } from 'react-router';
import type { Route } from './+types/layout';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { requireToken, signOut } from '../../lib/session.server';

const AdminLayoutQuery = graphql(`
  query AdminLayout {
    me { platformRoles }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { me } = await load(request, token, AdminLayoutQuery, {});
  if (!me) throw await signOut(request);
  if (!me.platformRoles.includes('ADMIN')) {
    throw data("L'administration est réservée aux administrateurs de la plateforme.", { status: 403 });
  }
  return null;
}

// The role does not change while working here; each page's own request is refused anyway once it is withdrawn.
export function shouldRevalidate() {
  return false;
}

export default function AdminLayout() {
  return (
    <>
      <Header />
      <div className="orga-bar">
        <p className="orga-name">Administration de la plateforme</p>
        <nav aria-label="Administration">
          <ul className="orga-nav">
            <li><NavLink to="/admin" end>Accueil</NavLink></li>
            <li><NavLink to="/admin/academies">Académies</NavLink></li>
            <li><NavLink to="/admin/fenetres">Fenêtres de certification</NavLink></li>
          </ul>
        </nav>
      </div>
      <main id="contenu" className="page">
        <Outlet />
      </main>
    </>
  );
}
