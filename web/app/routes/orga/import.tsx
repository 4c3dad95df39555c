// Importing the pupils: the file goes to the route action (multipart), then the API imports it in the background
// and the page of the import follows its progress.
import { useState } from 'react';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/import';
import { FormError } from '../../components/field';
import { graphql } from '../../gql';
import type { StudentFileFormat } from '../../gql/graphql';
import { failureStatus, load, mutate } from '../../lib/api.server';
import { dateTime } from '../../lib/dates';
import { IMPORT_STATUS_LABELS } from '../../lib/labels';
import { orgaTitle, useOrga } from '../../lib/orga';
import { requireToken } from '../../lib/session.server';
import { studentFileDataUrl } from '../../lib/upload.server';

const RecentImportsQuery = graphql(`
  query RecentStudentImports($id: ID!) {
    organization(id: $id) {
      id
      studentImports(first: 5) { id status format importedCount createdAt }
    }
  }
`);

const ImportStudentsMutation = graphql(`
  mutation ImportStudents($organizationId: ID!, $file: String!, $format: StudentFileFormat!) {
    importStudents(organizationId: $organizationId, file: $file, format: $format) { id }
  }
`);

const FORMATS: { value: StudentFileFormat; label: string; hint: string }[] = [
  { value: 'SIECLE_XML', label: 'Export SIECLE', hint: 'Le fichier « ElevesSansAdresses » exporté de SIECLE (BEE), en .xml ou en .zip.' },
  { value: 'CSV', label: 'Fichier CSV', hint: "Le modèle CSV d'OpenCRCN, colonnes séparées par « ; »." },
];

export function meta({ matches }: Route.MetaArgs) {
  return orgaTitle(matches, 'Import des élèves');
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { organization } = await load(request, token, RecentImportsQuery, { id: params.orgId });
  return { imports: organization?.studentImports ?? [] };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const format: StudentFileFormat = form.get('format') === 'CSV' ? 'CSV' : 'SIECLE_XML';
  const upload = await studentFileDataUrl(form.get('file'), format);
  if (!upload.ok) return data({ error: upload.error }, { status: 400 });
  const result = await mutate(request, token, ImportStudentsMutation, { organizationId: params.orgId, file: upload.dataUrl, format });
  if (result.error) return data({ error: result.error.message }, { status: failureStatus(result.error) });
  return redirect(`/orga/${params.orgId}/import/${result.data.importStudents.id}`);
}

/** Picks the format from the file's extension, so that the usual case needs no second choice. */
function formatOf(fileName: string): StudentFileFormat | null {
  const extension = fileName.split('.').pop()?.toLowerCase();
  if (extension === 'csv') return 'CSV';
  if (extension === 'xml' || extension === 'zip') return 'SIECLE_XML';
  return null;
}

function ImportForm({ error }: { error?: string | null }) {
  const navigation = useNavigation();
  const [format, setFormat] = useState<StudentFileFormat>('SIECLE_XML');
  const sending = navigation.state === 'submitting';
  return (
    <Form method="post" encType="multipart/form-data" className="form panel">
      <FormError message={error} />
      <div className="field">
        <label htmlFor="file">Fichier des élèves</label>
        <p id="file-hint" className="field-hint">Fichier .xml, .zip ou .csv, 30 Mo au plus.</p>
        <input
          id="file" name="file" type="file" required accept=".xml,.zip,.csv" aria-describedby="file-hint"
          onChange={(event) => {
            const picked = formatOf(event.currentTarget.files?.[0]?.name ?? '');
            if (picked) setFormat(picked);
          }}
        />
      </div>
      <fieldset className="choices">
        <legend>Format du fichier</legend>
        {FORMATS.map((f) => (
          <label key={f.value} className="choice">
            <input type="radio" name="format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
            <span><strong>{f.label}</strong><br /><span className="muted">{f.hint}</span></span>
          </label>
        ))}
      </fieldset>
      <p className="field-hint">
        L'import est tout ou rien : si une ligne pose problème, aucun élève n'est modifié et la liste des problèmes s'affiche.
        Les élèves absents du fichier sont marqués comme partis.
      </p>
      <div>
        <button type="submit" className="button" disabled={sending}>{sending ? 'Envoi du fichier…' : 'Importer'}</button>
      </div>
    </Form>
  );
}

export default function Import({ loaderData, actionData }: Route.ComponentProps) {
  const { organization, isAdmin } = useOrga();
  const { imports } = loaderData;
  const base = `/orga/${organization.id}`;
  return (
    <div className="page-medium">
      <h1>Import des élèves</h1>
      {isAdmin ? (
        <>
          <p>
            Importez la liste des élèves depuis SIECLE au début de l'année, puis à chaque changement : les élèves sont
            rangés par classe et pourront rejoindre les campagnes de l'établissement.
          </p>
          <ImportForm error={actionData?.error} />
        </>
      ) : (
        <p className="banner banner-todo">
          Seuls les administrateurs de l'espace de l'établissement peuvent importer les élèves. Demandez à votre chef
          d'établissement (ou à la personne qui administre l'espace) de le faire, ou de vous nommer administrateur.
        </p>
      )}
      {imports.length > 0 && (
        <section aria-labelledby="derniers-imports">
          <h2 id="derniers-imports">Derniers imports</h2>
          <ul className="plain-list">
            {imports.map((i) => (
              <li key={i.id}>
                <Link to={`${base}/import/${i.id}`}>Import du {dateTime(i.createdAt)}</Link>
                {' – '}{IMPORT_STATUS_LABELS[i.status]}
                {i.status === 'SUCCEEDED' && `, ${i.importedCount} élèves importés`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
