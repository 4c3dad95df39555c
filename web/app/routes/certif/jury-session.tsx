// A session for the jury: each result with the explanation of its score, the centre's reports, the decisions
// (each with its reason, all kept in the audit log), and the publication that turns validated results into
// certificates.
import { data, Form, Link, useNavigation, useSubmit } from 'react-router';
import type { Route } from './+types/jury-session';
import { ConfirmButton } from '../../components/certif-confirm';
import { FormError } from '../../components/field';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import type { CertifJurySessionQuery } from '../../gql/graphql';
import { certifLoad, certifMutate, refusalStatus, type CertifResult } from '../../lib/certif-api.server';
import {
  AUDIT_ACTION_LABELS, CERTIFICATION_STATUS_LABELS, COMPETENCE_DECISION_LABELS, ISSUE_CATEGORY_LABELS, ISSUE_RESOLUTION_LABELS,
  JURY_DECISION_LABELS, SESSION_STATUS_LABELS, issueSubcategoryLabel, labelOf,
} from '../../lib/certif-labels';
import { calendarDate, dateTime } from '../../lib/dates';
import { requireToken } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

const JurySessionQuery = graphql(`
  query CertifJurySession($id: ID!) {
    certificationSession(id: $id) {
      id date time room examiner status finalizedAt
      certificationCenter { name }
      results {
        candidate { id firstName lastName birthdate }
        status pixScore reproducibilityRate juryDecision
        competences { competence { code name } level }
        explanation { rate neutralization status competences { competenceCode decision level explanation } }
      }
      issueReports { id category subcategory questionNumber description resolution impactful }
      auditLog { action actorName reason createdAt }
      documents { id name uploadedAt }
    }
  }
`);

const PublishMutation = graphql(`
  mutation CertifPublish($sessionId: ID!) { publishCertificationSession(sessionId: $sessionId) { id status } }
`);
const UnpublishMutation = graphql(`
  mutation CertifUnpublish($sessionId: ID!, $reason: String!) { unpublishCertificationSession(sessionId: $sessionId, reason: $reason) { id status } }
`);
const RescoreMutation = graphql(`
  mutation CertifRescore($sessionId: ID!) { rescoreCertificationSession(sessionId: $sessionId) { id } }
`);
const CommentMutation = graphql(`
  mutation CertifJuryComment($sessionId: ID!, $comment: String!) { commentCertificationSession(sessionId: $sessionId, comment: $comment) { id } }
`);
const DecisionMutation = graphql(`
  mutation CertifJuryDecision($candidateId: ID!, $decision: String, $reason: String!) {
    setCertificationJuryDecision(candidateId: $candidateId, decision: $decision, reason: $reason) { status }
  }
`);
const NeutralizeMutation = graphql(`
  mutation CertifNeutralize($candidateId: ID!, $questionNumber: Int!, $neutralized: Boolean!, $reason: String!) {
    neutralizeChallenge(candidateId: $candidateId, questionNumber: $questionNumber, neutralized: $neutralized, reason: $reason) { status }
  }
`);
const IdentityMutation = graphql(`
  mutation CertifCorrectIdentity($candidateId: ID!, $firstName: String!, $lastName: String!, $birthdate: Date!, $reason: String!) {
    correctCandidateIdentity(candidateId: $candidateId, firstName: $firstName, lastName: $lastName, birthdate: $birthdate, reason: $reason) { id }
  }
`);
const ResolveMutation = graphql(`
  mutation CertifResolveReport($reportId: ID!, $resolution: String!, $reason: String!) {
    resolveIssueReport(reportId: $reportId, resolution: $resolution, reason: $reason) { id }
  }
`);

type Session = NonNullable<CertifJurySessionQuery['certificationSession']>;
type Result = Session['results'][number];
interface ActionResult { intent: string; target: string; message: string | null; done?: string }

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta({ params }: Route.MetaArgs) {
  return [{ title: `Jury – session n° ${params.sessionId} – OpenCRCN` }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { certificationSession: session } = await certifLoad(request, token, JurySessionQuery, { id: params.sessionId });
  if (!session) throw data("Cette session n'existe pas.", { status: 404 });
  return { session };
}

const DONE: Record<string, string> = {
  publish: 'Session publiée : les certifications validées sont devenues des certificats.',
  unpublish: 'Publication retirée : les certificats sont masqués.',
  rescore: 'Résultats recalculés.',
  comment: 'Commentaire enregistré.',
  decision: 'Décision enregistrée.',
  neutralize: 'Neutralisation enregistrée.',
  identity: 'Identité corrigée.',
  resolve: 'Signalement traité.',
};

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const value = (name: string) => String(form.get(name) ?? '').trim();
  const intent = value('intent');
  const target = value('candidateId') || value('reportId') || 'session';
  const sessionId = params.sessionId;
  const reason = value('reason');
  let result: CertifResult<unknown> | null;
  switch (intent) {
    case 'publish': result = await certifMutate(request, token, PublishMutation, { sessionId }); break;
    case 'unpublish': result = await certifMutate(request, token, UnpublishMutation, { sessionId, reason }); break;
    case 'rescore': result = await certifMutate(request, token, RescoreMutation, { sessionId }); break;
    case 'comment': result = await certifMutate(request, token, CommentMutation, { sessionId, comment: value('comment') }); break;
    case 'decision':
      result = await certifMutate(request, token, DecisionMutation, { candidateId: value('candidateId'), decision: value('decision') || null, reason });
      break;
    case 'neutralize':
      result = await certifMutate(request, token, NeutralizeMutation, {
        candidateId: value('candidateId'), questionNumber: Number(value('questionNumber')), neutralized: value('neutralized') !== 'false', reason,
      });
      break;
    case 'identity':
      result = await certifMutate(request, token, IdentityMutation, {
        candidateId: value('candidateId'), firstName: value('firstName'), lastName: value('lastName'), birthdate: value('birthdate'), reason,
      });
      break;
    case 'resolve':
      result = await certifMutate(request, token, ResolveMutation, { reportId: value('reportId'), resolution: value('resolution'), reason });
      break;
    default: result = null;
  }
  if (!result) return data<ActionResult>({ intent, target, message: 'Action inconnue.' }, { status: 400 });
  if (result.error) return data<ActionResult>({ intent, target, message: result.error.message }, { status: refusalStatus(result.error) });
  return { intent, target, message: null, done: DONE[intent] } satisfies ActionResult;
}

function Outcome({ result, target }: { result?: ActionResult; target: string }) {
  if (!result || result.target !== target) return null;
  if (result.done) return <p role="status" className="banner banner-ok">{result.done}</p>;
  return <FormError message={result.message} />;
}

function Reason({ id }: { id: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>Motif</label>
      <input id={id} name="reason" required minLength={3} autoComplete="off" />
    </div>
  );
}

function Explanation({ result }: { result: Result }) {
  const e = result.explanation;
  if (!e) return null;
  return (
    <div className="certif-explanation" data-testid="explanation">
      <p>{e.rate}</p>
      <p>{e.neutralization}</p>
      <p>{e.status}</p>
      {e.competences.length > 0 && (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Décision par compétence</caption>
            <thead><tr><th scope="col">Compétence</th><th scope="col">Décision</th><th scope="col" className="number">Niveau</th><th scope="col">Explication</th></tr></thead>
            <tbody>
              {e.competences.map((c) => (
                <tr key={c.competenceCode}>
                  <th scope="row">{c.competenceCode}</th>
                  <td>{labelOf(COMPETENCE_DECISION_LABELS, c.decision)}</td>
                  <td className="number">{c.level}</td>
                  <td>{c.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** `version` changes with each decision recorded: the forms then start empty again. */
function JuryActions({ result, open, version, actionResult }: { result: Result; open: boolean; version: number; actionResult?: ActionResult }) {
  const c = result.candidate;
  if (!open) return null;
  return (
    <details className="certif-jury-actions">
      <summary>Décisions du jury pour {c.firstName} {c.lastName}</summary>
      <div className="certif-jury-forms" key={version}>
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="decision" />
          <input type="hidden" name="candidateId" value={c.id} />
          <div className="field">
            <label htmlFor={`decision-${c.id}`}>Décision</label>
            <select id={`decision-${c.id}`} name="decision" defaultValue={result.juryDecision ?? ''}>
              <option value="">Aucune (lever la décision)</option>
              <option value="REJECTED_FOR_FRAUD">Rejeter pour fraude</option>
              <option value="CANCELLED_BY_JURY">Annuler la certification</option>
            </select>
          </div>
          <Reason id={`decision-reason-${c.id}`} />
          <div><button type="submit" className="button button-secondary">Enregistrer la décision</button></div>
        </Form>
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="neutralize" />
          <input type="hidden" name="candidateId" value={c.id} />
          <div className="field">
            <label htmlFor={`question-${c.id}`}>N° de la question</label>
            <input id={`question-${c.id}`} name="questionNumber" type="number" min={1} required className="certif-input certif-percent" />
          </div>
          <div className="field">
            <label htmlFor={`neutralized-${c.id}`}>Neutralisation</label>
            <select id={`neutralized-${c.id}`} name="neutralized" defaultValue="true">
              <option value="true">Neutraliser la question</option>
              <option value="false">Rétablir la question</option>
            </select>
          </div>
          <Reason id={`neutralize-reason-${c.id}`} />
          <div><button type="submit" className="button button-secondary">Enregistrer et recalculer</button></div>
        </Form>
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="identity" />
          <input type="hidden" name="candidateId" value={c.id} />
          <div className="certif-row">
            <div className="field"><label htmlFor={`first-${c.id}`}>Prénom</label><input id={`first-${c.id}`} name="firstName" defaultValue={c.firstName} required /></div>
            <div className="field"><label htmlFor={`last-${c.id}`}>Nom</label><input id={`last-${c.id}`} name="lastName" defaultValue={c.lastName} required /></div>
            <div className="field"><label htmlFor={`birth-${c.id}`}>Date de naissance</label><input id={`birth-${c.id}`} name="birthdate" type="date" defaultValue={c.birthdate} required /></div>
          </div>
          <Reason id={`identity-reason-${c.id}`} />
          <div><button type="submit" className="button button-secondary">Corriger l'identité</button></div>
        </Form>
      </div>
      <Outcome result={actionResult} target={c.id} />
    </details>
  );
}

function ResultPanel({ result, open, version, actionResult }: { result: Result; open: boolean; version: number; actionResult?: ActionResult }) {
  const c = result.candidate;
  return (
    <section className="panel certif-result" data-testid="result" aria-labelledby={`candidat-${c.id}`}>
      <h3 id={`candidat-${c.id}`}>{c.lastName} {c.firstName} <span className="muted">({calendarDate(c.birthdate)})</span></h3>
      <dl className="facts">
        <div><dt>Résultat</dt><dd data-testid="result-status">{CERTIFICATION_STATUS_LABELS[result.status]}</dd></div>
        <div><dt>Score</dt><dd>{result.pixScore} pix</dd></div>
        <div><dt>Taux de reproductibilité</dt><dd>{result.reproducibilityRate} %</dd></div>
        {result.juryDecision && <div><dt>Décision du jury</dt><dd>{labelOf(JURY_DECISION_LABELS, result.juryDecision)}</dd></div>}
      </dl>
      <Explanation result={result} />
      <JuryActions result={result} open={open} version={version} actionResult={actionResult} />
      {!open && <Outcome result={actionResult} target={c.id} />}
    </section>
  );
}

function Reports({ session, open, actionResult }: { session: Session; open: boolean; actionResult?: ActionResult }) {
  if (!session.issueReports.length) return <p className="empty">Aucun signalement.</p>;
  return (
    <div className="table-wrapper">
      <table className="table" data-testid="issue-reports">
        <caption className="visually-hidden">Signalements de la finalisation</caption>
        <thead>
          <tr><th scope="col">Catégorie</th><th scope="col">Question</th><th scope="col">Description</th><th scope="col">Résolution</th>{open && <th scope="col">Traiter</th>}</tr>
        </thead>
        <tbody>
          {session.issueReports.map((r) => (
            <tr key={r.id}>
              <td>
                {ISSUE_CATEGORY_LABELS[r.category]}
                {r.subcategory && <><br /><span className="muted">{issueSubcategoryLabel(r.category, r.subcategory)}</span></>}
                {r.impactful && !r.resolution && <span className="tag">à traiter</span>}
              </td>
              <td>{r.questionNumber ?? '–'}</td>
              <td>{r.description ?? '–'}</td>
              <td>{r.resolution ? labelOf(ISSUE_RESOLUTION_LABELS, r.resolution) : <span className="muted">En attente du jury</span>}</td>
              {open && (
                <td>
                  <Form method="post" className="certif-inline-form">
                    <input type="hidden" name="intent" value="resolve" />
                    <input type="hidden" name="reportId" value={r.id} />
                    <input type="hidden" name="resolution" value="RESOLVED_BY_JURY" />
                    <label htmlFor={`resolve-${r.id}`} className="visually-hidden">Motif</label>
                    <input id={`resolve-${r.id}`} name="reason" placeholder="Motif" required minLength={3} className="certif-input" />
                    <button type="submit" className="button button-secondary">Marquer traité</button>
                  </Form>
                  <Outcome result={actionResult} target={r.id} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditLog({ session }: { session: Session }) {
  if (!session.auditLog.length) return <p className="empty">Aucune décision pour l'instant.</p>;
  return (
    <div className="table-wrapper">
      <table className="table" data-testid="audit-log">
        <caption className="visually-hidden">Historique des décisions</caption>
        <thead><tr><th scope="col">Date</th><th scope="col">Qui</th><th scope="col">Action</th><th scope="col">Motif</th></tr></thead>
        <tbody>
          {session.auditLog.map((e, i) => (
            <tr key={i}>
              <td>{dateTime(e.createdAt)}</td>
              <td>{e.actorName ?? '–'}</td>
              <td>{labelOf(AUDIT_ACTION_LABELS, e.action)}</td>
              <td>{e.reason ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SessionActions({ session, actionResult }: { session: Session; actionResult?: ActionResult }) {
  const submit = useSubmit();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  const published = session.status === 'PROCESSED';
  // Each decision adds to the audit log: the forms below then start empty again.
  const version = session.auditLog.length;
  return (
    <section className="panel" aria-labelledby="decisions-session" key={version}>
      <h2 id="decisions-session">Décisions sur la session</h2>
      <Outcome result={actionResult} target="session" />
      {published ? (
        <Form method="post" className="certif-inline-form">
          <input type="hidden" name="intent" value="unpublish" />
          <label htmlFor="unpublish-reason">Motif</label>
          <input id="unpublish-reason" name="reason" required minLength={3} className="certif-input" />
          <button type="submit" className="button button-danger" disabled={busy}>Retirer la publication</button>
        </Form>
      ) : (
        <div className="actions">
          <ConfirmButton
            label="Publier les résultats" disabled={busy} title="Publier les résultats ?"
            message={<p>Les certifications validées deviennent des certificats, visibles des candidats et vérifiables par leur code.</p>}
            confirmLabel="Publier" onConfirm={() => submit({ intent: 'publish' }, { method: 'post' })}
          />
          <Form method="post">
            <button type="submit" name="intent" value="rescore" className="button button-secondary" disabled={busy}>Recalculer les résultats</button>
          </Form>
        </div>
      )}
      <Form method="post" className="form">
        <input type="hidden" name="intent" value="comment" />
        <div className="field">
          <label htmlFor="jury-comment">Commentaire du jury</label>
          <textarea id="jury-comment" name="comment" rows={2} maxLength={2000} required />
        </div>
        <div><button type="submit" className="button button-secondary" disabled={busy}>Ajouter le commentaire</button></div>
      </Form>
    </section>
  );
}

export default function JurySession({ loaderData, actionData }: Route.ComponentProps) {
  const { session } = loaderData;
  const actionResult = actionData as ActionResult | undefined;
  // Results change only before publication; afterwards the publication must be withdrawn first.
  const open = session.status === 'FINALIZED' || session.status === 'IN_PROCESS';
  return (
    <>
      <Header />
      <main id="contenu" className="page">
        <p className="back-link"><Link to="/jury">Sessions à traiter</Link></p>
        <h1>Session n° {session.id} – {session.certificationCenter.name}</h1>
        <dl className="facts">
          <div><dt>Date</dt><dd>{calendarDate(session.date)} à {session.time}</dd></div>
          <div><dt>Salle</dt><dd>{session.room}</dd></div>
          <div><dt>Surveillant(s)</dt><dd>{session.examiner}</dd></div>
          {session.finalizedAt && <div><dt>Finalisée le</dt><dd>{dateTime(session.finalizedAt)}</dd></div>}
          <div><dt>Statut</dt><dd data-testid="session-status">{SESSION_STATUS_LABELS[session.status]}</dd></div>
        </dl>
        <SessionActions session={session} actionResult={actionResult} />

        <section aria-labelledby="resultats">
          <h2 id="resultats">Résultats ({session.results.length})</h2>
          {session.results.length === 0 && <p className="empty">Aucun candidat n'a passé le test.</p>}
          {session.results.map((r) => (
            <ResultPanel key={r.candidate.id} result={r} open={open} version={session.auditLog.length} actionResult={actionResult} />
          ))}
        </section>

        <section aria-labelledby="signalements">
          <h2 id="signalements">Signalements</h2>
          <Reports key={session.auditLog.length} session={session} open={open} actionResult={actionResult} />
        </section>

        {session.documents.length > 0 && (
          <section aria-labelledby="documents">
            <h2 id="documents">Documents joints par le centre</h2>
            <ul className="plain-list">
              {session.documents.map((d) => <li key={d.id}>{d.name} <span className="muted">(joint le {dateTime(d.uploadedAt)})</span></li>)}
            </ul>
          </section>
        )}

        <section aria-labelledby="historique">
          <h2 id="historique">Historique des décisions</h2>
          <AuditLog session={session} />
        </section>
      </main>
    </>
  );
}
