// The learner's way into a certification session: whether their profile is certifiable, then the session number
// and their identity as the centre enrolled them.
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/candidat';
import { Field, FormError } from '../../components/field';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { certifLoad, certifMutate, refusalStatus } from '../../lib/certif-api.server';
import { requireToken, signOut } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

const CandidateProfileQuery = graphql(`
  query CertifCandidateProfile {
    me { firstName lastName birthdate profile { isCertifiable certifiableCompetencesCount } }
  }
`);

const JoinMutation = graphql(`
  mutation CertifJoinSession($sessionId: ID!, $firstName: String!, $lastName: String!, $birthdate: Date!) {
    joinCertificationSession(sessionId: $sessionId, firstName: $firstName, lastName: $lastName, birthdate: $birthdate) { id }
  }
`);

/** Certifiable: level 1 at least in this many competences. */
const CERTIFIABLE_COMPETENCES = 5;

interface ActionResult { errors: Record<string, string>; message: string | null }

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta() {
  return [{ title: 'Passer la certification – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { me } = await certifLoad(request, token, CandidateProfileQuery, {});
  if (!me) throw await signOut(request);
  return { me };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const form = await request.formData();
  const value = (name: string) => String(form.get(name) ?? '').trim();
  const input = { sessionId: value('sessionId'), firstName: value('firstName'), lastName: value('lastName'), birthdate: value('birthdate') };
  const errors: Record<string, string> = {};
  if (!/^\d+$/.test(input.sessionId)) errors.sessionId = 'Le numéro de session ne contient que des chiffres.';
  if (!input.firstName) errors.firstName = 'Le prénom est obligatoire.';
  if (!input.lastName) errors.lastName = 'Le nom est obligatoire.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.birthdate)) errors.birthdate = 'La date de naissance est obligatoire.';
  if (Object.keys(errors).length) return data<ActionResult>({ errors, message: null }, { status: 400 });
  const result = await certifMutate(request, token, JoinMutation, input);
  if (result.error) return data<ActionResult>({ errors: {}, message: result.error.message }, { status: refusalStatus(result.error) });
  return redirect(`/certification/${input.sessionId}/attente`);
}

export default function Candidat({ loaderData, actionData }: Route.ComponentProps) {
  const { me } = loaderData;
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const errors = actionData?.errors ?? {};
  const { isCertifiable, certifiableCompetencesCount } = me.profile;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Passer la certification</h1>
        {isCertifiable ? (
          <p className="banner banner-ok" data-testid="certifiable">
            Votre profil est certifiable : vous avez le niveau 1 ou plus dans {certifiableCompetencesCount} compétences.
          </p>
        ) : (
          <p className="banner banner-todo" data-testid="certifiable">
            Votre profil n'est pas encore certifiable : il faut le niveau 1 dans au moins {CERTIFIABLE_COMPETENCES} compétences,
            vous l'avez dans {certifiableCompetencesCount}. <Link to="/profil">Continuer sur mon profil</Link>
          </p>
        )}
        <p className="lead">Le surveillant vous donne le numéro de la session. Saisissez vos nom, prénom et date de naissance tels que votre centre les a inscrits.</p>
        <FormError message={actionData?.message} />
        <Form method="post" className="form" noValidate>
          <Field name="sessionId" label="Numéro de session" inputMode="numeric" autoComplete="off" error={errors.sessionId} required />
          <Field name="firstName" label="Prénom" autoComplete="given-name" defaultValue={me.firstName} error={errors.firstName} required />
          <Field name="lastName" label="Nom de naissance" autoComplete="family-name" defaultValue={me.lastName} error={errors.lastName} required />
          <Field name="birthdate" type="date" label="Date de naissance" defaultValue={me.birthdate ?? ''} error={errors.birthdate} required />
          <div><button type="submit" className="button" disabled={busy}>{busy ? 'Vérification…' : 'Rejoindre la session'}</button></div>
        </Form>
      </main>
    </>
  );
}
