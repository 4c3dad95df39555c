// The invigilator's live table: who has arrived, confirmed presence, answers so far and time left, pushed by the
// API as it happens; the access code to give; and the actions of the room (presence, resume, end, extra time).
import { useCallback, useEffect, useRef, useState } from 'react';
import { data, Form, useFetcher, useRevalidator } from 'react-router';
import type { Route } from './+types/surveillance';
import { ConfirmButton } from '../../components/certif-confirm';
import { Countdown } from '../../components/certif-countdown';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import type { CertifSupervisionCandidateFragment } from '../../gql/graphql';
import { certifRequest, refusalStatus } from '../../lib/certif-api.server';
import { apiWebSocketUrl } from '../../lib/certif-forms';
import { LIVE_STATUS_LABELS, SESSION_STATUS_LABELS } from '../../lib/certif-labels';
import { leaveSupervision, requireInvigilatorToken } from '../../lib/certif-session.server';
import { useSubscription, type ConnectionState } from '../../lib/certif-supervision';
import { calendarDate } from '../../lib/dates';
import { isAuthError } from '../../lib/graphql.server';
import certifCss from '../../certif.css?url';

// The fields of a row of the table, named for its props.
graphql(`
  fragment CertifSupervisionCandidate on CertificationCandidate {
    id firstName lastName birthdate division extraTimePercentage liveStatus answeredCount challengeCount
    timeLeftSeconds authorizedToStart authorizedToResume
  }
`);

const SupervisionQuery = graphql(`
  query CertifSupervision($id: ID!) {
    certificationSession(id: $id) {
      id date time room address examiner status accessCode
      certificationCenter { name }
      candidates { ...CertifSupervisionCandidate }
    }
  }
`);

// Only which candidate changed: the table is then read again (see useRefreshOnPush).
const SupervisionSubscription = graphql(`
  subscription CertifSessionSupervision($sessionId: ID!) {
    sessionSupervision(sessionId: $sessionId) { id }
  }
`);

const PresenceMutation = graphql(`
  mutation CertifAuthorizeToStart($candidateId: ID!, $authorized: Boolean) {
    authorizeCandidateToStart(candidateId: $candidateId, authorized: $authorized) { id }
  }
`);

const ResumeMutation = graphql(`
  mutation CertifAuthorizeToResume($candidateId: ID!) {
    authorizeCandidateToResume(candidateId: $candidateId) { id }
  }
`);

const EndMutation = graphql(`
  mutation CertifEndTest($candidateId: ID!) {
    endCandidateTest(candidateId: $candidateId) { id }
  }
`);

const ExtraTimeMutation = graphql(`
  mutation CertifGrantExtraTime($candidateId: ID!, $extraTimePercentage: Int!) {
    grantExtraTime(candidateId: $candidateId, extraTimePercentage: $extraTimePercentage) { id }
  }
`);

type Candidate = CertifSupervisionCandidateFragment;

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta({ params }: Route.MetaArgs) {
  return [{ title: `Surveillance de la session n° ${params.sessionId} – OpenCRCN` }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireInvigilatorToken(request, params.sessionId);
  const result = await certifRequest(token, SupervisionQuery, { id: params.sessionId });
  if (result.error) {
    if (isAuthError(result.error)) throw await leaveSupervision(request, params.sessionId);
    throw data(result.error.message, { status: result.error.code === 'FORBIDDEN' ? 403 : 502 });
  }
  const session = result.data.certificationSession;
  if (!session) throw data("Cette session n'existe pas.", { status: 404 });
  // The browser subscribes to the changes itself: it needs the API's address and this session's token.
  return { session, wsUrl: apiWebSocketUrl(process.env), token };
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const intent = String(form.get('intent'));
  if (intent === 'leave') return leaveSupervision(request);
  const token = await requireInvigilatorToken(request, params.sessionId);
  const candidateId = String(form.get('candidateId') ?? '');
  const run = () => {
    switch (intent) {
      case 'presence': return certifRequest(token, PresenceMutation, { candidateId, authorized: true });
      case 'absence': return certifRequest(token, PresenceMutation, { candidateId, authorized: false });
      case 'resume': return certifRequest(token, ResumeMutation, { candidateId });
      case 'end': return certifRequest(token, EndMutation, { candidateId });
      case 'extra': return certifRequest(token, ExtraTimeMutation, { candidateId, extraTimePercentage: Number(form.get('extraTimePercentage')) });
      default: return null;
    }
  };
  const result = await run();
  if (!result) return data({ message: 'Action inconnue.' }, { status: 400 });
  if (result.error) {
    if (isAuthError(result.error)) throw await leaveSupervision(request, params.sessionId);
    return data({ message: result.error.message }, { status: refusalStatus(result.error) });
  }
  return { message: null };
}

const CONNECTION_TEXT: Record<ConnectionState, string> = {
  connecting: 'Connexion…',
  connected: 'Connecté',
  lost: 'Connexion perdue, reconnexion…',
};

function AccessCode({ code }: { code: string }) {
  const [shown, setShown] = useState(false);
  return (
    <section className="panel certif-access" aria-labelledby="code-acces">
      <h2 id="code-acces">Code d'accès</h2>
      <p className="big-code" data-testid="access-code" aria-live="polite">
        {shown ? code : <span aria-label="Code masqué">••••••</span>}
      </p>
      <button type="button" className="button button-secondary" aria-pressed={shown} onClick={() => setShown(!shown)}>
        {shown ? 'Masquer' : 'Afficher'}
      </button>
      <p className="muted">Donnez-le aux candidats au moment de commencer, une fois leur présence confirmée.</p>
    </section>
  );
}

function CandidateRow({ candidate: c, open }: { candidate: Candidate; open: boolean }) {
  const fetcher = useFetcher<typeof action>();
  const busy = fetcher.state !== 'idle';
  const name = `${c.firstName} ${c.lastName}`;
  const send = (intent: string, extra: Record<string, string> = {}) => fetcher.submit({ intent, candidateId: c.id, ...extra }, { method: 'post' });
  const started = c.liveStatus === 'STARTED';
  const failure = fetcher.state === 'idle' && fetcher.data?.message;
  return (
    <tr data-testid="candidate-row" data-candidate-id={c.id} className={`certif-live-${c.liveStatus.toLowerCase()}`}>
      <td>{c.lastName}</td>
      <td>{c.firstName}</td>
      <td>{c.division ?? '–'}</td>
      <td><span className={`status certif-live-status certif-live-status-${c.liveStatus.toLowerCase()}`} data-testid="live-status">{LIVE_STATUS_LABELS[c.liveStatus]}</span></td>
      <td>{c.liveStatus === 'NOT_JOINED' ? '–' : c.authorizedToStart ? 'Confirmée' : 'À confirmer'}</td>
      <td className="number" data-testid="answers">{c.challengeCount ? `${c.answeredCount} / ${c.challengeCount}` : '–'}</td>
      <td className="number" data-testid="time-left">{started ? <Countdown seconds={c.timeLeftSeconds} /> : '–'}</td>
      <td className="number">{c.extraTimePercentage ? `${c.extraTimePercentage} %` : '–'}</td>
      <td>
        {open && (
          <div className="certif-row-actions">
            {c.liveStatus === 'WAITING' && !c.authorizedToStart && (
              <button type="button" className="button" disabled={busy} aria-label={`Confirmer la présence de ${name}`} onClick={() => send('presence')}>
                Confirmer la présence
              </button>
            )}
            {c.liveStatus === 'WAITING' && c.authorizedToStart && (
              <button type="button" className="button button-secondary" disabled={busy} aria-label={`Annuler la confirmation de présence de ${name}`} onClick={() => send('absence')}>
                Annuler la présence
              </button>
            )}
            {started && !c.authorizedToResume && (
              <ConfirmButton
                label="Autoriser la reprise" accessibleLabel={`Autoriser la reprise de ${name}`} secondary disabled={busy}
                title={`Autoriser la reprise de ${name} ?`}
                message={<p>Autorisez la reprise seulement si le candidat n'a pas quitté la salle. Il pourra alors rouvrir son test sur ce poste ou un autre.</p>}
                confirmLabel="Autoriser la reprise" onConfirm={() => send('resume')}
              />
            )}
            {started && c.authorizedToResume && <span className="muted">Reprise autorisée</span>}
            {started && (
              <ConfirmButton
                label="Mettre fin au test" accessibleLabel={`Mettre fin au test de ${name}`} danger disabled={busy}
                title={`Mettre fin au test de ${name} ?`}
                message={<p>Le test s'arrête aussitôt ; les réponses déjà données sont gardées. Le candidat ne pourra pas reprendre.</p>}
                confirmLabel="Mettre fin au test" onConfirm={() => send('end')}
              />
            )}
            {(c.liveStatus === 'NOT_JOINED' || c.liveStatus === 'WAITING' || started) && (
              <details className="certif-extra">
                <summary>Temps majoré</summary>
                <fetcher.Form method="post" className="certif-inline-form">
                  <input type="hidden" name="intent" value="extra" />
                  <input type="hidden" name="candidateId" value={c.id} />
                  <label htmlFor={`extra-${c.id}`}>Pourcentage</label>
                  <input id={`extra-${c.id}`} name="extraTimePercentage" type="number" min={0} max={200} defaultValue={c.extraTimePercentage} className="certif-input certif-percent" />
                  <button type="submit" className="button button-secondary" disabled={busy}>Accorder</button>
                </fetcher.Form>
              </details>
            )}
            {failure && <p role="alert" className="field-error">{failure}</p>}
          </div>
        )}
      </td>
    </tr>
  );
}

function Summary({ candidates }: { candidates: Candidate[] }) {
  const count = (status: Candidate['liveStatus']) => candidates.filter((c) => c.liveStatus === status).length;
  return (
    <dl className="facts certif-counts">
      {(['NOT_JOINED', 'WAITING', 'STARTED', 'COMPLETED', 'ENDED_BY_INVIGILATOR'] as const).map((s) => (
        <div key={s}><dt>{LIVE_STATUS_LABELS[s]}</dt><dd>{count(s)}</dd></div>
      ))}
    </dl>
  );
}

const REFRESH_DELAY_MS = 300;

/**
 * Each push says « this candidate changed »: the table is read again rather than patched with the pushed row,
 * so that what shows is always one consistent reading. Pushes close together make one reading.
 */
function useRefreshOnPush() {
  const revalidator = useRevalidator();
  const latest = useRef(revalidator);
  useEffect(() => { latest.current = revalidator; });
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => { if (pending.current) clearTimeout(pending.current); }, []);
  return useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      void latest.current.revalidate();
    }, REFRESH_DELAY_MS);
  }, []);
}

export default function Surveillance({ loaderData }: Route.ComponentProps) {
  const { session, wsUrl, token } = loaderData;
  const refresh = useRefreshOnPush();
  const candidates = session.candidates;
  const open = session.status === 'CREATED';
  const connection = useSubscription({
    url: wsUrl,
    token,
    document: SupervisionSubscription,
    variables: { sessionId: session.id },
    onData: refresh,
    // Changes may have been missed while the connection was down.
    onReconnected: refresh,
  });

  return (
    <>
      <Header />
      <main id="contenu" className="page">
        <div className="title-bar">
          <h1>Surveillance de la session n° {session.id}</h1>
          <p role="status" className={`certif-connection certif-connection-${connection}`} data-testid="connection-state">
            {CONNECTION_TEXT[connection]}
          </p>
        </div>
        <p className="lead">
          {session.certificationCenter.name} – {calendarDate(session.date)} à {session.time}, {session.room} ({session.address})
        </p>
        {open ? <AccessCode code={session.accessCode} /> : (
          <p className="banner banner-todo">Cette session est {SESSION_STATUS_LABELS[session.status].toLowerCase()} : la surveillance est terminée.</p>
        )}
        <Summary candidates={candidates} />
        <div className="table-wrapper">
          <table className="table certif-live-table" data-testid="live-table">
            <caption className="visually-hidden">Candidats de la session, mis à jour en direct</caption>
            <thead>
              <tr>
                <th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">Classe</th><th scope="col">Statut</th>
                <th scope="col">Présence</th><th scope="col" className="number">Réponses</th><th scope="col" className="number">Temps restant</th>
                <th scope="col" className="number">Temps majoré</th><th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => <CandidateRow key={c.id} candidate={c} open={open} />)}
            </tbody>
          </table>
        </div>
        <Form method="post" className="actions">
          <button type="submit" name="intent" value="leave" className="button button-secondary">Quitter la surveillance</button>
        </Form>
      </main>
    </>
  );
}
