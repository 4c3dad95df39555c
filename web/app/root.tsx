import type { ReactNode } from 'react';
import { isRouteErrorResponse, Link, Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router';
import type { Route } from './+types/root';
import { Header } from './components/header';
import './app.css';

export function links() {
  return [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }];
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content="OpenCRCN : votre profil de compétences numériques" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? 'Page introuvable' : 'Une erreur est survenue';
  const message = notFound
    ? "La page que vous cherchez n'existe pas ou a été déplacée."
    : 'Le service ne peut pas afficher cette page pour le moment. Réessayez dans quelques instants.';
  // Details help while developing; people using the service only see the French message.
  const details = import.meta.env.DEV && error instanceof Error ? error.stack : null;
  return (
    <>
      <title>{`${title} – OpenCRCN`}</title>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>{title}</h1>
        <p>{message}</p>
        <p><Link to="/profil">Retour à mon profil</Link></p>
        {details && <pre className="error-details">{details}</pre>}
      </main>
    </>
  );
}
