// Creating a campaign on one page: its type, its name, the parcours for an assessment, and repeated sendings.
import { useState } from 'react';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/nouvelle-campagne';
import { Field, FormError } from '../../components/field';
import { graphql } from '../../gql';
import type { CampaignType } from '../../gql/graphql';
import { failureStatus, load, mutate } from '../../lib/api.server';
import { campaignSchema } from '../../lib/forms';
import { orgaTitle, useOrga } from '../../lib/orga';
import { requireToken } from '../../lib/session.server';
import { apiFieldErrors, check, formValues, useFormCheck, type FieldErrors } from '../../lib/validation';

const TargetProfilesQuery = graphql(`
  query OrgaTargetProfiles($id: ID!) {
    organization(id: $id) { id targetProfiles { id name description skillsCount } }
  }
`);

const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) { id }
  }
`);

const TYPES: { value: CampaignType; label: string; hint: string }[] = [
  {
    value: 'PROFILES_COLLECTION',
    label: 'Collecte de profils',
    hint: 'Chaque participant envoie son profil de compétences : pix, niveau par compétence, certifiable ou non.',
  },
  {
    value: 'ASSESSMENT',
    label: 'Évaluation (parcours)',
    hint: 'Chaque participant passe un parcours de questions ciblé, puis envoie ses résultats : maîtrise, palier atteint.',
  },
];

// The API names the parcours field after its input; the form uses the same names, except this one.
const API_FIELDS = { 'input.targetProfileId': 'targetProfileId' };

interface ActionResult { errors: FieldErrors | null; formError: string | null }

export function meta({ matches }: Route.MetaArgs) {
  return orgaTitle(matches, 'Nouvelle campagne');
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { organization } = await load(request, token, TargetProfilesQuery, { id: params.orgId });
  return { targetProfiles: organization?.targetProfiles ?? [] };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const checked = check(campaignSchema, formValues(await request.formData()));
  if (checked.errors) return data<ActionResult>({ errors: checked.errors, formError: null }, { status: 400 });
  const { type, name, targetProfileId, multipleSendings } = checked.data;
  const result = await mutate(request, token, CreateCampaignMutation, {
    input: {
      organizationId: params.orgId,
      type,
      name,
      targetProfileId: type === 'ASSESSMENT' ? targetProfileId : null,
      multipleSendings: multipleSendings === 'on',
    },
  });
  if (result.error) {
    const fields = result.error.code.startsWith('TARGET_PROFILE')
      ? { targetProfileId: result.error.message }
      : apiFieldErrors(result.error, API_FIELDS);
    return data<ActionResult>(
      { errors: fields, formError: fields ? null : result.error.message },
      { status: failureStatus(result.error) },
    );
  }
  return redirect(`/orga/${params.orgId}/campagnes/${result.data.createCampaign.id}?creee`);
}

export default function NouvelleCampagne({ loaderData, actionData }: Route.ComponentProps) {
  const { organization } = useOrga();
  const { targetProfiles } = loaderData;
  const navigation = useNavigation();
  const { errors, onSubmit } = useFormCheck(campaignSchema, actionData?.errors);
  const [type, setType] = useState<CampaignType>('PROFILES_COLLECTION');
  const [profileId, setProfileId] = useState('');
  const chosenProfile = targetProfiles.find((p) => p.id === profileId);
  const back = `/orga/${organization.id}/campagnes`;

  return (
    <div className="page-medium">
      <p className="back-link"><Link to={back}>Retour aux campagnes</Link></p>
      <h1>Nouvelle campagne</h1>
      <p>Une fois créée, la campagne a un code que vous donnez aux participants : ils le saisissent dans « J'ai un code ».</p>
      <FormError message={actionData?.formError} />
      <Form method="post" noValidate onSubmit={onSubmit} className="form panel">
        <fieldset className="choices" aria-describedby={errors.type ? 'type-error' : undefined}>
          <legend>Type de campagne</legend>
          {TYPES.map((t) => (
            <label key={t.value} className="choice">
              <input type="radio" name="type" value={t.value} checked={type === t.value} onChange={() => setType(t.value)} />
              <span><strong>{t.label}</strong><br /><span className="muted">{t.hint}</span></span>
            </label>
          ))}
          {errors.type && <p id="type-error" className="field-error">{errors.type}</p>}
        </fieldset>

        <Field
          name="name" label="Nom de la campagne" maxLength={255} required error={errors.name}
          hint="Les participants le voient en rejoignant la campagne, par exemple « Collecte de profils – 3e »."
        />

        {type === 'ASSESSMENT' && (
          <div className="field">
            <label htmlFor="targetProfileId">Parcours</label>
            <select
              id="targetProfileId" name="targetProfileId" value={profileId} onChange={(e) => setProfileId(e.target.value)}
              aria-invalid={errors.targetProfileId ? true : undefined}
              aria-describedby={['targetProfileId-description', errors.targetProfileId ? 'targetProfileId-error' : ''].filter(Boolean).join(' ')}
            >
              <option value="">Choisissez un parcours</option>
              {targetProfiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            <p id="targetProfileId-description" className="field-hint" aria-live="polite">
              {chosenProfile
                ? `${chosenProfile.description} (${chosenProfile.skillsCount} acquis visés)`
                : 'Le parcours fixe les sujets et les niveaux sur lesquels les participants sont évalués.'}
            </p>
            {errors.targetProfileId && <p id="targetProfileId-error" className="field-error">{errors.targetProfileId}</p>}
          </div>
        )}

        <label className="checkbox">
          <input type="checkbox" name="multipleSendings" aria-describedby="multipleSendings-hint" />
          <span>
            Autoriser les envois multiples
            <span id="multipleSendings-hint" className="field-hint">
              {type === 'ASSESSMENT'
                ? 'Les participants pourront repasser le parcours (4 jours après leur envoi) pour améliorer leurs résultats.'
                : 'Les participants pourront envoyer à nouveau leur profil quand il a progressé.'}
            </span>
          </span>
        </label>

        <div>
          <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
            {navigation.state === 'submitting' ? 'Création…' : 'Créer la campagne'}
          </button>
        </div>
      </Form>
    </div>
  );
}
