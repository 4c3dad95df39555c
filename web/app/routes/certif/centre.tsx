// A centre's sessions, with the forms to create one, or one per class at once; for a school's centre, its
// pupils' published results by class, with their CSV and attestations.
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/centre';
import { Field, FormError } from '../../components/field';
import { Header } from '../../components/header';
import { SessionFields } from '../../components/certif-session-fields';
import { graphql } from '../../gql';
import { certifLoad, certifMutate, certifRequest, refusalStatus } from '../../lib/certif-api.server';
import { readPerClassForm, readSessionForm, type Problems } from '../../lib/certif-forms';
import { CERTIFICATION_STATUS_LABELS, SESSION_STATUS_LABELS } from '../../lib/certif-labels';
import { calendarDate } from '../../lib/dates';
import { requireToken } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

const CentreQuery = graphql(`
  query CertifCentre($id: ID!) {
    certificationCenter(id: $id) {
      id name type
      organization { id divisions }
      sessions { id date time room address examiner status hasStarted }
    }
  }
`);

const SchoolResultsQuery = graphql(`
  query CertifSchoolResults($id: ID!, $division: String) {
    organization(id: $id) {
      id
      certificationResults(division: $division) {
        candidate { id firstName lastName division } status pixScore competences { competence { code } level }
      }
      certificationResultsCsvUrl(division: $division)
      certificationAttestationsUrl(division: $division)
    }
  }
`);

const CreateSessionMutation = graphql(`
  mutation CertifCreateSession($input: CreateSessionInput!) {
    createCertificationSession(input: $input) { id }
  }
`);

const CreatePerClassMutation = graphql(`
  mutation CertifCreateSessionsPerClass($input: CreateSessionsPerClassInput!) {
    createCertificationSessionsPerClass(input: $input) { id }
  }
`);

interface ActionResult { form: 'one' | 'per-class'; problems: Problems | null; message: string | null; created?: number }

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData ? `Sessions – ${loaderData.centre.name} – OpenCRCN` : 'Sessions – OpenCRCN' }];
}

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { certificationCenter } = await certifLoad(request, token, CentreQuery, { id: params.centreId });
  if (!certificationCenter) throw data("Ce centre de certification n'existe pas.", { status: 404 });
  const organization = certificationCenter.organization;
  const asked = url.searchParams.get('classe');
  const division = asked && organization?.divisions.includes(asked) ? asked : null;
  // Results are the school's: a centre member who is not one of its members simply does not see them.
  const found = organization ? await certifRequest(token, SchoolResultsQuery, { id: organization.id, division }) : null;
  const results = found?.data?.organization ? { division, ...found.data.organization } : null;
  return { centre: certificationCenter, results };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  if (form.get('intent') === 'per-class') {
    const { certificationCenter } = await certifLoad(request, token, CentreQuery, { id: params.centreId });
    const { classes, problems } = readPerClassForm(form, certificationCenter?.organization?.divisions ?? []);
    if (problems) return data<ActionResult>({ form: 'per-class', problems, message: null }, { status: 400 });
    const result = await certifMutate(request, token, CreatePerClassMutation, {
      input: {
        certificationCenterId: params.centreId,
        address: String(form.get('address')).trim(),
        examiner: String(form.get('examiner')).trim(),
        enrolStudents: form.get('enrolStudents') === 'on',
        classes,
      },
    });
    if (result.error) return data<ActionResult>({ form: 'per-class', problems: null, message: result.error.message }, { status: refusalStatus(result.error) });
    return { form: 'per-class', problems: null, message: null, created: result.data.createCertificationSessionsPerClass.length } satisfies ActionResult;
  }

  const { values, problems } = readSessionForm(form);
  if (problems) return data<ActionResult>({ form: 'one', problems, message: null }, { status: 400 });
  const result = await certifMutate(request, token, CreateSessionMutation, { input: { certificationCenterId: params.centreId, ...values } });
  if (result.error) return data<ActionResult>({ form: 'one', problems: null, message: result.error.message }, { status: refusalStatus(result.error) });
  return redirect(`/certif/${params.centreId}/sessions/${result.data.createCertificationSession.id}`);
}

type Centre = Route.ComponentProps['loaderData']['centre'];

function SessionsTable({ centre }: { centre: Centre }) {
  if (!centre.sessions.length) return <p className="empty">Aucune session pour l'instant : créez la première ci-dessous.</p>;
  return (
    <div className="table-wrapper">
      <table className="table" data-testid="sessions">
        <caption className="visually-hidden">Sessions du centre, les plus proches d'abord</caption>
        <thead>
          <tr>
            <th scope="col">N° de session</th>
            <th scope="col">Date</th>
            <th scope="col">Heure</th>
            <th scope="col">Salle</th>
            <th scope="col">Surveillant(s)</th>
            <th scope="col">Statut</th>
          </tr>
        </thead>
        <tbody>
          {centre.sessions.map((s) => (
            <tr key={s.id} data-testid="session-row">
              <td><Link to={`/certif/${centre.id}/sessions/${s.id}`} aria-label={`Session n° ${s.id}`}><span className="code">{s.id}</span></Link></td>
              <td>{calendarDate(s.date)}</td>
              <td>{s.time}</td>
              <td>{s.room}</td>
              <td>{s.examiner}</td>
              <td>
                <span className={`status certif-status-${s.status.toLowerCase()}`}>{SESSION_STATUS_LABELS[s.status]}</span>
                {s.status === 'CREATED' && s.hasStarted && <span className="tag">commencée</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CreateSession({ result }: { result?: ActionResult }) {
  const navigation = useNavigation();
  const mine = result?.form === 'one' ? result : undefined;
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'one';
  return (
    <details className="panel panel-form" open={!!mine}>
      <summary><h2 className="certif-summary-title">Créer une session</h2></summary>
      <FormError message={mine?.message} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="one" />
        <SessionFields errors={mine?.problems ?? {}} />
        <div><button type="submit" className="button" disabled={busy}>{busy ? 'Création…' : 'Créer la session'}</button></div>
      </Form>
    </details>
  );
}

function CreatePerClass({ divisions, result }: { divisions: string[]; result?: ActionResult }) {
  const navigation = useNavigation();
  const mine = result?.form === 'per-class' ? result : undefined;
  const problems = mine?.problems ?? {};
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'per-class';
  return (
    <details className="panel panel-form" open={!!mine}>
      <summary><h2 className="certif-summary-title">Une session par classe</h2></summary>
      {mine?.created ? <p role="status" className="banner banner-ok">{mine.created > 1 ? `${mine.created} sessions créées.` : 'Session créée.'}</p> : null}
      <FormError message={mine?.message} />
      {divisions.length === 0 ? (
        <p className="empty">Importez d'abord les élèves de l'établissement : leurs classes apparaîtront ici.</p>
      ) : (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="per-class" />
          <Field id="pc-address" name="address" label="Site" error={problems.address} required />
          <Field id="pc-examiner" name="examiner" label="Surveillant(s)" error={problems.examiner} required />
          <fieldset className="choices">
            <legend>Classes</legend>
            {problems.classes && <p className="field-error">{problems.classes}</p>}
            <div className="table-wrapper">
              <table className="table">
                <caption className="visually-hidden">Une ligne par classe : cochez-la et indiquez sa salle, sa date et son heure</caption>
                <thead>
                  <tr><th scope="col">Classe</th><th scope="col">Salle</th><th scope="col">Date</th><th scope="col">Heure</th></tr>
                </thead>
                <tbody>
                  {divisions.map((division, i) => (
                    <tr key={division}>
                      <td>
                        <label className="checkbox"><input type="checkbox" name={`class-${i}`} /> <span>{division}</span></label>
                        {problems[`class-${i}`] && <p className="field-error">{problems[`class-${i}`]}</p>}
                      </td>
                      <td><input className="certif-input" name={`class-${i}-room`} aria-label={`Salle de la classe ${division}`} /></td>
                      <td><input className="certif-input" type="date" name={`class-${i}-date`} aria-label={`Date de la session de la classe ${division}`} /></td>
                      <td><input className="certif-input" type="time" name={`class-${i}-time`} aria-label={`Heure de la session de la classe ${division}`} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </fieldset>
          <label className="checkbox">
            <input type="checkbox" name="enrolStudents" defaultChecked />
            <span>Inscrire aussi les élèves de chaque classe</span>
          </label>
          <div><button type="submit" className="button" disabled={busy}>{busy ? 'Création…' : 'Créer les sessions'}</button></div>
        </Form>
      )}
    </details>
  );
}

function SchoolResults({ centre, results }: { centre: Centre; results: NonNullable<Route.ComponentProps['loaderData']['results']> }) {
  const divisions = centre.organization?.divisions ?? [];
  return (
    <section aria-labelledby="resultats-eleves">
      <h2 id="resultats-eleves">Résultats publiés des élèves</h2>
      <nav aria-label="Classes">
        <ul className="chips">
          <li><Link className="chip" to="?" aria-current={results.division === null ? 'true' : undefined} preventScrollReset>Toutes les classes</Link></li>
          {divisions.map((d) => (
            <li key={d}>
              <Link className="chip" to={`?classe=${encodeURIComponent(d)}`} aria-current={d === results.division ? 'true' : undefined} preventScrollReset>{d}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {results.certificationResults.length === 0 ? <p className="empty">Aucun résultat publié.</p> : (
        <>
          <div className="table-wrapper">
            <table className="table">
              <caption className="visually-hidden">Résultats de certification publiés{results.division ? `, classe ${results.division}` : ''}</caption>
              <thead>
                <tr><th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">Classe</th><th scope="col">Résultat</th><th scope="col" className="number">Score</th><th scope="col">Niveaux certifiés</th></tr>
              </thead>
              <tbody>
                {results.certificationResults.map((r) => (
                  <tr key={r.candidate.id}>
                    <td>{r.candidate.lastName}</td><td>{r.candidate.firstName}</td><td>{r.candidate.division ?? '–'}</td>
                    <td>{CERTIFICATION_STATUS_LABELS[r.status]}</td>
                    <td className="number">{r.status === 'VALIDATED' ? `${r.pixScore} pix` : '–'}</td>
                    <td>{r.competences.map((c) => `${c.competence.code} : ${c.level}`).join(', ') || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="actions">
            <a href={results.certificationResultsCsvUrl} download>Télécharger les résultats (CSV)</a>
            <a href={results.certificationAttestationsUrl} download>Télécharger les attestations (PDF)</a>
          </p>
        </>
      )}
    </section>
  );
}

export default function Centre({ loaderData, actionData }: Route.ComponentProps) {
  const { centre, results } = loaderData;
  return (
    <>
      <Header />
      <main id="contenu" className="page">
        <p className="back-link"><Link to="/certif">Centres de certification</Link></p>
        <h1>Sessions de certification – {centre.name}</h1>
        <p className="lead">Chaque session dure 1 h 45 (plus le temps majoré), sous surveillance. Son numéro et son mot de passe surveillant servent le jour de la session.</p>
        <SessionsTable centre={centre} />
        <CreateSession result={actionData} />
        {centre.organization && <CreatePerClass divisions={centre.organization.divisions} result={actionData} />}
        {results && <SchoolResults centre={centre} results={results} />}
      </main>
    </>
  );
}
