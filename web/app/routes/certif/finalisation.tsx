// The centre finalises the session after it: for each candidate who started, whether they saw the end screen,
// why an unfinished test stopped, and what went wrong; a comment; scanned documents. The jury works from this.
import { useRef, useState, type FormEvent } from 'react';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/finalisation';
import { ConfirmButton } from '../../components/certif-confirm';
import { FormError } from '../../components/field';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import type { IssueReportCategory } from '../../gql/graphql';
import { certifLoad, certifMutate, refusalStatus } from '../../lib/certif-api.server';
import { COMMENT_MAX, readFinalisationForm, type FinalisationCandidate, type Problems } from '../../lib/certif-forms';
import {
  ABORT_REASON_LABELS, ISSUE_CATEGORY_LABELS, ISSUE_SUBCATEGORIES, LIVE_STATUS_LABELS, SESSION_STATUS_LABELS,
} from '../../lib/certif-labels';
import { calendarDate, dateTime } from '../../lib/dates';
import { requireToken } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

const FinalisationQuery = graphql(`
  query CertifFinalisation($id: ID!) {
    certificationSession(id: $id) {
      id date time room status
      certificationCenter { id name }
      candidates { id firstName lastName liveStatus answeredCount challengeCount }
      documents { id name uploadedAt }
    }
  }
`);

const FinalizeMutation = graphql(`
  mutation CertifFinalize($input: FinalizeSessionInput!) {
    finalizeCertificationSession(input: $input) { id status }
  }
`);

const UploadMutation = graphql(`
  mutation CertifUploadDocument($sessionId: ID!, $name: String!, $content: String!) {
    uploadSessionDocument(sessionId: $sessionId, name: $name, content: $content) { id }
  }
`);

const DOCUMENT_TYPES: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

interface ActionResult { intent: 'finalise' | 'upload'; message: string | null; problems?: Problems | null; done?: string }

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData ? `Finalisation de la session n° ${loaderData.session.id} – OpenCRCN` : 'Finalisation – OpenCRCN' }];
}

type Candidate = { id: string; firstName: string; lastName: string; liveStatus: string; answeredCount: number; challengeCount: number };

function finalisationCandidates(candidates: Candidate[]): FinalisationCandidate[] {
  return candidates.map((c) => {
    const tested = c.liveStatus === 'STARTED' || c.liveStatus === 'COMPLETED' || c.liveStatus === 'ENDED_BY_INVIGILATOR';
    return { id: c.id, firstName: c.firstName, lastName: c.lastName, tested, unfinished: tested && c.answeredCount < c.challengeCount };
  });
}

async function loadSession(request: Request, token: string, params: { centreId: string; sessionId: string }) {
  const { certificationSession: session } = await certifLoad(request, token, FinalisationQuery, { id: params.sessionId });
  if (!session || session.certificationCenter.id !== params.centreId) throw data("Cette session n'existe pas.", { status: 404 });
  return session;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  return { session: await loadSession(request, token, params) };
}

async function uploadedDocument(form: FormData): Promise<{ name: string; content: string } | string> {
  const file = form.get('document');
  if (!(file instanceof File) || !file.name || file.size === 0) return 'Choisissez le document à joindre.';
  if (file.size > MAX_DOCUMENT_BYTES) return 'Le document dépasse 10 Mo.';
  const type = DOCUMENT_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''];
  if (!type) return 'Joignez un PDF, un PNG ou un JPEG.';
  return { name: file.name, content: `data:${type};base64,${Buffer.from(await file.arrayBuffer()).toString('base64')}` };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  if (form.get('intent') === 'upload') {
    const document = await uploadedDocument(form);
    if (typeof document === 'string') return data<ActionResult>({ intent: 'upload', message: document }, { status: 400 });
    const result = await certifMutate(request, token, UploadMutation, { sessionId: params.sessionId, ...document });
    if (result.error) return data<ActionResult>({ intent: 'upload', message: result.error.message }, { status: refusalStatus(result.error) });
    return { intent: 'upload', message: null, done: `Document « ${document.name} » joint à la session.` } satisfies ActionResult;
  }

  const session = await loadSession(request, token, params);
  const candidates = finalisationCandidates(session.candidates);
  const { input, problems } = readFinalisationForm(form, session.id, candidates);
  if (problems) return data<ActionResult>({ intent: 'finalise', message: 'Complétez la finalisation : voir les messages ci-dessous.', problems }, { status: 400 });
  const result = await certifMutate(request, token, FinalizeMutation, { input });
  if (result.error) {
    // The API names the candidates still without an abort reason: their fields are marked.
    const names = Array.isArray(result.error.extensions.candidates) ? (result.error.extensions.candidates as string[]) : [];
    const marked: Problems = {};
    for (const c of candidates) if (names.includes(`${c.firstName} ${c.lastName}`)) marked[`abort-${c.id}`] = "Indiquez la raison de l'abandon.";
    return data<ActionResult>({ intent: 'finalise', message: result.error.message, problems: marked }, { status: refusalStatus(result.error) });
  }
  return redirect(`/certif/${params.centreId}/sessions/${params.sessionId}`);
}

interface IssueRow { key: number; category: IssueReportCategory | '' }

function IssueFields({ candidate, row, n, problems, onRemove, onCategory }: {
  candidate: FinalisationCandidate; row: IssueRow; n: number; problems: Problems; onRemove: () => void; onCategory: (c: IssueReportCategory | '') => void;
}) {
  const name = (field: string) => `issue-${candidate.id}-${row.key}-${field}`;
  const subcategories = row.category ? ISSUE_SUBCATEGORIES[row.category] : undefined;
  const error = (field: string) => problems[name(field)] && <p className="field-error">{problems[name(field)]}</p>;
  return (
    <fieldset className="certif-issue">
      <legend>Signalement {n}</legend>
      <div className="certif-row">
        <div className="field">
          <label htmlFor={name('category')}>Catégorie</label>
          <select id={name('category')} name={name('category')} value={row.category} onChange={(e) => onCategory(e.target.value as IssueReportCategory | '')}>
            <option value="">Choisissez…</option>
            {Object.entries(ISSUE_CATEGORY_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
          {error('category')}
        </div>
        {subcategories && (
          <div className="field">
            <label htmlFor={name('subcategory')}>Précision</label>
            <select id={name('subcategory')} name={name('subcategory')} defaultValue="">
              <option value="">Choisissez…</option>
              {Object.entries(subcategories).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
            {error('subcategory')}
          </div>
        )}
        {row.category === 'IN_CHALLENGE' && (
          <div className="field">
            <label htmlFor={name('question')}>N° de la question</label>
            <input id={name('question')} name={name('question')} type="number" min={1} className="certif-input certif-percent" />
            {error('question')}
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={name('description')}>Description</label>
        <textarea id={name('description')} name={name('description')} rows={2} maxLength={2000} />
      </div>
      <button type="button" className="button button-secondary" onClick={onRemove}>Retirer ce signalement</button>
    </fieldset>
  );
}

function CandidateReport({ candidate, source, problems }: { candidate: FinalisationCandidate; source: Candidate; problems: Problems }) {
  const [issues, setIssues] = useState<IssueRow[]>([]);
  const nextKey = useRef(0);
  const abortError = problems[`abort-${candidate.id}`];
  return (
    <fieldset className="panel certif-report" data-testid="candidate-report">
      <legend className="certif-report-name">{candidate.lastName} {candidate.firstName}</legend>
      <p className="muted">
        {LIVE_STATUS_LABELS[source.liveStatus as keyof typeof LIVE_STATUS_LABELS]} – {source.answeredCount} / {source.challengeCount} questions répondues
      </p>
      <label className="checkbox">
        <input type="checkbox" name={`seen-${candidate.id}`} defaultChecked={source.liveStatus === 'COMPLETED'} />
        <span>Le candidat a vu l'écran de fin du test</span>
      </label>
      {candidate.unfinished && (
        <div className="field">
          <label htmlFor={`abort-${candidate.id}`}>Raison de l'abandon</label>
          <p id={`abort-${candidate.id}-hint`} className="field-hint">Test non terminé : indiquez pourquoi il s'est arrêté.</p>
          <select
            id={`abort-${candidate.id}`} name={`abort-${candidate.id}`} defaultValue=""
            aria-invalid={abortError ? true : undefined} aria-describedby={`abort-${candidate.id}-hint`}
          >
            <option value="">Choisissez…</option>
            {Object.entries(ABORT_REASON_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
          {abortError && <p className="field-error">{abortError}</p>}
        </div>
      )}
      {issues.map((row, i) => (
        <IssueFields
          key={row.key} candidate={candidate} row={row} n={i + 1} problems={problems}
          onRemove={() => setIssues(issues.filter((r) => r.key !== row.key))}
          onCategory={(category) => setIssues(issues.map((r) => (r.key === row.key ? { ...r, category } : r)))}
        />
      ))}
      <p>
        <button type="button" className="button button-secondary" onClick={() => setIssues([...issues, { key: nextKey.current++, category: '' }])}>
          Ajouter un signalement
        </button>
      </p>
    </fieldset>
  );
}

function DocumentUpload({ session, result }: { session: Route.ComponentProps['loaderData']['session']; result?: ActionResult }) {
  const mine = result?.intent === 'upload' ? result : undefined;
  return (
    <section className="panel panel-form" aria-labelledby="document">
      <h2 id="document">Joindre un document (facultatif)</h2>
      <p className="muted">La feuille d'émargement signée ou le procès-verbal d'incidents scannés : PDF, PNG ou JPEG, 10 Mo au plus.</p>
      {mine?.done && <p role="status" className="banner banner-ok">{mine.done}</p>}
      <FormError message={mine?.message} />
      {session.documents.length > 0 && (
        <ul className="plain-list">
          {session.documents.map((d) => <li key={d.id}>{d.name} <span className="muted">(joint le {dateTime(d.uploadedAt)})</span></li>)}
        </ul>
      )}
      <Form method="post" encType="multipart/form-data" className="certif-inline-form">
        <input type="hidden" name="intent" value="upload" />
        <div className="field">
          <label htmlFor="document-file">Document</label>
          <input id="document-file" name="document" type="file" accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" />
        </div>
        <button type="submit" className="button button-secondary">Joindre</button>
      </Form>
    </section>
  );
}

export default function Finalisation({ loaderData, actionData }: Route.ComponentProps) {
  const { session } = loaderData;
  const result = actionData as ActionResult | undefined;
  const candidates = finalisationCandidates(session.candidates);
  const formRef = useRef<HTMLFormElement>(null);
  const [comment, setComment] = useState('');
  const [clientProblems, setClientProblems] = useState<Problems | null>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'finalise';
  const serverProblems = result?.intent === 'finalise' ? result.problems ?? {} : {};
  const problems = clientProblems ?? serverProblems;
  const absent = session.candidates.filter((c, i) => !candidates[i].tested);
  const back = `/certif/${session.certificationCenter.id}/sessions/${session.id}`;

  // The same checks as the server's, before the form leaves: the messages show at once.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const found = readFinalisationForm(new FormData(event.currentTarget), session.id, candidates).problems;
    setClientProblems(found ?? null);
    if (found) event.preventDefault();
  }

  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        <p className="back-link"><Link to={back}>Session n° {session.id}</Link></p>
        <h1>Finaliser la session n° {session.id}</h1>
        <p className="lead">{calendarDate(session.date)} à {session.time}, {session.room}</p>
        {session.status !== 'CREATED' ? (
          <p className="banner banner-ok">Cette session est déjà finalisée ({SESSION_STATUS_LABELS[session.status]}).</p>
        ) : (
          <>
            <DocumentUpload session={session} result={result} />
            {clientProblems ? (
              <p role="alert" className="alert alert-error">Complétez la finalisation : voir les messages ci-dessous.</p>
            ) : (
              result?.intent === 'finalise' && <FormError message={result.message} />
            )}
            <Form method="post" ref={formRef} onSubmit={onSubmit} noValidate>
              <input type="hidden" name="intent" value="finalise" />
              <h2>Candidats ayant commencé le test</h2>
              {candidates.filter((c) => c.tested).length === 0 && <p className="empty">Aucun candidat n'a commencé le test.</p>}
              {candidates.map((c, i) => c.tested && (
                <CandidateReport key={c.id} candidate={c} source={session.candidates[i]} problems={problems} />
              ))}
              {absent.length > 0 && (
                <>
                  <h2>Candidats sans test</h2>
                  <p className="muted">Non arrivés ou restés en attente : rien à indiquer pour eux.</p>
                  <p>{absent.map((c) => `${c.lastName} ${c.firstName}`).join(', ')}</p>
                </>
              )}
              <div className="field certif-comment">
                <label htmlFor="comment">Commentaire sur la session (facultatif)</label>
                <p id="comment-hint" className="field-hint">Un commentaire est lu par le jury avant la publication des résultats.</p>
                <textarea
                  id="comment" name="comment" rows={4} maxLength={COMMENT_MAX} value={comment} onChange={(e) => setComment(e.target.value)}
                  aria-describedby="comment-hint comment-count" aria-invalid={problems.comment ? true : undefined}
                />
                <p id="comment-count" className="field-hint" aria-live="polite">{comment.length} / {COMMENT_MAX} caractères</p>
                {problems.comment && <p className="field-error">{problems.comment}</p>}
              </div>
              <div className="actions">
                <ConfirmButton
                  label={busy ? 'Finalisation…' : 'Finaliser la session'} disabled={busy} title="Finaliser la session ?"
                  message={<p>Une session finalisée ne se modifie plus : les candidats ne peuvent plus la rejoindre et les résultats sont calculés.</p>}
                  confirmLabel="Finaliser" onConfirm={() => formRef.current?.requestSubmit()}
                />
                <Link to={back}>Annuler</Link>
              </div>
            </Form>
          </>
        )}
      </main>
    </>
  );
}
