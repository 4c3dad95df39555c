// Creating an account with an e-mail address; the new user is signed in and goes on where they were heading.
import { data, Form, Link, redirect, useNavigation, useSearchParams } from 'react-router';
import type { Route } from './+types/inscription';
import { Field, FormError } from '../components/field';
import { Header } from '../components/header';
import { graphql } from '../gql';
import { failureStatus, mutate } from '../lib/api.server';
import { PASSWORD_RULE, signUpSchema } from '../lib/forms';
import { commitToken, getToken, safeRedirect } from '../lib/session.server';
import { apiFieldErrors, check, formValues, useFormCheck, type FieldErrors } from '../lib/validation';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { token }
  }
`);

interface ActionResult { errors: FieldErrors | null; formError: string | null }

export function meta() {
  return [{ title: 'Créer un compte – OpenCRCN' }];
}

export async function loader({ request, url }: Route.LoaderArgs) {
  if (await getToken(request)) throw redirect(safeRedirect(url.searchParams.get('redirectTo')));
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const checked = check(signUpSchema, formValues(form));
  if (checked.errors) return data<ActionResult>({ errors: checked.errors, formError: null }, { status: 400 });
  const { birthdate, ...rest } = checked.data;
  const result = await mutate(request, null, SignUpMutation, { input: { ...rest, birthdate: birthdate || null } });
  if (result.error) {
    const errors = result.error.code === 'EMAIL_ALREADY_USED' ? { email: result.error.message } : apiFieldErrors(result.error);
    return data<ActionResult>({ errors, formError: errors ? null : result.error.message }, { status: failureStatus(result.error) });
  }
  return redirect(safeRedirect(form.get('redirectTo')), {
    headers: { 'Set-Cookie': await commitToken(request, result.data.signUp.token) },
  });
}

export default function Inscription({ actionData }: Route.ComponentProps) {
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const { errors, onSubmit } = useFormCheck(signUpSchema, actionData?.errors);
  const redirectTo = searchParams.get('redirectTo') ?? '';
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Créer un compte</h1>
        <p>Votre compte garde votre profil de compétences numériques et vous permet de rejoindre des campagnes.</p>
        <FormError message={actionData?.formError} />
        <Form method="post" noValidate onSubmit={onSubmit} className="form">
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <Field name="firstName" label="Prénom" autoComplete="given-name" required error={errors.firstName} />
          <Field name="lastName" label="Nom" autoComplete="family-name" required error={errors.lastName} />
          <Field name="email" label="Adresse e-mail" type="email" autoComplete="email" required error={errors.email} />
          <Field
            name="password" label="Mot de passe" type="password" autoComplete="new-password" required
            hint={`Le mot de passe doit contenir ${PASSWORD_RULE}.`} error={errors.password}
          />
          <Field
            name="birthdate" label="Date de naissance (facultatif)" type="date" autoComplete="bday"
            hint="Utile aux élèves : elle permet de retrouver votre fiche dans votre établissement." error={errors.birthdate}
          />
          <div>
            <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
              {navigation.state === 'submitting' ? 'Création du compte…' : 'Créer mon compte'}
            </button>
          </div>
        </Form>
        <p className="form-links">
          Vous avez déjà un compte ?{' '}
          <Link to={redirectTo ? `/connexion?redirectTo=${encodeURIComponent(redirectTo)}` : '/connexion'}>Se connecter</Link>
        </p>
      </main>
    </>
  );
}
