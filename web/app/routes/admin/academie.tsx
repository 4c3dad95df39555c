// One academy: its name, its schools (a list of UAIs that replaces the current one) and its academic viewers.
import { data, Form, Link, useNavigation } from 'react-router';
import type { Route } from './+types/academie';
import { Field, FormError } from '../../components/field';
import { graphql } from '../../gql';
import { failureStatus, load, mutate } from '../../lib/api.server';
import { requireToken } from '../../lib/session.server';
import { apiFieldErrors, check, formValues, useFormCheck, type FieldErrors } from '../../lib/validation';
import { academyNameSchema, splitUais, viewerSchema } from './forms';

const AcademyQuery = graphql(`
  query AdminAcademy($code: ID!) {
    academy(code: $code) {
      code
      name
      schools { uai name }
      viewers { id firstName lastName email }
    }
  }
`);

const RenameMutation = graphql(`
  mutation AdminRenameAcademy($code: ID!, $name: String!) {
    saveAcademy(code: $code, name: $name) { code }
  }
`);

const SchoolsMutation = graphql(`
  mutation AdminSetAcademySchools($code: ID!, $uais: [String!]!) {
    setAcademySchools(code: $code, uais: $uais) { code schools { uai } }
  }
`);

const GrantMutation = graphql(`
  mutation AdminGrantAcademicViewer($code: ID!, $email: String!) {
    grantAcademicViewer(code: $code, email: $email) { code }
  }
`);

const RevokeMutation = graphql(`
  mutation AdminRevokeAcademicViewer($code: ID!, $userId: ID!) {
    revokeAcademicViewer(code: $code, userId: $userId) { code }
  }
`);

type Intent = 'rename' | 'schools' | 'grant' | 'revoke';

interface ActionResult {
  intent: Intent;
  done?: string;
  formError?: string | null;
  errors?: FieldErrors | null;
  /** One message per faulty UAI of the list sent. */
  uaiErrors?: string[];
  /** The list as typed, kept after a refusal so that it can be corrected. */
  uaisText?: string;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.academy.name ?? 'Académie'} – Administration – OpenCRCN` }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { academy } = await load(request, token, AcademyQuery, { code: params.code });
  if (!academy) throw data("Cette académie n'existe pas.", { status: 404 });
  return { academy };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const values = formValues(form);
  const code = params.code;
  const refused = (result: ActionResult, status: number) => data<ActionResult>(result, { status });
  const succeeded = (intent: Intent, done: string): ActionResult => ({ intent, done });

  switch (values.intent) {
    case 'rename': {
      const checked = check(academyNameSchema, values);
      if (checked.errors) return refused({ intent: 'rename', errors: checked.errors }, 400);
      const result = await mutate(request, token, RenameMutation, { code, name: checked.data.name });
      if (result.error) return refused({ intent: 'rename', errors: apiFieldErrors(result.error), formError: result.error.fields ? null : result.error.message }, failureStatus(result.error));
      return succeeded('rename', 'Nom enregistré.');
    }
    case 'schools': {
      const uaisText = values.uais ?? '';
      const uais = splitUais(uaisText);
      const result = await mutate(request, token, SchoolsMutation, { code, uais });
      if (result.error) {
        // The API names each faulty UAI (its field is « uais.<position> »); the list stays as it was.
        const uaiErrors = (result.error.fields ?? []).filter((f) => f.field.startsWith('uais')).map((f) => f.message);
        const formError = uaiErrors.length ? "La liste n'a pas été enregistrée : corrigez les codes signalés sous le champ." : result.error.message;
        return refused({ intent: 'schools', uaiErrors, formError, uaisText }, failureStatus(result.error));
      }
      const count = result.data.setAcademySchools.schools.length;
      const done = count > 1 ? `Liste enregistrée : ${count} établissements.` : count === 1 ? 'Liste enregistrée : 1 établissement.' : 'Liste enregistrée : aucun établissement.';
      return succeeded('schools', done);
    }
    case 'grant': {
      const checked = check(viewerSchema, values);
      if (checked.errors) return refused({ intent: 'grant', errors: checked.errors }, 400);
      const result = await mutate(request, token, GrantMutation, { code, email: checked.data.email });
      if (result.error) {
        const errors = apiFieldErrors(result.error) ?? (result.error.code === 'USER_NOT_FOUND' ? { email: result.error.message } : null);
        return refused({ intent: 'grant', errors, formError: errors ? null : result.error.message }, failureStatus(result.error));
      }
      return succeeded('grant', `Rôle d'observateur donné à ${checked.data.email}.`);
    }
    case 'revoke': {
      const result = await mutate(request, token, RevokeMutation, { code, userId: values.userId ?? '' });
      if (result.error) return refused({ intent: 'revoke', formError: result.error.message }, failureStatus(result.error));
      return succeeded('revoke', `Rôle d'observateur retiré${values.name ? ` à ${values.name}` : ''}.`);
    }
    default:
      return refused({ intent: 'rename', formError: 'Action inconnue.' }, 400);
  }
}

function Outcome({ result, intent }: { result?: ActionResult; intent: Intent }) {
  if (result?.intent !== intent) return null;
  if (result.done) return <p role="status" className="banner banner-ok">{result.done}</p>;
  return <FormError message={result.formError} />;
}

function RenameForm({ name, result }: { name: string; result?: ActionResult }) {
  const { errors, onSubmit } = useFormCheck(academyNameSchema, result?.intent === 'rename' ? result.errors : null);
  return (
    <section className="panel panel-form" aria-labelledby="renommer">
      <h2 id="renommer">Nom de l'académie</h2>
      <Outcome result={result} intent="rename" />
      <Form method="post" noValidate onSubmit={onSubmit} className="form">
        <input type="hidden" name="intent" value="rename" />
        <Field name="name" label="Nom" defaultValue={name} key={name} error={errors.name} autoComplete="off" required />
        <div><button type="submit" className="button">Renommer</button></div>
      </Form>
    </section>
  );
}

function SchoolsForm({ schools, result }: { schools: { uai: string; name?: string | null }[]; result?: ActionResult }) {
  const ours = result?.intent === 'schools' ? result : undefined;
  const saved = schools.map((s) => s.uai).join('\n');
  const text = ours?.uaisText ?? saved;
  const problems = ours?.uaiErrors ?? [];
  return (
    <section aria-labelledby="etablissements">
      <h2 id="etablissements">Établissements</h2>
      {schools.length === 0 ? <p className="empty">Aucun établissement pour l'instant.</p> : (
        <div className="table-wrapper">
          <table className="table" data-testid="academy-schools">
            <caption className="visually-hidden">Les établissements de l'académie</caption>
            <thead><tr><th scope="col">UAI</th><th scope="col">Établissement</th></tr></thead>
            <tbody>
              {schools.map((s) => (
                <tr key={s.uai}>
                  <td><span className="code">{s.uai}</span></td>
                  <td>{s.name ?? <span className="muted">Espace Orga pas encore activé</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="panel panel-form">
        <Outcome result={result} intent="schools" />
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="schools" />
          <div className="field">
            <label htmlFor="uais">Codes UAI des établissements</label>
            <p id="uais-hint" className="field-hint">
              Un code par ligne (7 chiffres et une lettre, par exemple 0381234A) ; une colonne copiée d'un tableur convient aussi.
              La liste remplace l'actuelle en entier : si un code est refusé, rien n'est changé.
            </p>
            <textarea
              id="uais" name="uais" rows={Math.min(Math.max(schools.length + 2, 5), 20)} defaultValue={text} key={text}
              spellCheck={false} autoComplete="off"
              aria-invalid={problems.length ? true : undefined}
              aria-describedby={['uais-hint', problems.length ? 'uais-errors' : ''].filter(Boolean).join(' ')}
            />
            {problems.length > 0 && (
              <ul id="uais-errors" className="field-error plain-list" data-testid="uai-errors">
                {problems.map((p, i) => <li key={i}>{p}</li>)}
              </ul>
            )}
          </div>
          <div><button type="submit" className="button">Enregistrer la liste</button></div>
        </Form>
      </div>
    </section>
  );
}

function Viewers({ viewers, result }: { viewers: { id: string; firstName: string; lastName: string; email?: string | null }[]; result?: ActionResult }) {
  const navigation = useNavigation();
  const { errors, onSubmit } = useFormCheck(viewerSchema, result?.intent === 'grant' ? result.errors : null);
  return (
    <section aria-labelledby="observateurs">
      <h2 id="observateurs">Observateurs académiques</h2>
      <p className="muted">Ils lisent les statistiques de l'académie et de ses établissements.</p>
      <Outcome result={result} intent="revoke" />
      {viewers.length === 0 ? <p className="empty">Aucun observateur pour l'instant.</p> : (
        <div className="table-wrapper">
          <table className="table" data-testid="academy-viewers">
            <caption className="visually-hidden">Les observateurs de l'académie</caption>
            <thead><tr><th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">Adresse e-mail</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
            <tbody>
              {viewers.map((v) => (
                <tr key={v.id}>
                  <td>{v.lastName}</td>
                  <td>{v.firstName}</td>
                  <td>{v.email ?? '–'}</td>
                  <td>
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="userId" value={v.id} />
                      <input type="hidden" name="name" value={`${v.firstName} ${v.lastName}`} />
                      <button type="submit" className="button button-secondary" aria-label={`Retirer le rôle à ${v.firstName} ${v.lastName}`}>Retirer</button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="panel panel-form">
        <h3>Donner le rôle d'observateur</h3>
        <Outcome result={result} intent="grant" />
        <Form method="post" noValidate onSubmit={onSubmit} className="form" key={result?.intent === 'grant' && result.done ? result.done : 'grant'}>
          <input type="hidden" name="intent" value="grant" />
          <Field name="email" type="email" label="Adresse e-mail du compte" hint="Le compte doit déjà exister sur OpenCRCN." error={errors.email} autoComplete="off" required />
          <div><button type="submit" className="button" disabled={navigation.state === 'submitting'}>Donner le rôle</button></div>
        </Form>
      </div>
    </section>
  );
}

export default function Academie({ loaderData, actionData }: Route.ComponentProps) {
  const { academy } = loaderData;
  return (
    <>
      <p><Link to="/admin/academies" className="back-link">Toutes les académies</Link></p>
      <h1>{academy.name} <span className="code">({academy.code})</span></h1>
      <p className="muted">
        Les statistiques des observateurs suivent la liste des établissements à leur prochaine mise à jour (quelques minutes).
      </p>
      <RenameForm name={academy.name} result={actionData} />
      <SchoolsForm schools={academy.schools} result={actionData} />
      <Viewers viewers={academy.viewers} result={actionData} />
    </>
  );
}
