// The candidate types the access code the invigilator gives: the test starts, its timer with it.
import { data, Form, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/candidat-code';
import { Field, FormError } from '../../components/field';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { certifMutate, refusalStatus } from '../../lib/certif-api.server';
import { candidateStep, loadMyCandidate } from '../../lib/certif-candidate.server';
import { requireToken } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

const StartMutation = graphql(`
  mutation CertifStart($sessionId: ID!, $accessCode: String!) {
    startCertification(sessionId: $sessionId, accessCode: $accessCode) { id }
  }
`);

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta() {
  return [{ title: "Code d'accès – OpenCRCN" }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const candidate = await loadMyCandidate(request, token, params.sessionId);
  const step = candidateStep(candidate);
  if (step !== 'code') throw redirect(`/certification/${params.sessionId}/${step}`);
  return { candidate };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const accessCode = String((await request.formData()).get('accessCode') ?? '').trim().toUpperCase();
  if (!accessCode) return data({ error: null, message: "Saisissez le code d'accès donné par le surveillant." }, { status: 400 });
  const result = await certifMutate(request, token, StartMutation, { sessionId: params.sessionId, accessCode });
  if (result.error) return data({ error: result.error.code, message: result.error.message }, { status: refusalStatus(result.error) });
  return redirect(`/certification/${params.sessionId}/test`);
}

export default function Code({ loaderData, actionData }: Route.ComponentProps) {
  const { candidate } = loaderData;
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Session n° {candidate.session?.id}</h1>
        <p className="banner banner-ok">Présence confirmée : saisissez le code d'accès quand le surveillant vous le donne.</p>
        <p className="lead">Le test dure 1 h 45 (plus votre temps majoré éventuel) et commence dès que le code est validé.</p>
        <Form method="post" className="form" noValidate>
          <Field
            name="accessCode" label="Code d'accès" className="code-input" autoComplete="off" spellCheck={false} maxLength={10}
            error={actionData?.message ?? undefined} required
          />
          <div><button type="submit" className="button" disabled={busy}>{busy ? 'Vérification…' : 'Commencer le test'}</button></div>
        </Form>
        {actionData?.error === 'NOT_AUTHORIZED_TO_START' && <FormError message="Retournez à l'attente : le surveillant doit confirmer votre présence." />}
      </main>
    </>
  );
}
