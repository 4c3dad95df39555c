// First visit from a school portal (ENT): the API sends an unknown account here with a short-lived « pending » token
// in the fragment. The pupil types their campaign code and birthdate; the account is created, linked to the
// school's record of the pupil, and signed in.
import { useState } from 'react';
import { data, Form, Link, redirectDocument, useNavigation } from 'react-router';
import * as z from 'zod/mini';
import type { Route } from './+types/rattachement';
import { Field, FormError } from '../../components/field';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { failureStatus } from '../../lib/api.server';
import { apiRequest, type ApiError } from '../../lib/graphql.server';
import { campaignCodeSchema, identitySchema } from '../../lib/forms';
import { commitToken } from '../../lib/session.server';
import { apiFieldErrors, check, formValues, useFormCheck, type FieldErrors } from '../../lib/validation';
import { portalSignInUrl, readPending, useFragment, type PendingSignIn } from './handoff';

const CompleteExternalSignInMutation = graphql(`
  mutation CompleteExternalSignIn($pending: String!, $campaignCode: String!, $birthdate: Date!) {
    completeExternalSignIn(pending: $pending, campaignCode: $campaignCode, birthdate: $birthdate) { token }
  }
`);

const JoinedCampaignQuery = graphql(`
  query PortalJoinedCampaign($code: String!) {
    campaignByCode(code: $code) { code type }
    me { participations { status campaign { code } assessment { id } } }
  }
`);

const NO_PENDING = 'Les informations transmises par votre ENT sont absentes : ouvrez à nouveau OpenCRCN depuis votre ENT.';
const EXPIRED = 'Votre connexion depuis l’ENT a expiré : reconnectez-vous depuis votre ENT.';
const NAMES_MISSING = 'Votre ENT n’a pas transmis vos nom et prénom : demandez à votre établissement de vérifier votre compte ENT.';
const NOT_FOUND = 'Aucun élève de l’établissement ne correspond à vos nom et prénom (transmis par votre ENT) avec cette date de naissance. Vérifiez la date et le code de campagne, ou demandez à votre enseignant.';

// The same field rules as « J’ai un code » and the linking page of a campaign.
const linkSchema = z.object({
  pending: z.string().check(z.minLength(1, NO_PENDING)),
  code: campaignCodeSchema.shape.code,
  birthdate: identitySchema.shape.birthdate,
});

/** What the page shows after a refusal: « restart » means only a new sign-in from the portal can help. */
interface ActionResult { errors: FieldErrors | null; formError: string | null; restart?: boolean }

function refusal(error: ApiError): ActionResult {
  switch (error.code) {
    case 'CAMPAIGN_NOT_FOUND':
    case 'CAMPAIGN_ARCHIVED':
      return { errors: { code: error.message }, formError: null };
    case 'STUDENT_NOT_FOUND':
      return { errors: { birthdate: NOT_FOUND }, formError: null };
    case 'EXTERNAL_SIGN_IN_EXPIRED':
    case 'EXTERNAL_SIGN_IN_INVALID':
    case 'EXTERNAL_IDENTITY_ALREADY_LINKED':
    case 'EXTERNAL_NAMES_MISSING':
      return { errors: null, formError: error.message, restart: true };
    default: {
      // BAD_USER_INPUT names the mutation's arguments; STUDENT_AMBIGUOUS, STUDENT_ALREADY_LINKED… concern the whole form.
      const fields = apiFieldErrors(error, { campaignCode: 'code' });
      return { errors: fields, formError: fields ? null : error.message };
    }
  }
}

/** Where the pupil goes next, as after « J’ai un code »: the test of an assessment, otherwise the sending page. */
async function nextStep(token: string, code: string): Promise<string> {
  const joined = await apiRequest(token, JoinedCampaignQuery, { code });
  const campaign = joined.data?.campaignByCode;
  if (!campaign) return '/profil';
  const participation = joined.data?.me?.participations.find((p) => p.campaign.code === campaign.code);
  if (campaign.type === 'ASSESSMENT' && participation?.status === 'STARTED' && participation.assessment) return `/tests/${participation.assessment.id}`;
  return `/campagnes/${campaign.code}/envoi`;
}

export function meta() {
  return [{ title: 'Première connexion depuis l’ENT – OpenCRCN' }];
}

/** The API's address as browsers reach it, for the link that starts a new sign-in from the portal. */
export function loader() {
  const api = process.env.PUBLIC_API_URL ?? (process.env.API_URL ?? 'http://127.0.0.1:4000/graphql').replace(/\/graphql\/?$/, '');
  return { apiBaseUrl: api.replace(/\/$/, '') };
}

export async function action({ request }: Route.ActionArgs) {
  const checked = check(linkSchema, formValues(await request.formData()));
  if (checked.errors?.pending) return data<ActionResult>({ errors: null, formError: NO_PENDING, restart: true }, { status: 400 });
  if (checked.errors) return data<ActionResult>({ errors: checked.errors, formError: null }, { status: 400 });
  const { pending, code, birthdate } = checked.data;
  const result = await apiRequest(null, CompleteExternalSignInMutation, { pending, campaignCode: code, birthdate });
  if (result.error) return data<ActionResult>(refusal(result.error), { status: failureStatus(result.error) });
  const { token } = result.data.completeExternalSignIn;
  // A full page load: the header then reads the new session (the root loader skips most actions' revalidations).
  return redirectDocument(await nextStep(token, code), { headers: { 'Set-Cookie': await commitToken(request, token) } });
}

export default function GarRattachement({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const { errors, onSubmit } = useFormCheck(linkSchema, actionData?.errors);
  // undefined until the fragment is read in the browser (server rendering, or no JavaScript).
  const [handoff, setHandoff] = useState<{ pending: PendingSignIn | null; returnTo: string | null }>();
  useFragment((fragment) => {
    const token = fragment.get('pending');
    setHandoff({ pending: token ? readPending(token) : null, returnTo: fragment.get('retour') });
  });

  const pending = handoff?.pending ?? null;
  const portalLink = portalSignInUrl(loaderData.apiBaseUrl, pending?.provider ?? null, handoff?.returnTo ?? null);
  const restartMessage = !handoff
    ? null
    : !pending
      ? NO_PENDING
      : actionData?.restart
        ? actionData.formError
        : pending.expired
          ? EXPIRED
          : !pending.firstName || !pending.lastName
            ? NAMES_MISSING
            : null;

  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Première connexion depuis l’ENT</h1>
        {!handoff ? (
          <>
            <p role="status">Lecture des informations transmises par votre ENT…</p>
            <noscript>
              <p className="alert alert-error">
                La connexion depuis l’ENT a besoin de JavaScript, qui est désactivé dans ce navigateur. Activez-le puis
                ouvrez à nouveau OpenCRCN depuis votre ENT, ou <a href="/connexion">connectez-vous avec votre identifiant</a>.
              </p>
            </noscript>
          </>
        ) : restartMessage ? (
          <>
            <p role="alert" className="alert alert-error">{restartMessage}</p>
            <p className="actions">
              <a href={portalLink} className="button">Se reconnecter depuis l’ENT</a>
              <Link to="/connexion" className="button button-secondary">Se connecter avec un identifiant</Link>
            </p>
          </>
        ) : (
          <>
            <p className="lead" data-testid="ent-identity">
              Bonjour {pending!.firstName} {pending!.lastName} !
            </p>
            <p>
              C’est votre première connexion depuis l’ENT. Indiquez le code de campagne donné par votre enseignant et
              votre date de naissance : votre compte sera créé et relié à votre fiche d’élève dans l’établissement, une
              fois pour toutes. Les fois suivantes, l’ENT vous connectera directement.
            </p>
            <FormError message={actionData?.formError} />
            <Form method="post" noValidate onSubmit={onSubmit} className="form">
              <input type="hidden" name="pending" value={pending!.token} />
              <Field
                name="code" label="Code de campagne" hint="Donné par votre enseignant : 9 caractères, par exemple ABCDEF234."
                error={errors.code} autoComplete="off" autoCapitalize="characters" spellCheck={false} required className="code-input"
              />
              <Field name="birthdate" label="Date de naissance" type="date" autoComplete="bday" required error={errors.birthdate} />
              <div>
                <button type="submit" className="button" disabled={navigation.state !== 'idle'}>
                  {navigation.state !== 'idle' ? 'Vérification…' : 'Continuer'}
                </button>
              </div>
            </Form>
          </>
        )}
      </main>
    </>
  );
}
