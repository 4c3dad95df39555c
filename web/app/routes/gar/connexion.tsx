// A known portal (ENT) account comes back here from the API with its session token in the fragment: the page hands
// the token to its action, which checks it with the API and keeps it in the session cookie.
import { useState } from 'react';
import { data, Link, redirectDocument, useFetcher } from 'react-router';
import type { Route } from './+types/connexion';
import { FormError } from '../../components/field';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { apiRequest, isAuthError } from '../../lib/graphql.server';
import { commitToken, safeRedirect } from '../../lib/session.server';
import { useFragment } from './handoff';

const PortalSessionQuery = graphql(`
  query PortalSession {
    me { id }
  }
`);

const REFUSED = 'Votre connexion depuis l’ENT n’est plus valable (lien expiré ou incomplet). Reconnectez-vous depuis votre ENT, ou avec votre identifiant et votre mot de passe.';

export function meta() {
  return [{ title: 'Connexion depuis l’ENT – OpenCRCN' }];
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const token = String(form.get('token') ?? '');
  if (!token || token.length > 4096) return data({ error: REFUSED }, { status: 400 });
  const result = await apiRequest(token, PortalSessionQuery, {});
  if (result.error && !isAuthError(result.error)) return data({ error: result.error.message }, { status: 502 });
  if (result.error || !result.data.me) return data({ error: REFUSED }, { status: 401 });
  // A full page load: the header then reads the new session (the root loader skips most actions' revalidations).
  return redirectDocument(safeRedirect(form.get('retour')), { headers: { 'Set-Cookie': await commitToken(request, token) } });
}

export default function GarConnexion() {
  const fetcher = useFetcher<typeof action>();
  const [missing, setMissing] = useState(false);

  useFragment((fragment) => {
    const token = fragment.get('token');
    if (!token) {
      setMissing(true);
      return;
    }
    fetcher.submit({ token, retour: fragment.get('retour') ?? '' }, { method: 'post' });
  });

  const error = fetcher.data?.error;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Connexion depuis l’ENT</h1>
        {error ? (
          <>
            <FormError message={error} />
            <p><Link to="/connexion" className="button">Se connecter avec un identifiant</Link></p>
          </>
        ) : missing ? (
          <>
            <p className="alert alert-error" role="alert">
              Aucune connexion n’a été reçue de votre ENT : cette page s’ouvre depuis l’ENT, ou a peut-être été rechargée.
              Ouvrez à nouveau OpenCRCN depuis votre ENT, ou connectez-vous avec votre identifiant.
            </p>
            <p><Link to="/connexion" className="button">Se connecter avec un identifiant</Link></p>
          </>
        ) : (
          <>
            <p role="status">Connexion en cours…</p>
            <noscript>
              <p className="alert alert-error">
                La connexion depuis l’ENT a besoin de JavaScript, qui est désactivé dans ce navigateur. Activez-le puis
                ouvrez à nouveau OpenCRCN depuis votre ENT, ou <a href="/connexion">connectez-vous avec votre identifiant</a>.
              </p>
            </noscript>
          </>
        )}
      </main>
    </>
  );
}
