import { Form, Link, NavLink, useLocation, useRouteLoaderData } from 'react-router';
import type { loader as rootLoader } from '../root';

interface HeaderProps {
  /** The signed-in user as the page loaded them; by default, the one the root loader found. */
  user?: { firstName: string; lastName: string };
}

/** Where "Mon établissement" leads: straight to the only organisation, or to the chooser. */
function organizationLink(memberships: { organization: { id: string } }[]): string | null {
  if (memberships.length === 0) return null;
  return memberships.length === 1 ? `/orga/${memberships[0].organization.id}` : '/orga';
}

// Pages where a "Se connecter" link in the header would only repeat the page.
const SIGN_IN_PAGES = new Set(['/connexion', '/inscription']);

export function Header({ user }: HeaderProps) {
  const location = useLocation();
  const viewer = useRouteLoaderData<typeof rootLoader>('root')?.viewer ?? null;
  const shown = user ?? viewer;
  const organization = viewer ? organizationLink(viewer.memberships) : null;
  const centres = viewer?.certificationCenters ?? [];
  const isJury = !!viewer?.platformRoles?.some((r) => r === 'JURY' || r === 'ADMIN');
  const isAdmin = !!viewer?.platformRoles?.includes('ADMIN');
  return (
    <>
      <a className="skip-link" href="#contenu">Aller au contenu</a>
      <header className="site-header">
        <Link to="/profil" className="brand">OpenCRCN</Link>
        <nav className="site-nav" aria-label="Navigation principale">
          <ul>
            {shown && <li><NavLink to="/profil" end>Mon profil</NavLink></li>}
            <li><NavLink to="/campagnes">J'ai un code</NavLink></li>
            {shown && <li><NavLink to="/certification">Certification</NavLink></li>}
            {shown && <li><NavLink to="/certificats">Mes certificats</NavLink></li>}
            {organization && <li><NavLink to={organization}>Mon établissement</NavLink></li>}
            {!!viewer?.academyCodes.length && <li><NavLink to="/academie">Académie</NavLink></li>}
            {centres.length > 0 && <li><NavLink to={centres.length === 1 ? `/certif/${centres[0].id}` : '/certif'}>Centre de certification</NavLink></li>}
            {isJury && <li><NavLink to="/jury">Jury</NavLink></li>}
            {isAdmin && <li><NavLink to="/admin">Administration</NavLink></li>}
            {!shown && <li><NavLink to="/surveillance">Surveillant</NavLink></li>}
            <li><NavLink to="/verification">Vérifier un certificat</NavLink></li>
          </ul>
        </nav>
        {shown ? (
          <div className="account">
            <span className="user-name">{shown.firstName} {shown.lastName}</span>
            <Form method="post" action="/deconnexion">
              <button type="submit" className="button button-secondary">Se déconnecter</button>
            </Form>
          </div>
        ) : (
          !SIGN_IN_PAGES.has(location.pathname) && (
            <div className="account">
              <Link to={`/connexion?redirectTo=${encodeURIComponent(location.pathname + location.search)}`} className="button button-secondary">
                Se connecter
              </Link>
            </div>
          )
        )}
      </header>
    </>
  );
}
