// The printed list a teacher hands out: each pupil of a class with their username and, for accounts created
// now, a temporary password. Generating is a POST: it creates accounts, and the passwords are shown only once.
import { data, Form, Link, useNavigation } from 'react-router';
import type { Route } from './+types/identifiants';
import { FormError } from '../../components/field';
import { graphql } from '../../gql';
import { failureStatus, load, mutate } from '../../lib/api.server';
import { orgaTitle, useOrga } from '../../lib/orga';
import { requireToken } from '../../lib/session.server';

const DivisionsQuery = graphql(`
  query OrgaDivisions($id: ID!) {
    organization(id: $id) { id divisions }
  }
`);

const GenerateAccountsMutation = graphql(`
  mutation GenerateStudentAccounts($organizationId: ID!, $division: String!) {
    generateStudentAccounts(organizationId: $organizationId, division: $division) {
      studentId firstName lastName division username temporaryPassword
    }
  }
`);

export function meta({ matches }: Route.MetaArgs) {
  return orgaTitle(matches, 'Identifiants de la classe');
}

async function requireDivision(request: Request, token: string, orgId: string, division: string | null): Promise<string> {
  const { organization } = await load(request, token, DivisionsQuery, { id: orgId });
  if (!division || !organization?.divisions.includes(division)) {
    throw data("Cette classe n'existe pas dans l'établissement.", { status: 404 });
  }
  return division;
}

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const division = await requireDivision(request, token, params.orgId, url.searchParams.get('classe'));
  return { division };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const division = await requireDivision(request, token, params.orgId, String((await request.formData()).get('classe') ?? ''));
  const result = await mutate(request, token, GenerateAccountsMutation, { organizationId: params.orgId, division });
  if (result.error) return data({ error: result.error.message, credentials: null }, { status: failureStatus(result.error) });
  return { error: null, credentials: result.data.generateStudentAccounts };
}

export default function Identifiants({ loaderData, actionData }: Route.ComponentProps) {
  const { organization } = useOrga();
  const { division } = loaderData;
  const navigation = useNavigation();
  const back = `/orga/${organization.id}/eleves?classe=${encodeURIComponent(division)}`;
  const credentials = actionData?.credentials;

  if (!credentials) {
    return (
      <div className="page-medium">
        <p className="back-link"><Link to={back}>Retour aux élèves de la classe</Link></p>
        <h1>Identifiants de la classe {division}</h1>
        <p>
          Les élèves de la classe qui n'ont pas encore de compte en reçoivent un : un identifiant et un mot de passe
          provisoire, qu'ils changeront à leur première connexion. Les élèves qui ont déjà un compte figurent sur la liste
          avec leur identifiant.
        </p>
        <p className="notice">Les mots de passe provisoires ne s'affichent qu'une fois : imprimez la liste dès qu'elle apparaît.</p>
        <FormError message={actionData?.error} />
        <Form method="post" className="actions">
          <input type="hidden" name="classe" value={division} />
          <button type="submit" className="button" disabled={navigation.state !== 'idle'}>
            {navigation.state === 'submitting' ? 'Préparation de la liste…' : 'Préparer la liste à imprimer'}
          </button>
        </Form>
      </div>
    );
  }

  return (
    <div className="print-sheet">
      <p className="back-link no-print"><Link to={back}>Retour aux élèves de la classe</Link></p>
      <h1>Identifiants OpenCRCN – classe {division}</h1>
      <p className="print-org">{organization.name}</p>
      <p className="print-note">
        Connexion sur OpenCRCN avec l'identifiant et le mot de passe provisoire ci-dessous. Le mot de passe provisoire
        doit être changé à la première connexion.
      </p>
      <p className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>Imprimer la liste</button>
      </p>
      <table className="table credentials">
        <caption className="visually-hidden">Identifiants des élèves de la classe {division}</caption>
        <thead>
          <tr>
            <th scope="col">Élève</th>
            <th scope="col">Identifiant</th>
            <th scope="col">Mot de passe provisoire</th>
          </tr>
        </thead>
        <tbody>
          {credentials.map((c) => (
            <tr key={c.studentId}>
              <td>{c.lastName} {c.firstName}</td>
              <td className="credential">{c.username ?? '–'}</td>
              <td className="credential">{c.temporaryPassword ?? <span className="muted">compte existant</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {credentials.length === 0 && <p className="empty">Aucun élève dans cette classe.</p>}
    </div>
  );
}
