import { Form, Link } from 'react-router';

interface HeaderProps {
  /** The signed-in user; absent on public pages. */
  user?: { firstName: string; lastName: string };
}

export function Header({ user }: HeaderProps) {
  return (
    <>
      <a className="skip-link" href="#contenu">Aller au contenu</a>
      <header className="site-header">
        <Link to="/profil" className="brand">OpenCRCN</Link>
        {user && (
          <div className="account">
            <span className="user-name">{user.firstName} {user.lastName}</span>
            <Form method="post" action="/deconnexion">
              <button type="submit" className="button button-secondary">Se déconnecter</button>
            </Form>
          </div>
        )}
      </header>
    </>
  );
}
