import { data, Form, Link, redirect, useNavigation, useSearchParams } from 'react-router';
import type { Route } from './+types/competence';
import { Header } from '../components/header';
import { graphql } from '../gql';
import { loadScorecard, type LoadedScorecard } from '../lib/competence.server';
import { plural } from '../lib/format';
import { apiRequest, isAuthError } from '../lib/graphql.server';
import { levelProgress, PIX_PER_LEVEL, STATUS_LABELS } from '../lib/scorecard';
import { requireToken, signOut } from '../lib/session.server';

const StartMutation = graphql(`
  mutation StartCompetenceEvaluation($code: String!) {
    startCompetenceEvaluation(competenceCode: $code) { id }
  }
`);

export function meta({ loaderData }: Route.MetaArgs) {
  const competence = loaderData?.scorecard.competence;
  return [{ title: competence ? `${competence.code} ${competence.name} – OpenCRCN` : 'Compétence – OpenCRCN' }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  return loadScorecard(request, token, params.code);
}

/** Starts the test, or resumes the one in progress (the API decides), and opens it. */
export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const result = await apiRequest(token, StartMutation, { code: params.code });
  if (result.error) {
    if (isAuthError(result.error)) throw await signOut(request);
    return data({ error: result.error.message }, { status: result.error.code === 'API_UNAVAILABLE' ? 502 : 409 });
  }
  return redirect(`/tests/${result.data.startCompetenceEvaluation.id}`);
}

function StartAction({ scorecard }: { scorecard: LoadedScorecard }) {
  const navigation = useNavigation();
  const { status, remainingDaysBeforeImproving } = scorecard;
  if (status === 'COMPLETED' && remainingDaysBeforeImproving > 0) {
    return (
      <button type="button" className="button button-unavailable" disabled>
        Vous pourrez retenter dans {plural(remainingDaysBeforeImproving, 'jour')}
      </button>
    );
  }
  const label = status === 'NOT_STARTED' ? 'Commencer' : status === 'STARTED' ? 'Reprendre' : 'Retenter';
  return (
    <Form method="post">
      <button type="submit" className="button" disabled={navigation.state !== 'idle'}>{label}</button>
    </Form>
  );
}

function ResetAction({ scorecard }: { scorecard: LoadedScorecard }) {
  // Nothing to reset before a first evaluation.
  if (scorecard.status === 'NOT_STARTED') return null;
  const days = scorecard.remainingDaysBeforeReset;
  if (days > 0) {
    return <p className="action-note">Vous pourrez remettre cette compétence à zéro dans {plural(days, 'jour')}.</p>;
  }
  return (
    <Link to={`/competences/${scorecard.competence.code}/remise-a-zero`} className="button button-secondary">
      Remettre à zéro
    </Link>
  );
}

const INTRODUCTIONS: Record<LoadedScorecard['status'], string> = {
  NOT_STARTED: "Un test adaptatif d'une dizaine de questions, avec un point d'étape toutes les 5 réponses, mesure votre niveau.",
  STARTED: "Votre test est en cours : reprenez-le là où vous l'aviez laissé.",
  COMPLETED: 'Vous avez terminé le test de cette compétence. Vous pouvez le retenter pour améliorer votre niveau.',
};

export default function Competence({ loaderData, actionData }: Route.ComponentProps) {
  const { user, scorecard } = loaderData;
  const { competence, level, pix, pixToNextLevel, status } = scorecard;
  const [searchParams] = useSearchParams();
  const progress = levelProgress(level, pixToNextLevel);
  return (
    <>
      <Header user={user} />
      <main id="contenu" className={`page page-medium area-${competence.area.code}`}>
        <p className="back-link"><Link to="/profil">Retour à mon profil</Link></p>
        <p className="eyebrow">
          <span className="area-code">{competence.area.code}</span> {competence.area.title}
        </p>
        <h1><span className="card-code">{competence.code}</span> {competence.name}</h1>
        {searchParams.has('remise') && (
          <p role="status" className="banner banner-ok">La compétence a été remise à zéro : vous pouvez la recommencer.</p>
        )}
        {actionData?.error && <p role="alert" className="alert alert-error">{actionData.error}</p>}

        <section className="panel" aria-label="Votre résultat">
          <dl className="stats">
            <div><dt>Niveau</dt><dd>{level}</dd></div>
            <div><dt>Pix</dt><dd>{pix}</dd></div>
            <div><dt>Statut</dt><dd>{STATUS_LABELS[status]}</dd></div>
          </dl>
          <progress className="card-progress" max={PIX_PER_LEVEL} value={progress.value} aria-label={progress.label} />
          <p className="progress-label">{progress.label}</p>
        </section>

        <p>{INTRODUCTIONS[status]}</p>
        <div className="actions">
          <StartAction scorecard={scorecard} />
          <ResetAction scorecard={scorecard} />
        </div>
      </main>
    </>
  );
}
