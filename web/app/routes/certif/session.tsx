// One session for its centre: details and changes until a candidate starts, documents to print, candidates
// (from the school's classes, or a CSV list for other centres), the way to the finalisation, then the results.
import { data, Form, Link, redirect, useNavigation, useSubmit } from 'react-router';
import type { Route } from './+types/session';
import { ConfirmButton } from '../../components/certif-confirm';
import { SessionFields } from '../../components/certif-session-fields';
import { FormError } from '../../components/field';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { certifLoad, certifMutate, refusalStatus, type CertifError } from '../../lib/certif-api.server';
import { readEnrolmentForm, readSessionForm, type Problems } from '../../lib/certif-forms';
import { CERTIFICATION_STATUS_LABELS, LIVE_STATUS_LABELS, SESSION_STATUS_LABELS } from '../../lib/certif-labels';
import { calendarDate, dateTime } from '../../lib/dates';
import { requireToken } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

const SessionQuery = graphql(`
  query CertifSession($id: ID!) {
    certificationSession(id: $id) {
      id date time address room examiner invigilatorCount description status accessCode invigilatorPassword hasStarted
      certificationCenter { id name type organization { id divisions } }
      candidates { id firstName lastName birthdate division extraTimePercentage liveStatus }
      attendanceSheetUrl invigilatorKitUrl incidentReportUrl invigilatorPackUrl
      documents { id name uploadedAt }
    }
  }
`);

const StudentsQuery = graphql(`
  query CertifStudents($organizationId: ID!, $division: String, $after: String) {
    organization(id: $organizationId) {
      id
      students(division: $division, first: 100, after: $after) {
        edges { node { id firstName lastName birthdate division } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const ResultsQuery = graphql(`
  query CertifSessionResults($id: ID!) {
    certificationSession(id: $id) {
      id
      results { candidate { id firstName lastName } status pixScore competences { competence { code } level } }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation CertifUpdateSession($sessionId: ID!, $input: UpdateSessionInput!) {
    updateCertificationSession(sessionId: $sessionId, input: $input) { id }
  }
`);

const DeleteMutation = graphql(`
  mutation CertifDeleteSession($sessionId: ID!) {
    deleteCertificationSession(sessionId: $sessionId)
  }
`);

const EnrolMutation = graphql(`
  mutation CertifEnrol($sessionId: ID!, $studentIds: [ID!]!, $extraTimePercentages: [Int!]) {
    enrolCandidates(sessionId: $sessionId, studentIds: $studentIds, extraTimePercentages: $extraTimePercentages) { id }
  }
`);

const RemoveMutation = graphql(`
  mutation CertifRemoveCandidate($candidateId: ID!) {
    removeCertificationCandidate(candidateId: $candidateId)
  }
`);

const ImportMutation = graphql(`
  mutation CertifImportCandidates($sessionId: ID!, $file: String!) {
    importCertificationCandidates(sessionId: $sessionId, file: $file) { id }
  }
`);

type Intent = 'update' | 'delete' | 'enrol' | 'remove' | 'import';
interface ImportProblem { line: number; message: string }
interface ActionResult {
  intent: Intent;
  message: string | null;
  problems?: Problems | null;
  importProblems?: ImportProblem[];
  done?: string;
}

/** The documented template (docs/candidats-import.md): its headings and two example lines. */
const CSV_TEMPLATE = [
  'Nom de naissance;Prénom;Date de naissance (JJ/MM/AAAA);Sexe (M/F);Code INSEE de la commune de naissance;Code postal de naissance;Commune de naissance;Pays de naissance;Identifiant externe;Temps majoré (%)',
  'Durand;Inès;01/02/1998;F;38185;38000;Grenoble;France;DUR-0142;',
  'Martin;Léo;15/09/2001;M;;;Lyon;France;;33',
].join('\r\n');
// A BOM, so that spreadsheets open the accents right.
const CSV_TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${CSV_TEMPLATE}\r\n`)}`;

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData ? `Session n° ${loaderData.session.id} – OpenCRCN` : 'Session – OpenCRCN' }];
}

// Candidates do not name their pupil record: a pupil already enrolled is recognised by name and birthdate.
const identity = (p: { firstName: string; lastName: string; birthdate: string }) =>
  `${p.firstName.toLowerCase()}|${p.lastName.toLowerCase()}|${p.birthdate}`;

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { certificationSession: session } = await certifLoad(request, token, SessionQuery, { id: params.sessionId });
  if (!session || session.certificationCenter.id !== params.centreId) throw data("Cette session n'existe pas.", { status: 404 });

  const editable = session.status === 'CREATED' && !session.hasStarted;
  const organization = session.certificationCenter.organization;
  let picker = null;
  if (editable && organization && organization.divisions.length) {
    const asked = url.searchParams.get('classe');
    const division = asked && organization.divisions.includes(asked) ? asked : organization.divisions[0];
    const after = url.searchParams.get('apres');
    const found = await certifLoad(request, token, StudentsQuery, { organizationId: organization.id, division, after });
    const enrolled = new Set(session.candidates.map(identity));
    const students = (found.organization?.students.edges ?? []).map(({ node }) => ({ ...node, enrolled: enrolled.has(identity(node)) }));
    picker = { division, students, next: found.organization?.students.pageInfo.hasNextPage ? found.organization.students.pageInfo.endCursor : null };
  }
  const results = session.status === 'PROCESSED'
    ? (await certifLoad(request, token, ResultsQuery, { id: session.id })).certificationSession?.results ?? []
    : [];
  return { session, editable, picker, results };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const intent = String(form.get('intent')) as Intent;
  const sessionId = params.sessionId;
  const refused = (error: CertifError, extra: Partial<ActionResult> = {}) =>
    data<ActionResult>({ intent, message: error.message, ...extra }, { status: refusalStatus(error) });

  switch (intent) {
    case 'update': {
      const { values, problems } = readSessionForm(form);
      if (problems) return data<ActionResult>({ intent, message: null, problems }, { status: 400 });
      const result = await certifMutate(request, token, UpdateMutation, { sessionId, input: values });
      return result.error ? refused(result.error) : ({ intent, message: null, done: 'Session modifiée.' } satisfies ActionResult);
    }
    case 'delete': {
      const result = await certifMutate(request, token, DeleteMutation, { sessionId });
      return result.error ? refused(result.error) : redirect(`/certif/${params.centreId}`);
    }
    case 'enrol': {
      const { studentIds, extraTimePercentages, problem } = readEnrolmentForm(form);
      if (problem) return data<ActionResult>({ intent, message: problem }, { status: 400 });
      const result = await certifMutate(request, token, EnrolMutation, { sessionId, studentIds, extraTimePercentages });
      if (result.error) return refused(result.error);
      const count = result.data.enrolCandidates.length;
      return { intent, message: null, done: count > 1 ? `${count} candidats inscrits.` : 'Candidat inscrit.' } satisfies ActionResult;
    }
    case 'remove': {
      const result = await certifMutate(request, token, RemoveMutation, { candidateId: String(form.get('candidateId')) });
      return result.error ? refused(result.error) : ({ intent, message: null, done: 'Candidat retiré.' } satisfies ActionResult);
    }
    case 'import': {
      const file = form.get('file');
      if (!(file instanceof File) || !file.name || file.size === 0) return data<ActionResult>({ intent, message: 'Choisissez le fichier CSV de la liste.' }, { status: 400 });
      if (file.size > 2 * 1024 * 1024) return data<ActionResult>({ intent, message: 'Le fichier dépasse 2 Mo.' }, { status: 400 });
      const result = await certifMutate(request, token, ImportMutation, { sessionId, file: await file.text() });
      if (result.error) {
        const problems = Array.isArray(result.error.extensions.problems) ? (result.error.extensions.problems as ImportProblem[]) : [];
        return refused(result.error, { importProblems: problems });
      }
      const count = result.data.importCertificationCandidates.length;
      return { intent, message: null, done: count > 1 ? `${count} candidats importés.` : 'Candidat importé.' } satisfies ActionResult;
    }
    default:
      return data<ActionResult>({ intent, message: 'Action inconnue.' }, { status: 400 });
  }
}

type Data = Route.ComponentProps['loaderData'];
type Session = Data['session'];

function Details({ session }: { session: Session }) {
  return (
    <dl className="facts">
      <div><dt>Date</dt><dd>{calendarDate(session.date)}</dd></div>
      <div><dt>Heure</dt><dd>{session.time}</dd></div>
      <div><dt>Site</dt><dd>{session.address}</dd></div>
      <div><dt>Salle</dt><dd>{session.room}</dd></div>
      <div><dt>Surveillant(s)</dt><dd>{session.examiner} ({session.invigilatorCount})</dd></div>
      <div><dt>Statut</dt><dd data-testid="session-status">{SESSION_STATUS_LABELS[session.status]}</dd></div>
      <div><dt>Code d'accès candidats</dt><dd className="code" data-testid="access-code">{session.accessCode}</dd></div>
      <div><dt>Mot de passe surveillant</dt><dd className="code" data-testid="invigilator-password">{session.invigilatorPassword}</dd></div>
    </dl>
  );
}

function Documents({ session }: { session: Session }) {
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">Documents</h2>
      <p className="muted">Liens valables 15 minutes : rechargez la page s'ils ont expiré.</p>
      <ul className="plain-list">
        <li><a href={session.invigilatorPackUrl} download>Dossier surveillant complet (PDF)</a></li>
        <li><a href={session.attendanceSheetUrl} download>Feuille d'émargement (PDF)</a></li>
        <li><a href={session.invigilatorKitUrl} download>Kit surveillant (PDF)</a></li>
        <li><a href={session.incidentReportUrl} download>Procès-verbal d'incidents vierge (PDF)</a></li>
      </ul>
      {session.documents.length > 0 && (
        <>
          <h3>Documents joints</h3>
          <ul className="plain-list">
            {session.documents.map((d) => <li key={d.id}>{d.name} <span className="muted">(joint le {dateTime(d.uploadedAt)})</span></li>)}
          </ul>
        </>
      )}
    </section>
  );
}

function Notice({ result, intent }: { result?: ActionResult; intent: Intent | Intent[] }) {
  if (!result || !(Array.isArray(intent) ? intent.includes(result.intent) : result.intent === intent)) return null;
  if (result.done) return <p role="status" className="banner banner-ok">{result.done}</p>;
  return <FormError message={result.message} />;
}

function EditSession({ session, result }: { session: Session; result?: ActionResult }) {
  const mine = result?.intent === 'update' ? result : undefined;
  return (
    <details className="panel panel-form" open={!!mine && !mine.done}>
      <summary><h2 className="certif-summary-title">Modifier la session</h2></summary>
      <Notice result={result} intent="update" />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="update" />
        <SessionFields defaults={session} errors={mine?.problems ?? {}} idPrefix="edit-" />
        <div><button type="submit" className="button">Enregistrer les modifications</button></div>
      </Form>
    </details>
  );
}

function DeleteSession({ session, result }: { session: Session; result?: ActionResult }) {
  const submit = useSubmit();
  return (
    <div className="danger-zone">
      <Notice result={result} intent="delete" />
      <ConfirmButton
        label="Supprimer la session" danger title="Supprimer la session ?"
        message={<p>La session n° {session.id} et ses {session.candidates.length} candidats inscrits seront supprimés.</p>}
        confirmLabel="Supprimer" onConfirm={() => submit({ intent: 'delete' }, { method: 'post' })}
      />
    </div>
  );
}

function Candidates({ session, editable }: { session: Session; editable: boolean }) {
  if (!session.candidates.length) return <p className="empty">Aucun candidat inscrit.</p>;
  return (
    <div className="table-wrapper">
      <table className="table" data-testid="candidates">
        <caption className="visually-hidden">Candidats inscrits, par ordre alphabétique</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">Date de naissance</th><th scope="col">Classe</th>
            <th scope="col" className="number">Temps majoré</th><th scope="col">État</th>
            {editable && <th scope="col"><span className="visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {session.candidates.map((c) => (
            <tr key={c.id}>
              <td>{c.lastName}</td><td>{c.firstName}</td><td>{calendarDate(c.birthdate)}</td><td>{c.division ?? '–'}</td>
              <td className="number">{c.extraTimePercentage ? `${c.extraTimePercentage} %` : '–'}</td>
              <td>{LIVE_STATUS_LABELS[c.liveStatus]}</td>
              {editable && (
                <td>
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="candidateId" value={c.id} />
                    <button type="submit" className="button button-secondary" aria-label={`Retirer ${c.firstName} ${c.lastName}`}>Retirer</button>
                  </Form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClassPicker({ picker, divisions, result }: { picker: NonNullable<Data['picker']>; divisions: string[]; result?: ActionResult }) {
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'enrol';
  const free = picker.students.filter((s) => !s.enrolled);
  return (
    <section className="panel" aria-labelledby="inscrire">
      <h2 id="inscrire">Inscrire des élèves</h2>
      <nav aria-label="Classes">
        <ul className="chips">
          {divisions.map((d) => (
            <li key={d}>
              <Link className="chip" to={`?classe=${encodeURIComponent(d)}`} aria-current={d === picker.division ? 'true' : undefined} preventScrollReset>{d}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <Notice result={result} intent="enrol" />
      {picker.students.length === 0 ? (
        <p className="empty">Aucun élève dans cette classe.</p>
      ) : (
        <Form method="post" preventScrollReset>
          <input type="hidden" name="intent" value="enrol" />
          <div className="table-wrapper">
            <table className="table" data-testid="students">
              <caption className="visually-hidden">Élèves de la classe {picker.division}</caption>
              <thead>
                <tr><th scope="col">Inscrire</th><th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">Date de naissance</th><th scope="col">Temps majoré (%)</th></tr>
              </thead>
              <tbody>
                {picker.students.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {s.enrolled ? <span className="muted">Déjà inscrit</span> : (
                        <input type="checkbox" name="studentId" value={s.id} defaultChecked aria-label={`Inscrire ${s.firstName} ${s.lastName}`} />
                      )}
                    </td>
                    <td>{s.lastName}</td><td>{s.firstName}</td><td>{calendarDate(s.birthdate)}</td>
                    <td>
                      {!s.enrolled && (
                        <input
                          className="certif-input certif-percent" type="number" name={`extra-${s.id}`} min={0} max={200} step={1} placeholder="0"
                          aria-label={`Temps majoré de ${s.firstName} ${s.lastName}, en %`}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={busy || free.length === 0}>{busy ? 'Inscription…' : 'Inscrire les élèves cochés'}</button>
            {picker.next && <Link to={`?classe=${encodeURIComponent(picker.division)}&apres=${encodeURIComponent(picker.next)}`}>Élèves suivants</Link>}
          </div>
        </Form>
      )}
    </section>
  );
}

function CsvImport({ result }: { result?: ActionResult }) {
  const mine = result?.intent === 'import' ? result : undefined;
  return (
    <section className="panel" aria-labelledby="importer">
      <h2 id="importer">Importer la liste des candidats</h2>
      <p>
        Un fichier CSV séparé par des points-virgules, encodé en UTF-8, avec une ligne d'intitulés : nom de naissance, prénom et
        date de naissance (JJ/MM/AAAA) sont obligatoires ; sexe, lieu de naissance, identifiant externe et temps majoré sont facultatifs.
        L'import est tout ou rien : au moindre problème, aucun candidat n'est inscrit.
      </p>
      <p><a href={CSV_TEMPLATE_HREF} download="modele-candidats.csv">Télécharger le modèle (CSV)</a></p>
      <Notice result={result} intent="import" />
      {mine?.importProblems && mine.importProblems.length > 0 && (
        <ul className="plain-list certif-problems" data-testid="import-problems">
          {mine.importProblems.map((p, i) => <li key={i}>{p.message}</li>)}
        </ul>
      )}
      <Form method="post" encType="multipart/form-data" className="form">
        <input type="hidden" name="intent" value="import" />
        <div className="field">
          <label htmlFor="file">Fichier des candidats (.csv)</label>
          <input id="file" name="file" type="file" accept=".csv,text/csv" required />
        </div>
        <div><button type="submit" className="button">Importer</button></div>
      </Form>
    </section>
  );
}

function Results({ results }: { results: Data['results'] }) {
  return (
    <section aria-labelledby="resultats">
      <h2 id="resultats">Résultats publiés</h2>
      <div className="table-wrapper">
        <table className="table">
          <caption className="visually-hidden">Résultats de la session</caption>
          <thead><tr><th scope="col">Candidat</th><th scope="col">Résultat</th><th scope="col" className="number">Score</th><th scope="col">Niveaux certifiés</th></tr></thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.candidate.id}>
                <td>{r.candidate.lastName} {r.candidate.firstName}</td>
                <td>{CERTIFICATION_STATUS_LABELS[r.status]}</td>
                <td className="number">{r.status === 'VALIDATED' ? `${r.pixScore} pix` : '–'}</td>
                <td>{r.competences.map((c) => `${c.competence.code} : ${c.level}`).join(', ') || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default function Session({ loaderData, actionData }: Route.ComponentProps) {
  const { session, editable, picker, results } = loaderData;
  const centre = session.certificationCenter;
  const result = actionData as ActionResult | undefined;
  return (
    <>
      <Header />
      <main id="contenu" className="page">
        <p className="back-link"><Link to={`/certif/${centre.id}`}>Sessions – {centre.name}</Link></p>
        <div className="title-bar">
          <h1>Session n° <span data-testid="session-number">{session.id}</span></h1>
          {session.status === 'CREATED' && (
            <p className="actions"><Link className="button" to={`/certif/${centre.id}/sessions/${session.id}/finalisation`}>Finaliser la session</Link></p>
          )}
        </div>
        {session.description && <p className="lead">{session.description}</p>}
        <Details session={session} />
        {session.hasStarted && session.status === 'CREATED' && (
          <p className="notice">Un candidat a commencé : la session et sa liste de candidats ne se modifient plus.</p>
        )}
        {editable && <EditSession session={session} result={result} />}

        <section aria-labelledby="candidats">
          <h2 id="candidats">Candidats ({session.candidates.length})</h2>
          <Notice result={result} intent="remove" />
          <Candidates session={session} editable={editable} />
        </section>
        {picker && centre.organization && <ClassPicker picker={picker} divisions={centre.organization.divisions} result={result} />}
        {editable && centre.type !== 'SCO' && <CsvImport result={result} />}

        <Documents session={session} />
        {results.length > 0 && <Results results={results} />}
        {editable && <DeleteSession session={session} result={result} />}
      </main>
    </>
  );
}
