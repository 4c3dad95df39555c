// The certification test. Every full load of this page is a new entry into the test (enterCertification in the
// loader): the first comes with the start, any later one needs the invigilator's authorisation. Answers go
// through the action, which returns the next question, so the loader does not run again between questions.
import { useEffect, useRef, useState } from 'react';
import { data, redirect, useFetcher, useRevalidator, type ShouldRevalidateFunctionArgs } from 'react-router';
import type { Route } from './+types/candidat-test';
import { useCountdown } from '../../components/certif-countdown';
import { Header } from '../../components/header';
import { Question } from '../../components/question';
import { graphql } from '../../gql';
import type { CertifTestAssessmentFragment } from '../../gql/graphql';
import { certifLoad, certifMutate, type CertifError } from '../../lib/certif-api.server';
import { candidateStep, loadMyCandidate } from '../../lib/certif-candidate.server';
import { clock } from '../../lib/certif-forms';
import { answerFromFormData, isNetworkFailure } from '../../lib/pending-answer';
import { requireToken } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

graphql(`
  fragment CertifTestAssessment on Assessment {
    id state answeredCount
    nextChallenge {
      id type instruction proposals timerSeconds focused
      illustration { url alt }
      attachment { name url }
      embed { url title height }
    }
  }
`);

const EnterMutation = graphql(`
  mutation CertifEnter($assessmentId: ID!) {
    enterCertification(assessmentId: $assessmentId)
  }
`);

const AssessmentQuery = graphql(`
  query CertifTestAssessment($id: ID!) {
    assessment(id: $id) { ...CertifTestAssessment }
  }
`);

const AnswerMutation = graphql(`
  mutation CertifSubmitAnswer($input: AnswerInput!) {
    submitAnswer(input: $input) { assessment { ...CertifTestAssessment } }
  }
`);

/** What the page shows of the test: the question being asked, null once there is none. */
function view(assessment: CertifTestAssessmentFragment) {
  return { id: assessment.id, answeredCount: assessment.answeredCount, challenge: assessment.state === 'STARTED' ? assessment.nextChallenge ?? null : null };
}

type TestView = ReturnType<typeof view>;

/** Codes after which the test has nothing more to ask. */
const ENDED = new Set(['CERTIFICATION_TEST_ENDED', 'ASSESSMENT_NOT_IN_PROGRESS']);

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta() {
  return [{ title: 'Certification – OpenCRCN' }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const candidate = await loadMyCandidate(request, token, params.sessionId);
  const step = candidateStep(candidate);
  if (step !== 'test') throw redirect(`/certification/${params.sessionId}/${step}`);
  const total = candidate.challengeCount;
  const assessmentId = candidate.assessment!.id;
  if (candidate.assessment!.state !== 'STARTED') return { screen: 'end' as const, total };

  const entry = await certifMutate(request, token, EnterMutation, { assessmentId });
  if (entry.error) {
    if (entry.error.code === 'RESUME_NOT_AUTHORIZED') return { screen: 'paused' as const, total, message: entry.error.message };
    if (ENDED.has(entry.error.code)) return { screen: 'end' as const, total };
    throw data(entry.error.message, { status: 502 });
  }
  const { assessment } = await certifLoad(request, token, AssessmentQuery, { id: assessmentId });
  if (!assessment) throw data("Ce test n'existe pas.", { status: 404 });
  const test = view(assessment);
  if (!test.challenge) return { screen: 'end' as const, total };
  // The candidate's time left, counted by the server from the start (extra time included).
  return { screen: 'question' as const, total, test, entryToken: entry.data.enterCertification, secondsLeft: candidate.timeLeftSeconds ?? null };
}

type AnswerResult =
  | { kind: 'next'; test: TestView; notice?: string }
  | { kind: 'paused'; message: string }
  | { kind: 'end' }
  | { kind: 'refused'; challengeId: string; message: string }
  | { kind: 'offline' };

export async function action({ request }: Route.ActionArgs): Promise<AnswerResult> {
  const token = await requireToken(request);
  const form = await request.formData();
  const assessmentId = String(form.get('assessmentId') ?? '');
  const answer = answerFromFormData(assessmentId, form);
  const result = await certifMutate(request, token, AnswerMutation, {
    input: {
      assessmentId,
      challengeId: answer.challengeId,
      value: answer.value,
      clientAnswerId: answer.clientAnswerId || crypto.randomUUID(),
      timeSpentSeconds: answer.timeSpentSeconds,
      focusedOut: answer.focusedOut,
      entryToken: String(form.get('entryToken') ?? ''),
    },
  });
  if (!result.error) {
    const test = view(result.data.submitAnswer.assessment);
    return test.challenge ? { kind: 'next', test } : { kind: 'end' };
  }
  return refusal(request, token, assessmentId, answer.challengeId, result.error);
}

async function refusal(request: Request, token: string, assessmentId: string, challengeId: string, error: CertifError): Promise<AnswerResult> {
  if (error.code === 'RESUME_NOT_AUTHORIZED') return { kind: 'paused', message: error.message };
  if (ENDED.has(error.code)) return { kind: 'end' };
  if (error.code === 'CHALLENGE_NOT_CURRENT') {
    // Sent twice, or from an older display: the question where the test really is replaces it.
    const { assessment } = await certifLoad(request, token, AssessmentQuery, { id: assessmentId });
    const test = assessment && view(assessment);
    if (test?.challenge) return { kind: 'next', test, notice: "Cette question n'était plus celle en cours : voici la question où en est votre test." };
    return { kind: 'end' };
  }
  return { kind: 'refused', challengeId, message: error.message };
}

/** A lost connection keeps the question on screen: the candidate sends the answer again. */
export async function clientAction({ serverAction }: Route.ClientActionArgs): Promise<AnswerResult> {
  try {
    return await serverAction();
  } catch (error) {
    if (isNetworkFailure(error)) return { kind: 'offline' };
    throw error;
  }
}

export function shouldRevalidate({ formMethod, formAction, currentUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  // The action already returned the next question; running the loader would be a new entry, refused.
  if (formMethod?.toUpperCase() === 'POST' && formAction?.split('?')[0] === currentUrl.pathname) return false;
  return defaultShouldRevalidate;
}

type LoaderData = Route.ComponentProps['loaderData'];
type Screen =
  | { kind: 'question'; test: TestView; notice?: string; refusal?: { challengeId: string; message: string } }
  | { kind: 'paused'; message: string }
  | { kind: 'end' };

function screenOf(loaded: LoaderData): Screen {
  if (loaded.screen === 'question') return { kind: 'question', test: loaded.test };
  if (loaded.screen === 'paused') return { kind: 'paused', message: loaded.message };
  return { kind: 'end' };
}

function nextScreen(result: AnswerResult, current: Screen): Screen {
  switch (result.kind) {
    case 'next': return { kind: 'question', test: result.test, notice: result.notice };
    case 'paused': return { kind: 'paused', message: result.message };
    case 'end': return { kind: 'end' };
    case 'refused': return current.kind === 'question' ? { ...current, refusal: { challengeId: result.challengeId, message: result.message } } : current;
    case 'offline': return current.kind === 'question'
      ? { ...current, notice: 'La connexion est perdue : votre réponse n’est pas partie. Vérifiez le réseau puis validez de nouveau.' }
      : current;
  }
}

const POLL_EVERY_MS = 3000;

/**
 * Asks now and then whether the test still runs (the invigilator may end it while a question is shown) and the
 * time left (extra time may be granted meanwhile).
 */
function useTestState(sessionId: string, running: boolean) {
  const poll = useFetcher<{ state: string | null; timeLeftSeconds: number | null }>({ key: `etat-${sessionId}` });
  const load = poll.load;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void load(`/certification/${sessionId}/etat`), POLL_EVERY_MS);
    return () => clearInterval(timer);
  }, [running, sessionId, load]);
  return { ended: !!poll.data?.state && poll.data.state !== 'STARTED', secondsLeft: poll.data?.timeLeftSeconds };
}

function EndScreen() {
  return (
    <section className="result certif-end" data-testid="certification-end" aria-labelledby="fin">
      <h1 id="fin">Test terminé : appelez le surveillant</h1>
      <p>Vos réponses sont enregistrées. Restez à votre place : le surveillant vous indique la suite.</p>
      <p className="muted">Les résultats seront disponibles après la délibération du jury, dans la rubrique « Mes certificats ».</p>
    </section>
  );
}

function PausedScreen({ message }: { message: string }) {
  const revalidator = useRevalidator();
  const busy = revalidator.state !== 'idle';
  return (
    <section className="result certif-paused" data-testid="certification-paused" aria-labelledby="pause">
      <h1 id="pause">Test en pause</h1>
      <p role="alert" className="notice">{message}</p>
      <p>Une fois la reprise autorisée, vous retrouvez la question où vous en étiez, et le temps continue de s'écouler.</p>
      {/* Running the loader again is a new entry: allowed once the invigilator has authorised it. */}
      <button type="button" className="button" disabled={busy} onClick={() => void revalidator.revalidate()}>
        {busy ? 'Vérification…' : 'Réessayer'}
      </button>
    </section>
  );
}

export default function CertificationTest({ loaderData, params }: Route.ComponentProps) {
  const fetcher = useFetcher<typeof clientAction>({ key: `certification-${params.sessionId}` });
  const [screen, setScreen] = useState<Screen>(() => screenOf(loaderData));
  // A new load (a retry after the pause) and each answer's result replace what is shown.
  const [seenLoad, setSeenLoad] = useState(loaderData);
  if (seenLoad !== loaderData) {
    setSeenLoad(loaderData);
    setScreen(screenOf(loaderData));
  }
  const [seenAnswer, setSeenAnswer] = useState(fetcher.data);
  if (fetcher.state === 'idle' && fetcher.data && fetcher.data !== seenAnswer) {
    setSeenAnswer(fetcher.data);
    setScreen(nextScreen(fetcher.data, screen));
  }

  const tokenInput = useRef<HTMLInputElement>(null);
  const question = screen.kind === 'question' ? screen.test : null;
  const polled = useTestState(params.sessionId, screen.kind === 'question');
  const left = useCountdown(polled.secondsLeft ?? (loaderData.screen === 'question' ? loaderData.secondsLeft : null));
  const over = screen.kind === 'end' || polled.ended || left === 0;

  function send(form: FormData) {
    if (!question) return;
    form.set('assessmentId', question.id);
    form.set('entryToken', tokenInput.current?.value ?? '');
    void fetcher.submit(form, { method: 'post' });
  }

  const entryToken = loaderData.screen === 'question' ? loaderData.entryToken : '';
  const refusal = screen.kind === 'question' && screen.refusal?.challengeId === question?.challenge?.id ? screen.refusal : null;
  const notice = screen.kind === 'question' && (refusal || screen.notice) ? (
    <p role="alert" className="alert alert-error">{refusal?.message ?? screen.notice}</p>
  ) : null;

  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        {/* The entry this page was given: answers carry it, an older page's entry no longer counts. */}
        <input type="hidden" name="entryToken" value={entryToken} ref={tokenInput} data-testid="entry-token" />
        {over ? <EndScreen /> : screen.kind === 'paused' ? <PausedScreen message={screen.message} /> : question?.challenge && (
          <>
            <div className="certif-test-bar">
              {left != null && (
                <p className="timer certif-test-timer">Fin du test dans <span role="timer" aria-label="Temps restant pour le test">{clock(left)}</span></p>
              )}
              <p className="certif-progress">{question.answeredCount} / {loaderData.total} questions répondues</p>
            </div>
            <Question
              key={`${question.challenge.id}-${question.answeredCount}`}
              number={question.answeredCount + 1}
              competence={null}
              challenge={question.challenge}
              send={send}
              locked={fetcher.state !== 'idle'}
              notice={notice}
            />
          </>
        )}
      </main>
    </>
  );
}
