// An invitation link (or a school's activation link): what it offers, then joining with the signed-in account.
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/invitation';
import { FormError } from '../components/field';
import { Header } from '../components/header';
import { graphql } from '../gql';
import { failureStatus, load, mutate } from '../lib/api.server';
import { longDate } from '../lib/dates';
import { ROLE_LABELS } from '../lib/labels';
import { getToken, requireToken } from '../lib/session.server';

const InvitationQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) { organizationName role email expiresAt isExpired isAccepted }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) { role organization { id name } }
  }
`);

export function meta() {
  return [{ title: 'Invitation – OpenCRCN' }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { invitation } = await load(request, null, InvitationQuery, { token: params.token });
  if (!invitation) throw data("Ce lien d'invitation n'est pas valide.", { status: 404 });
  return { invitation, signedIn: !!(await getToken(request)) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const result = await mutate(request, token, AcceptInvitationMutation, { token: params.token });
  if (result.error) return data({ error: result.error.message }, { status: failureStatus(result.error) });
  return redirect(`/orga/${result.data.acceptInvitation.organization.id}`);
}

export default function Invitation({ loaderData, actionData, params }: Route.ComponentProps) {
  const { invitation, signedIn } = loaderData;
  const navigation = useNavigation();
  const here = `/invitations/${params.token}`;
  const usable = !invitation.isExpired && !invitation.isAccepted;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Rejoindre {invitation.organizationName}</h1>
        <p>
          Cette invitation, envoyée à {invitation.email}, propose de rejoindre l'espace de {invitation.organizationName} sur
          OpenCRCN en tant que <strong>{ROLE_LABELS[invitation.role].toLowerCase()}</strong>.
        </p>
        {invitation.isAccepted && <p className="banner banner-todo">Cette invitation a déjà été utilisée.</p>}
        {!invitation.isAccepted && invitation.isExpired && (
          <p className="banner banner-todo">Cette invitation a expiré le {longDate(invitation.expiresAt)} : demandez-en une nouvelle.</p>
        )}
        {usable && (
          <>
            <p className="muted">Elle est valable jusqu'au {longDate(invitation.expiresAt)}.</p>
            <FormError message={actionData?.error} />
            {signedIn ? (
              <Form method="post" className="actions">
                <button type="submit" className="button" disabled={navigation.state === 'submitting'}>Rejoindre</button>
              </Form>
            ) : (
              <div className="actions">
                <Link to={`/connexion?redirectTo=${encodeURIComponent(here)}`} className="button">Se connecter pour rejoindre</Link>
                <Link to={`/inscription?redirectTo=${encodeURIComponent(here)}`} className="button button-secondary">Créer un compte</Link>
              </div>
            )}
          </>
        )}
      </main>
    </>
  );
}
