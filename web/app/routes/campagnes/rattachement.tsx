// Linking the learner's account to their school's record, once, so that the school sees their results.
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/rattachement';
import { Field, FormError } from '../../components/field';
import { Header } from '../../components/header';
import { failureStatus } from '../../lib/api.server';
import { joinCampaign } from '../../lib/campaign-join.server';
import { loadCampaignPreview, loadMyParticipation } from '../../lib/campaign-preview.server';
import { identitySchema } from '../../lib/forms';
import { requireToken, signOut } from '../../lib/session.server';
import { apiFieldErrors, check, formValues, useFormCheck, type FieldErrors } from '../../lib/validation';

interface ActionResult { errors: FieldErrors | null; formError: string | null }

export function meta() {
  return [{ title: 'Rattachement à votre établissement – OpenCRCN' }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const campaign = await loadCampaignPreview(request, token, params.code);
  if (!campaign.requiresStudentReconciliation || campaign.isArchived) throw redirect(`/campagnes/${campaign.code}`);
  const mine = await loadMyParticipation(request, token, campaign.code);
  if (!mine) throw await signOut(request);
  // The learner's account already knows their name (and often their birthdate): a head start for the form.
  const { firstName, lastName, birthdate } = mine.me;
  return { campaign, known: { firstName, lastName, birthdate: birthdate ?? '' } };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const checked = check(identitySchema, formValues(await request.formData()));
  if (checked.errors) return data<ActionResult>({ errors: checked.errors, formError: null }, { status: 400 });
  const joined = await joinCampaign(request, token, params.code, checked.data);
  if (joined.next) return joined.next;
  const fields = apiFieldErrors(joined.error);
  return data<ActionResult>(
    { errors: fields, formError: fields ? null : joined.error.message },
    { status: failureStatus(joined.error) },
  );
}

export default function Rattachement({ loaderData, actionData }: Route.ComponentProps) {
  const { campaign, known } = loaderData;
  const navigation = useNavigation();
  const { errors, onSubmit } = useFormCheck(identitySchema, actionData?.errors);
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <p className="back-link"><Link to={`/campagnes/${campaign.code}`}>Retour à la campagne</Link></p>
        <h1>Retrouvez votre fiche d'élève</h1>
        <p>
          La campagne « {campaign.name} » est réservée aux élèves de {campaign.organizationName}. Indiquez vos prénom, nom et
          date de naissance tels que l'établissement les connaît : votre compte sera relié à votre fiche d'élève, une fois
          pour toutes, et l'établissement pourra voir les résultats que vous lui enverrez.
        </p>
        <FormError message={actionData?.formError} />
        <Form method="post" noValidate onSubmit={onSubmit} className="form">
          <Field name="firstName" label="Prénom" autoComplete="given-name" defaultValue={known.firstName} required error={errors.firstName} />
          <Field name="lastName" label="Nom" autoComplete="family-name" defaultValue={known.lastName} required error={errors.lastName} />
          <Field name="birthdate" label="Date de naissance" type="date" autoComplete="bday" defaultValue={known.birthdate} required error={errors.birthdate} />
          <div>
            <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
              {navigation.state === 'submitting' ? 'Vérification…' : 'Continuer'}
            </button>
          </div>
        </Form>
      </main>
    </>
  );
}
