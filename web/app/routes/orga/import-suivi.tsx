// One import: its progress while it runs, then what it did or why it was refused.
import { data, Link } from 'react-router';
import type { Route } from './+types/import-suivi';
import { ProgressBar } from '../../components/progress-bar';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { dateTime } from '../../lib/dates';
import { orgaTitle, useOrga } from '../../lib/orga';
import { useRefreshWhile } from '../../lib/polling';
import { requireToken } from '../../lib/session.server';

const StudentImportQuery = graphql(`
  query StudentImportProgress($id: ID!) {
    studentImport(id: $id) {
      id status format progress importedCount createdCount skippedCount leftCount createdAt finishedAt
      errors { line studentId field code message }
    }
  }
`);

export function meta({ matches }: Route.MetaArgs) {
  return orgaTitle(matches, "Suivi de l'import");
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { studentImport } = await load(request, token, StudentImportQuery, { id: params.importId });
  if (!studentImport) throw data("Cet import n'existe pas.", { status: 404 });
  return { studentImport };
}

type LoadedImport = Route.ComponentProps['loaderData']['studentImport'];

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

function ImportSummary({ job }: { job: LoadedImport }) {
  return (
    <div role="status" className="banner banner-ok">
      <p><strong>Import terminé : {plural(job.importedCount, 'élève importé', 'élèves importés')}</strong> (dont {plural(job.createdCount, 'nouveau', 'nouveaux')}).</p>
      {(job.skippedCount > 0 || job.leftCount > 0) && (
        <ul>
          {job.skippedCount > 0 && <li>{plural(job.skippedCount, 'élève ignoré', 'élèves ignorés')} (sortis de l'établissement ou sans classe).</li>}
          {job.leftCount > 0 && <li>{plural(job.leftCount, 'élève absent', 'élèves absents')} du fichier, {job.leftCount > 1 ? 'marqués comme partis' : 'marqué comme parti'}.</li>}
        </ul>
      )}
    </div>
  );
}

function ImportErrors({ errors }: { errors: LoadedImport['errors'] }) {
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption>Problèmes trouvés dans le fichier</caption>
        <thead>
          <tr>
            <th scope="col">Ligne / Élève</th>
            <th scope="col">Champ</th>
            <th scope="col">Code</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i}>
              <td>{[e.line != null ? `Ligne ${e.line}` : null, e.studentId].filter(Boolean).join(' – ') || '–'}</td>
              <td>{e.field ?? '–'}</td>
              <td><code>{e.code}</code></td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ImportSuivi({ loaderData }: Route.ComponentProps) {
  const { organization } = useOrga();
  const job = loaderData.studentImport;
  const running = job.status === 'QUEUED' || job.status === 'RUNNING';
  useRefreshWhile(running);
  const base = `/orga/${organization.id}`;
  return (
    <div className="page-medium">
      <p className="back-link"><Link to={`${base}/import`}>Retour à l'import</Link></p>
      <h1>Import des élèves</h1>
      <p className="muted">
        Fichier {job.format === 'CSV' ? 'CSV' : 'SIECLE'} envoyé le {dateTime(job.createdAt)}
        {job.finishedAt && `, traité le ${dateTime(job.finishedAt)}`}.
      </p>
      {running && (
        <section className="panel" aria-labelledby="avancement">
          <h2 id="avancement">{job.status === 'QUEUED' ? "L'import va commencer…" : 'Import en cours…'}</h2>
          <ProgressBar value={job.progress} label="Avancement de l'import" />
          <p className="muted">Vous pouvez quitter cette page : l'import continue et son résultat restera ici.</p>
        </section>
      )}
      {job.status === 'SUCCEEDED' && (
        <>
          <ImportSummary job={job} />
          <p className="actions">
            <Link to={`${base}/eleves`} className="button">Voir les élèves</Link>
            <Link to={`${base}/campagnes/nouvelle`} className="button button-secondary">Créer une campagne</Link>
          </p>
        </>
      )}
      {job.status === 'FAILED' && (
        <>
          <p role="alert" className="alert alert-error">
            L'import a été refusé : aucun élève n'a été modifié. Corrigez les problèmes ci-dessous dans le fichier, puis importez-le à nouveau.
          </p>
          <p className="actions"><Link to={`${base}/import`} className="button">Importer un fichier corrigé</Link></p>
        </>
      )}
      {job.errors.length > 0 && <ImportErrors errors={job.errors} />}
    </div>
  );
}
