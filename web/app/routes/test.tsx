// The positioning test, one screen at a time: a question, a checkpoint every 5 answers, then the result.
import { useCallback, useEffect, useRef, useState } from 'react';
import { data, Link, useFetcher, type ShouldRevalidateFunctionArgs } from 'react-router';
import type { Route } from './+types/test';
import { Checkpoint } from '../components/checkpoint';
import { Header } from '../components/header';
import { Question } from '../components/question';
import { ShareResults } from '../components/share-results';
import { graphql } from '../gql';
import { loadScorecard } from '../lib/competence.server';
import { apiRequest, isAuthError } from '../lib/graphql.server';
import {
  answerFromFormData, answerToFormData, clearPendingAnswer, isNetworkFailure, readPendingAnswer, savePendingAnswer,
} from '../lib/pending-answer';
import { requireToken, signOut } from '../lib/session.server';

const TestQuery = graphql(`
  query PositioningTest($id: ID!) {
    me { firstName lastName }
    assessment(id: $id) {
      id
      state
      answeredCount
      competence { code name area { code } }
      campaignParticipation { id status sharedAt campaign { name code type } }
      nextChallenge {
        id type instruction proposals timerSeconds focused
        illustration { url alt }
        attachment { name url }
        embed { url title height }
      }
      checkpoint {
        challenge { id instruction }
        status givenAnswer correctAnswer
        tutorials { title url format durationMinutes }
      }
    }
  }
`);

const CampaignOrganizerQuery = graphql(`
  query CampaignOrganizer($code: String!) {
    campaignByCode(code: $code) { organizationName }
  }
`);

const SubmitAnswerMutation = graphql(`
  mutation SubmitAnswer($input: AnswerInput!) {
    submitAnswer(input: $input) { status }
  }
`);

export function meta({ loaderData }: Route.MetaArgs) {
  const competence = loaderData?.assessment.competence;
  const campaign = loaderData?.assessment.campaignParticipation?.campaign;
  if (campaign) return [{ title: `Parcours ${campaign.name} – OpenCRCN` }];
  return [{ title: competence ? `Test ${competence.code} ${competence.name} – OpenCRCN` : 'Test – OpenCRCN' }];
}

/** The end of a campaign's parcours offers to send the results: the organisation's name says to whom. */
async function campaignEnd(token: string, participation: { campaign: { code: string } } | null | undefined) {
  if (!participation) return null;
  const result = await apiRequest(token, CampaignOrganizerQuery, { code: participation.campaign.code });
  return { organizationName: result.data?.campaignByCode?.organizationName ?? "l'organisateur" };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const result = await apiRequest(token, TestQuery, { id: params.id });
  if (result.error) {
    if (isAuthError(result.error)) throw await signOut(request);
    throw data(result.error.message, { status: result.error.code === 'ASSESSMENT_NOT_FOUND' ? 404 : 502 });
  }
  const { me, assessment } = result.data;
  if (!me) throw await signOut(request);
  if (!assessment) throw data("Ce test n'existe pas.", { status: 404 });

  if (!assessment.nextChallenge) {
    const code = assessment.competence?.code;
    const scorecard = code ? (await loadScorecard(request, token, code)).scorecard : null;
    const campaign = await campaignEnd(token, assessment.campaignParticipation);
    return { user: me, assessment, screen: 'end' as const, result: scorecard && { level: scorecard.level, pix: scorecard.pix }, campaign };
  }
  // "Continuer" links to ?etape=<answers so far>: the checkpoint of that moment has been read.
  const acknowledged = new URL(request.url).searchParams.get('etape') === String(assessment.answeredCount);
  const screen = assessment.checkpoint && !acknowledged ? ('checkpoint' as const) : ('question' as const);
  return { user: me, assessment, screen, result: null, campaign: null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const answer = answerFromFormData(params.id, await request.formData());
  const result = await apiRequest(token, SubmitAnswerMutation, {
    input: {
      assessmentId: params.id,
      challengeId: answer.challengeId,
      value: answer.value,
      // Only empty when the form was sent before the page's script ran: nothing could resend it anyway.
      clientAnswerId: answer.clientAnswerId || crypto.randomUUID(),
      timeSpentSeconds: answer.timeSpentSeconds,
      focusedOut: answer.focusedOut,
    },
  });
  if (result.error) {
    if (isAuthError(result.error)) throw await signOut(request);
    // The page then reloads (revalidation): a stale question is replaced by the current one.
    return { failed: { ...result.error, challengeId: answer.challengeId } };
  }
  return { status: result.data.submitAnswer.status };
}

/** Keeps the answer in the browser until the server has it: a network failure leaves it there, to be resent. */
export async function clientAction({ request, params, serverAction }: Route.ClientActionArgs) {
  const answer = answerFromFormData(params.id, await request.clone().formData());
  savePendingAnswer(answer);
  try {
    const result = await serverAction();
    clearPendingAnswer(answer.clientAnswerId);
    return result;
  } catch (error) {
    if (!isNetworkFailure(error)) {
      clearPendingAnswer(answer.clientAnswerId);
      throw error;
    }
    return { offline: true as const };
  }
}

export function shouldRevalidate({ actionResult, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  // Offline, reloading the question would fail as well: the page stays as it is until the answer leaves.
  if (actionResult && typeof actionResult === 'object' && 'offline' in actionResult) return false;
  return defaultShouldRevalidate;
}

const RESEND_EVERY_MS = 15_000;

/** Sends answers through one fetcher, and resends the one kept offline when the connection comes back. */
function useAnswerSender(assessmentId: string) {
  const fetcher = useFetcher<typeof clientAction>({ key: `reponses-${assessmentId}` });
  const fetcherRef = useRef(fetcher);
  useEffect(() => { fetcherRef.current = fetcher; });
  const [waiting, setWaiting] = useState(false);

  const send = useCallback((form: FormData) => {
    void fetcherRef.current.submit(form, { method: 'post' });
  }, []);

  // Whether an answer still waits, read again each time a sending ends.
  useEffect(() => {
    if (fetcher.state === 'idle') setWaiting(readPendingAnswer(assessmentId) !== null);
  }, [fetcher.state, assessmentId]);

  // On load, on the `online` event, and now and then in case the event was missed or the server was down.
  useEffect(() => {
    const resend = () => {
      const answer = readPendingAnswer(assessmentId);
      if (answer && navigator.onLine && fetcherRef.current.state === 'idle') send(answerToFormData(answer));
    };
    resend();
    window.addEventListener('online', resend);
    const timer = setInterval(resend, RESEND_EVERY_MS);
    return () => {
      window.removeEventListener('online', resend);
      clearInterval(timer);
    };
  }, [assessmentId, send]);

  const failed = fetcher.data && 'failed' in fetcher.data ? fetcher.data.failed ?? null : null;
  return { send, busy: fetcher.state !== 'idle', waiting: waiting && fetcher.state === 'idle', failed };
}

export default function Test({ loaderData }: Route.ComponentProps) {
  const { user, assessment, screen, result, campaign } = loaderData;
  const { competence, nextChallenge, checkpoint, answeredCount } = assessment;
  const sender = useAnswerSender(assessment.id);

  let notice = null;
  if (sender.waiting) {
    notice = <p role="status" className="banner banner-todo">Vous êtes hors ligne : votre réponse est gardée et sera envoyée dès le retour de la connexion.</p>;
  } else if (sender.failed && nextChallenge) {
    // A stale question has been replaced by the current one (revalidation); other errors concern the question shown.
    const stale = sender.failed.code === 'CHALLENGE_NOT_CURRENT' && sender.failed.challengeId !== nextChallenge.id;
    if (stale || sender.failed.challengeId === nextChallenge.id) {
      notice = (
        <p role="alert" className="alert alert-error">
          {stale ? "Cette question n'était plus celle en cours : voici la question où en est votre test." : sender.failed.message}
        </p>
      );
    }
  }

  return (
    <>
      <Header user={user} />
      <main id="contenu" className={`page page-medium area-${competence?.area.code ?? 'none'}`}>
        {screen === 'question' && nextChallenge && (
          <Question
            key={`${nextChallenge.id}-${answeredCount}`}
            number={answeredCount + 1}
            competence={competence}
            challenge={nextChallenge}
            send={sender.send}
            locked={sender.busy || sender.waiting}
            notice={notice}
          />
        )}
        {screen === 'checkpoint' && checkpoint && (
          <Checkpoint reviews={checkpoint}>
            <p className="actions">
              <Link to={`/tests/${assessment.id}?etape=${answeredCount}`} className="button">Continuer</Link>
            </p>
          </Checkpoint>
        )}
        {screen === 'end' && (
          <div data-testid="test-end" className="test-end">
            {checkpoint && checkpoint.length > 0 && <Checkpoint reviews={checkpoint} />}
            {assessment.campaignParticipation && campaign ? (
              <CampaignTestEnd
                titleLevel={checkpoint && checkpoint.length > 0 ? 2 : 1}
                participation={assessment.campaignParticipation}
                organizationName={campaign.organizationName}
              />
            ) : (
              <TestResult
                titleLevel={checkpoint && checkpoint.length > 0 ? 2 : 1}
                completed={assessment.state === 'COMPLETED'}
                competence={competence}
                result={result}
              />
            )}
          </div>
        )}
      </main>
    </>
  );
}

interface TestResultProps {
  titleLevel: 1 | 2;
  completed: boolean;
  competence: { code: string; name: string } | null | undefined;
  result: { level: number; pix: number } | null;
}

function TestResult({ titleLevel, completed, competence, result }: TestResultProps) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  return (
    <section className="result" aria-labelledby="resultat">
      <Title id="resultat">{completed ? 'Test terminé' : "Ce test n'est plus en cours"}</Title>
      {competence && <p className="result-competence">{competence.code} {competence.name}</p>}
      {result && (
        <p className="result-score">
          <span className="result-level">Niveau {result.level}</span>
          <span className="result-pix">{result.pix} pix</span>
        </p>
      )}
      <p className="actions">
        <Link to="/profil" className="button">Retour à mon profil</Link>
        {competence && <Link to={`/competences/${competence.code}`} className="button button-secondary">Voir la compétence</Link>}
      </p>
    </section>
  );
}

interface CampaignTestEndProps {
  titleLevel: 1 | 2;
  participation: { id: string; status: string; sharedAt?: string | null; campaign: { name: string; code: string } };
  organizationName: string;
}

/** A campaign's parcours ends with sending the results to the organisation (the learner decides when). */
function CampaignTestEnd({ titleLevel, participation, organizationName }: CampaignTestEndProps) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  const { campaign } = participation;
  return (
    <section className="result" aria-labelledby="resultat">
      <Title id="resultat">Parcours terminé</Title>
      <p className="result-competence">{campaign.name}</p>
      {participation.status === 'TO_SHARE' && (
        <p>Envoyez vos résultats pour que {organizationName} puisse les consulter.</p>
      )}
      <div className="actions">
        {participation.status !== 'STARTED' && (
          <ShareResults
            code={campaign.code} participationId={participation.id} status={participation.status}
            sharedAt={participation.sharedAt} organizationName={organizationName} what="résultats"
          />
        )}
        <Link to="/profil" className="button button-secondary">Retour à mon profil</Link>
      </div>
    </section>
  );
}
