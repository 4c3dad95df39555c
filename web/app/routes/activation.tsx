// A school not yet on OpenCRCN: its head asks for the activation link, sent to the school's official address.
import { data, Form, Link, useNavigation } from 'react-router';
import type { Route } from './+types/activation';
import { Field, FormError } from '../components/field';
import { Header } from '../components/header';
import { graphql } from '../gql';
import { failureStatus, mutate } from '../lib/api.server';
import { uaiSchema } from '../lib/forms';
import { check, formValues, useFormCheck, type FieldErrors } from '../lib/validation';

const ActivationMutation = graphql(`
  mutation RequestOrganizationActivation($uai: String!) {
    requestOrganizationActivation(uai: $uai) { emailHint }
  }
`);

type ActionResult = { emailHint: string; errors?: undefined; formError?: undefined } | { emailHint?: undefined; errors: FieldErrors | null; formError: string | null };

export function meta() {
  return [{ title: "Activer l'espace d'un établissement – OpenCRCN" }];
}

export async function action({ request }: Route.ActionArgs) {
  const checked = check(uaiSchema, formValues(await request.formData()));
  if (checked.errors) return data<ActionResult>({ errors: checked.errors, formError: null }, { status: 400 });
  const result = await mutate(request, null, ActivationMutation, { uai: checked.data.uai });
  if (result.error) {
    // An unknown UAI concerns the field; other refusals (already active…) the whole request.
    const errors = result.error.code === 'ORGANIZATION_NOT_FOUND' ? { uai: result.error.message } : null;
    return data<ActionResult>({ errors, formError: errors ? null : result.error.message }, { status: failureStatus(result.error) });
  }
  return data<ActionResult>({ emailHint: result.data.requestOrganizationActivation.emailHint });
}

export default function Activation({ actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const { errors, onSubmit } = useFormCheck(uaiSchema, actionData?.errors);
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Activer l'espace de votre établissement</h1>
        {actionData?.emailHint ? (
          <>
            <p role="status" className="banner banner-ok">Un lien a été envoyé à {actionData.emailHint}.</p>
            <p>
              Ouvrez-le depuis la messagerie de l'établissement (il est valable 7 jours) : vous deviendrez administrateur de
              son espace, avec votre compte OpenCRCN ou un compte créé à ce moment-là.
            </p>
          </>
        ) : (
          <>
            <p>
              Saisissez le code UAI de l'établissement. Un lien d'activation part à son adresse officielle : la personne qui
              l'ouvre devient administrateur de l'espace et pourra inviter ses collègues.
            </p>
            <FormError message={actionData?.formError} />
            <Form method="post" noValidate onSubmit={onSubmit} className="form">
              <Field
                name="uai" label="Code UAI" hint="7 chiffres et une lettre, par exemple 0381234A." autoComplete="off"
                autoCapitalize="characters" spellCheck={false} required error={errors.uai}
              />
              <div>
                <button type="submit" className="button" disabled={navigation.state === 'submitting'}>Recevoir le lien d'activation</button>
              </div>
            </Form>
          </>
        )}
        <p className="form-links"><Link to="/connexion">Retour à la connexion</Link></p>
      </main>
    </>
  );
}
