// Changing one's password; a temporary password (accounts made by the school) is replaced here before anything else.
import { data, Form, redirect, useNavigation, useSearchParams } from 'react-router';
import type { Route } from './+types/mot-de-passe';
import { Field, FormError } from '../components/field';
import { Header } from '../components/header';
import { graphql } from '../gql';
import { failureStatus, load, mutate } from '../lib/api.server';
import { changePasswordSchema, PASSWORD_RULE } from '../lib/forms';
import { requireToken, safeRedirect, signOut } from '../lib/session.server';
import { apiFieldErrors, check, formValues, useFormCheck, type FieldErrors } from '../lib/validation';

const PasswordStateQuery = graphql(`
  query PasswordState {
    me { mustChangePassword }
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { mustChangePassword }
  }
`);

interface ActionResult { errors: FieldErrors | null; formError: string | null }

export function meta() {
  return [{ title: 'Changer de mot de passe – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { me } = await load(request, token, PasswordStateQuery, {});
  if (!me) throw await signOut(request);
  return { temporary: me.mustChangePassword };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const checked = check(changePasswordSchema, formValues(form));
  if (checked.errors) return data<ActionResult>({ errors: checked.errors, formError: null }, { status: 400 });
  const { currentPassword, newPassword } = checked.data;
  const result = await mutate(request, token, ChangePasswordMutation, { currentPassword, newPassword });
  if (result.error) {
    const errors = result.error.code === 'INVALID_CREDENTIALS'
      ? { currentPassword: 'Le mot de passe actuel est incorrect.' }
      : apiFieldErrors(result.error);
    return data<ActionResult>({ errors, formError: errors ? null : result.error.message }, { status: failureStatus(result.error) });
  }
  return redirect(safeRedirect(form.get('redirectTo')));
}

export default function MotDePasse({ loaderData, actionData }: Route.ComponentProps) {
  const { temporary } = loaderData;
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const { errors, onSubmit } = useFormCheck(changePasswordSchema, actionData?.errors);
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>{temporary ? 'Choisissez votre mot de passe' : 'Changer de mot de passe'}</h1>
        {temporary && (
          <p className="banner banner-todo">
            Votre mot de passe est provisoire : choisissez-en un nouveau, que vous seul connaîtrez, pour continuer.
          </p>
        )}
        <FormError message={actionData?.formError} />
        <Form method="post" noValidate onSubmit={onSubmit} className="form">
          <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
          <Field
            name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword}
            label={temporary ? 'Mot de passe provisoire' : 'Mot de passe actuel'}
          />
          <Field
            name="newPassword" label="Nouveau mot de passe" type="password" autoComplete="new-password" required
            hint={`Le mot de passe doit contenir ${PASSWORD_RULE}.`} error={errors.newPassword}
          />
          <Field name="confirmation" label="Confirmez le nouveau mot de passe" type="password" autoComplete="new-password" required error={errors.confirmation} />
          <div>
            <button type="submit" className="button" disabled={navigation.state === 'submitting'}>Enregistrer le mot de passe</button>
          </div>
        </Form>
      </main>
    </>
  );
}
