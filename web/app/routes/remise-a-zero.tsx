// A page of its own to confirm a reset: it cannot be undone, and it works without JavaScript.
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/remise-a-zero';
import { Header } from '../components/header';
import { graphql } from '../gql';
import { loadScorecard } from '../lib/competence.server';
import { apiRequest, isAuthError } from '../lib/graphql.server';
import { requireToken, signOut } from '../lib/session.server';

const ResetMutation = graphql(`
  mutation ResetCompetence($code: String!) {
    resetCompetence(competenceCode: $code) { level }
  }
`);

export function meta() {
  return [{ title: 'Remettre une compétence à zéro – OpenCRCN' }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const loaded = await loadScorecard(request, token, params.code);
  // Nothing to reset yet, or too early: the competence page says why.
  const { status, remainingDaysBeforeReset } = loaded.scorecard;
  if (status === 'NOT_STARTED' || remainingDaysBeforeReset > 0) throw redirect(`/competences/${params.code}`);
  return loaded;
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const result = await apiRequest(token, ResetMutation, { code: params.code });
  if (result.error) {
    if (isAuthError(result.error)) throw await signOut(request);
    return data({ error: result.error.message }, { status: result.error.code === 'API_UNAVAILABLE' ? 502 : 409 });
  }
  return redirect(`/competences/${params.code}?remise=faite`);
}

export default function RemiseAZero({ loaderData, actionData }: Route.ComponentProps) {
  const { user, scorecard } = loaderData;
  const { competence, level, pix } = scorecard;
  const navigation = useNavigation();
  const back = `/competences/${competence.code}`;
  return (
    <>
      <Header user={user} />
      <main id="contenu" className={`page page-medium area-${competence.area.code}`}>
        <p className="back-link"><Link to={back}>Retour à la compétence</Link></p>
        <p className="eyebrow">{competence.code} {competence.name}</p>
        <h1>Remettre cette compétence à zéro ?</h1>
        <p>
          Votre niveau ({level}) et vos pix ({pix}) sur cette compétence repasseront à 0, et un test en cours sera abandonné.
          Vous pourrez ensuite repasser le test depuis le début. Cette action est définitive.
        </p>
        {actionData?.error && <p role="alert" className="alert alert-error">{actionData.error}</p>}
        <div className="actions">
          <Form method="post">
            <button type="submit" className="button button-danger" disabled={navigation.state !== 'idle'}>
              Oui, remettre à zéro
            </button>
          </Form>
          <Link to={back} className="button button-secondary">Annuler</Link>
        </div>
      </main>
    </>
  );
}
