// The academies: their list, and a new one created by its code and name.
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/academies';
import { Field, FormError } from '../../components/field';
import { graphql } from '../../gql';
import { failureStatus, load, mutate } from '../../lib/api.server';
import { requireToken } from '../../lib/session.server';
import { apiFieldErrors, check, formValues, useFormCheck, type FieldErrors } from '../../lib/validation';
import { academySchema } from './forms';

const AcademiesQuery = graphql(`
  query AdminAcademies {
    myAcademies { code name schools { uai } viewers { id } }
  }
`);

const CreateAcademyMutation = graphql(`
  mutation AdminCreateAcademy($code: ID!, $name: String!) {
    saveAcademy(code: $code, name: $name) { code }
  }
`);

interface ActionResult { errors: FieldErrors | null; formError: string | null }

export function meta() {
  return [{ title: 'Académies – Administration – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { myAcademies } = await load(request, token, AcademiesQuery, {});
  return { academies: myAcademies };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const checked = check(academySchema, formValues(await request.formData()));
  if (checked.errors) return data<ActionResult>({ errors: checked.errors, formError: null }, { status: 400 });
  const { code, name } = checked.data;
  // saveAcademy also renames: an existing code is refused here, so that creating never overwrites a name.
  const { myAcademies } = await load(request, token, AcademiesQuery, {});
  if (myAcademies.some((a) => a.code === code)) {
    return data<ActionResult>({ errors: { code: `L'académie ${code} existe déjà : ouvrez-la pour la renommer.` }, formError: null }, { status: 409 });
  }
  const result = await mutate(request, token, CreateAcademyMutation, { code, name });
  if (result.error) {
    return data<ActionResult>({ errors: apiFieldErrors(result.error), formError: result.error.fields ? null : result.error.message }, { status: failureStatus(result.error) });
  }
  throw redirect(`/admin/academies/${encodeURIComponent(result.data.saveAcademy.code)}`);
}

export default function Academies({ loaderData, actionData }: Route.ComponentProps) {
  const { academies } = loaderData;
  const navigation = useNavigation();
  const { errors, onSubmit } = useFormCheck(academySchema, actionData?.errors);
  return (
    <>
      <h1>Académies</h1>
      <p className="lead">Chaque académie suit ses établissements (par UAI) ; ses observateurs (DANE) lisent ses statistiques.</p>
      {academies.length === 0 ? <p className="empty">Aucune académie pour l'instant.</p> : (
        <div className="table-wrapper">
          <table className="table" data-testid="academies">
            <caption className="visually-hidden">Les académies</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Nom</th>
                <th scope="col" className="number">Établissements</th>
                <th scope="col" className="number">Observateurs</th>
              </tr>
            </thead>
            <tbody>
              {academies.map((a) => (
                <tr key={a.code}>
                  <td><Link to={`/admin/academies/${encodeURIComponent(a.code)}`}><span className="code">{a.code}</span></Link></td>
                  <td>{a.name}</td>
                  <td className="number">{a.schools.length}</td>
                  <td className="number">{a.viewers.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="panel panel-form" aria-labelledby="nouvelle-academie">
        <h2 id="nouvelle-academie">Créer une académie</h2>
        <FormError message={actionData?.formError} />
        <Form method="post" noValidate onSubmit={onSubmit} className="form">
          <Field name="code" label="Code" hint="De 2 à 10 lettres ou chiffres, par exemple GRE pour Grenoble." error={errors.code} autoComplete="off" required />
          <Field name="name" label="Nom" hint="Par exemple Grenoble." error={errors.name} autoComplete="off" required />
          <div>
            <button type="submit" className="button" disabled={navigation.state === 'submitting'}>Créer l'académie</button>
          </div>
        </Form>
      </section>
    </>
  );
}
