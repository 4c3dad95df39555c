import { useState, type FormEvent } from 'react';
import { data, Form, Link, redirect, useNavigation, useSearchParams } from 'react-router';
import type { Route } from './+types/connexion';
import { Header } from '../components/header';
import { graphql } from '../gql';
import { apiRequest } from '../lib/graphql.server';
import { commitToken, getToken, safeRedirect } from '../lib/session.server';

const SignInMutation = graphql(`
  mutation SignIn($login: String!, $password: String!) {
    signIn(login: $login, password: $password) {
      token
      user { mustChangePassword }
    }
  }
`);

interface FieldErrors { login?: string; password?: string }
interface ActionResult { fieldErrors: FieldErrors; formError: string | null }

// The same checks run in the browser (instant feedback) and on the server (no JavaScript, crafted requests).
function validate(login: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!login.trim()) errors.login = 'Saisissez votre identifiant ou votre adresse e-mail.';
  if (!password) errors.password = 'Saisissez votre mot de passe.';
  return errors;
}

export function meta() {
  return [{ title: 'Connexion – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  if (await getToken(request)) {
    throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo')));
  }
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const login = String(form.get('login') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const fieldErrors = validate(login, password);
  if (fieldErrors.login || fieldErrors.password) {
    return data<ActionResult>({ fieldErrors, formError: null }, { status: 400 });
  }
  const result = await apiRequest(null, SignInMutation, { login, password });
  if (result.error) {
    const status = result.error.code === 'INVALID_CREDENTIALS' ? 401 : 502;
    return data<ActionResult>({ fieldErrors: {}, formError: result.error.message }, { status });
  }
  const next = safeRedirect(form.get('redirectTo'));
  // A temporary password (accounts made by the school) is replaced first; the page then carries on to `next`.
  const to = result.data.signIn.user?.mustChangePassword ? `/mot-de-passe?redirectTo=${encodeURIComponent(next)}` : next;
  return redirect(to, {
    headers: { 'Set-Cookie': await commitToken(request, result.data.signIn.token) },
  });
}

export default function Connexion({ actionData }: Route.ComponentProps) {
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const submitting = navigation.state === 'submitting';
  const redirectTo = searchParams.get('redirectTo') ?? '';
  const errors: FieldErrors = clientErrors ?? actionData?.fieldErrors ?? {};
  const formError = clientErrors ? null : actionData?.formError;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    const login = event.currentTarget.elements.namedItem('login') as HTMLInputElement;
    const password = event.currentTarget.elements.namedItem('password') as HTMLInputElement;
    const found = validate(login.value, password.value);
    if (found.login || found.password) {
      event.preventDefault();
      setClientErrors(found);
      (found.login ? login : password).focus();
    } else {
      setClientErrors(null);
    }
  }

  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Connexion</h1>
        <p>Connectez-vous pour consulter votre profil de compétences numériques.</p>
        {formError && <p role="alert" className="alert alert-error">{formError}</p>}
        <Form method="post" noValidate onSubmit={handleSubmit} className="form">
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <div className="field">
            <label htmlFor="login">Identifiant ou adresse e-mail</label>
            <input
              id="login" name="login" type="text" autoComplete="username" required
              aria-invalid={errors.login ? true : undefined}
              aria-describedby={errors.login ? 'login-error' : undefined}
            />
            {errors.login && <p id="login-error" className="field-error">{errors.login}</p>}
          </div>
          <div className="field">
            <label htmlFor="password">Mot de passe</label>
            <input
              id="password" name="password" type="password" autoComplete="current-password" required
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={errors.password ? 'password-error' : undefined}
            />
            {errors.password && <p id="password-error" className="field-error">{errors.password}</p>}
          </div>
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? 'Connexion en cours…' : 'Se connecter'}
          </button>
        </Form>
        <div className="form-links">
          <p>
            Pas encore de compte ?{' '}
            <Link to={redirectTo ? `/inscription?redirectTo=${encodeURIComponent(redirectTo)}` : '/inscription'}>Créer un compte</Link>
          </p>
          <p>
            Vous dirigez un établissement ? <Link to="/activation">Activer l'espace de votre établissement</Link>
          </p>
        </div>
      </main>
    </>
  );
}
