// The invigilator's sign-in: the session number and the invigilator password printed in the session's documents.
import { data, Form, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/surveillance-connexion';
import { Field, FormError } from '../../components/field';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { certifRequest, refusalStatus } from '../../lib/certif-api.server';
import { commitInvigilator } from '../../lib/certif-session.server';
import certifCss from '../../certif.css?url';

const SignInMutation = graphql(`
  mutation CertifSignInInvigilator($sessionId: ID!, $password: String!) {
    signInInvigilator(sessionId: $sessionId, password: $password) { token }
  }
`);

interface ActionResult { errors: Record<string, string>; message: string | null; sessionId: string }

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta() {
  return [{ title: 'Surveillance d’une session – OpenCRCN' }];
}

export function loader({ url }: Route.LoaderArgs) {
  return { sessionId: url.searchParams.get('session') ?? '' };
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const sessionId = String(form.get('sessionId') ?? '').trim();
  const password = String(form.get('password') ?? '').trim();
  const errors: Record<string, string> = {};
  if (!/^\d+$/.test(sessionId)) errors.sessionId = 'Le numéro de session ne contient que des chiffres.';
  if (!password) errors.password = 'Saisissez le mot de passe surveillant.';
  if (Object.keys(errors).length) return data<ActionResult>({ errors, message: null, sessionId }, { status: 400 });

  const result = await certifRequest(null, SignInMutation, { sessionId, password });
  if (result.error) return data<ActionResult>({ errors: {}, message: result.error.message, sessionId }, { status: refusalStatus(result.error) });
  return redirect(`/surveillance/${sessionId}`, {
    headers: { 'Set-Cookie': await commitInvigilator(request, sessionId, result.data.signInInvigilator.token) },
  });
}

export default function SurveillanceConnexion({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const errors = actionData?.errors ?? {};
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Surveiller une session</h1>
        <p className="lead">Le numéro de session et le mot de passe surveillant figurent dans le kit surveillant remis par le centre.</p>
        <FormError message={actionData?.message} />
        <Form method="post" className="form" noValidate>
          <Field
            name="sessionId" label="Numéro de session" inputMode="numeric" autoComplete="off"
            defaultValue={actionData?.sessionId ?? loaderData.sessionId} error={errors.sessionId} required
          />
          <Field name="password" label="Mot de passe surveillant" className="code-input" autoComplete="off" spellCheck={false} error={errors.password} required />
          <div><button type="submit" className="button" disabled={busy}>{busy ? 'Connexion…' : 'Accéder à la surveillance'}</button></div>
        </Form>
      </main>
    </>
  );
}
