import type { ReactNode } from 'react';
import {
  isRouteErrorResponse, Link, Links, Meta, Outlet, redirect, Scripts, ScrollRestoration, type ShouldRevalidateFunctionArgs,
} from 'react-router';
import type { Route } from './+types/root';
import { Header } from './components/header';
import { loadViewer, passwordChangeRedirect } from './lib/viewer.server';
import './app.css';

export function links() {
  return [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }];
}

/** The signed-in user for the header; a temporary password must be replaced before anything else. */
export async function loader({ request, url }: Route.LoaderArgs) {
  const viewer = await loadViewer(request);
  // `url`, not request.url: data requests end in ".data", which must not leak into the address sent back to.
  const to = passwordChangeRedirect(viewer, url);
  if (to) throw redirect(to);
  return { viewer };
}

// Only these forms change who is signed in, their name or their organisations. Reloading the header after any
// other submission would cost a request each time, and fail the test runner's answers sent while offline.
const VIEWER_CHANGING_ACTIONS = /^\/(connexion|deconnexion|inscription|mot-de-passe|invitations\/[^/?]+)(\?|$)/;

export function shouldRevalidate({ formAction, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return formAction && VIEWER_CHANGING_ACTIONS.test(formAction) ? defaultShouldRevalidate : false;
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
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // Refusals and missing pages carry the API's French message; other failures get a general one.
  const given = isRouteErrorResponse(error) && typeof error.data === 'string' && error.data ? error.data : null;
  const title = status === 404 ? 'Page introuvable' : status === 403 ? 'Accès refusé' : 'Une erreur est survenue';
  const message = status === 404
    ? given ?? "La page que vous cherchez n'existe pas ou a été déplacée."
    : status === 403
      ? given ?? "Vous n'avez pas accès à cette page."
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
