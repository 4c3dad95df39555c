// « J'ai un code »: the learner types the code their teacher gave, and sees their campaigns.
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/code';
import { Field } from '../../components/field';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { shortDate } from '../../lib/dates';
import { campaignCodeSchema } from '../../lib/forms';
import { CAMPAIGN_TYPE_LABELS, PARTICIPATION_STATUS_LABELS } from '../../lib/labels';
import { getToken } from '../../lib/session.server';
import { check, formValues, useFormCheck, type FieldErrors } from '../../lib/validation';

const CampaignExistsQuery = graphql(`
  query CampaignExists($code: String!) {
    campaignByCode(code: $code) { code }
  }
`);

const MyParticipationsQuery = graphql(`
  query MyParticipations {
    me { participations { id status sharedAt campaign { code name type } } }
  }
`);

export function meta() {
  return [{ title: "J'ai un code – OpenCRCN" }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await getToken(request);
  if (!token) return { participations: [] };
  const { me } = await load(request, token, MyParticipationsQuery, {});
  return { participations: me?.participations ?? [] };
}

export async function action({ request }: Route.ActionArgs) {
  const checked = check(campaignCodeSchema, formValues(await request.formData()));
  if (checked.errors) return data<{ errors: FieldErrors }>({ errors: checked.errors }, { status: 400 });
  const { campaignByCode } = await load(request, await getToken(request), CampaignExistsQuery, { code: checked.data.code });
  if (!campaignByCode) {
    return data<{ errors: FieldErrors }>(
      { errors: { code: 'Aucune campagne ne correspond à ce code. Vérifiez-le auprès de votre enseignant ou de votre organisation.' } },
      { status: 404 },
    );
  }
  return redirect(`/campagnes/${campaignByCode.code}`);
}

export default function Code({ loaderData, actionData }: Route.ComponentProps) {
  const { participations } = loaderData;
  const navigation = useNavigation();
  const { errors, onSubmit } = useFormCheck(campaignCodeSchema, actionData?.errors);
  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        <h1>J'ai un code</h1>
        <p>Votre enseignant ou votre organisation vous a donné le code d'une campagne : saisissez-le pour y participer.</p>
        <Form method="post" noValidate onSubmit={onSubmit} className="form panel code-form">
          <Field
            name="code" label="Code de la campagne" hint="9 caractères, par exemple ABCDEF234 ; majuscules ou minuscules."
            error={errors.code} autoComplete="off" autoCapitalize="characters" spellCheck={false} required className="code-input"
          />
          <div>
            <button type="submit" className="button" disabled={navigation.state === 'submitting'}>Commencer</button>
          </div>
        </Form>
        {participations.length > 0 && (
          <section aria-labelledby="mes-campagnes">
            <h2 id="mes-campagnes">Mes campagnes</h2>
            <ul className="plain-list">
              {participations.map((p) => (
                <li key={p.id}>
                  <Link to={`/campagnes/${p.campaign.code}`}>{p.campaign.name}</Link>
                  <span className="muted">
                    {' – '}{CAMPAIGN_TYPE_LABELS[p.campaign.type]}, {PARTICIPATION_STATUS_LABELS[p.status].toLowerCase()}
                    {p.sharedAt && ` le ${shortDate(p.sharedAt)}`}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
