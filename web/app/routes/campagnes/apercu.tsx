// What a campaign is before joining it: its name, who runs it, its kind; then "Commencer" (or where the learner is).
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/apercu';
import { FormError } from '../../components/field';
import { Header } from '../../components/header';
import { failureStatus } from '../../lib/api.server';
import { joinCampaign } from '../../lib/campaign-join.server';
import { loadCampaignPreview, loadMyParticipation } from '../../lib/campaign-preview.server';
import { shortDate } from '../../lib/dates';
import { CAMPAIGN_TYPE_LABELS } from '../../lib/labels';
import { getToken, requireToken } from '../../lib/session.server';

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData ? `${loaderData.campaign.name} – OpenCRCN` : 'Campagne – OpenCRCN' }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await getToken(request);
  const campaign = await loadCampaignPreview(request, token, params.code);
  // The address is shared as typed (lower case, spaces…): it settles on the code's own spelling.
  if (campaign.code !== params.code) throw redirect(`/campagnes/${campaign.code}`);
  const mine = token ? await loadMyParticipation(request, token, campaign.code) : null;
  return { campaign, signedIn: !!token, participation: mine?.participation ?? null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const joined = await joinCampaign(request, token, params.code, null);
  if (joined.next) return joined.next;
  if (joined.error.code === 'IDENTITY_REQUIRED') return redirect(`/campagnes/${params.code}/rattachement`);
  return data({ error: joined.error.message }, { status: failureStatus(joined.error) });
}

type Loaded = Route.ComponentProps['loaderData'];

const INTRODUCTIONS = {
  PROFILES_COLLECTION: "Vous envoyez votre profil de compétences numériques (vos pix et votre niveau dans chaque compétence) à l'organisateur.",
  ASSESSMENT: "Vous répondez à une série de questions sur les sujets du parcours, puis vous envoyez vos résultats à l'organisateur.",
};

/** What the learner can do now, depending on what they have already done in this campaign. */
function NextStep({ campaign, participation }: Pick<Loaded, 'campaign' | 'participation'>) {
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  const start = (label: string) => (
    <Form method="post">
      <button type="submit" className="button" disabled={busy}>{label}</button>
    </Form>
  );
  if (!participation) return start('Commencer');
  if (participation.status === 'STARTED' && participation.assessment) {
    return <Link to={`/tests/${participation.assessment.id}`} className="button">Reprendre le parcours</Link>;
  }
  if (participation.status === 'TO_SHARE') {
    return <Link to={`/campagnes/${campaign.code}/envoi`} className="button">Envoyer mes résultats</Link>;
  }
  return (
    <>
      <p className="banner banner-ok">Vous avez envoyé vos résultats le {participation.sharedAt ? shortDate(participation.sharedAt) : '–'}.</p>
      {participation.campaign.multipleSendings &&
        start(campaign.type === 'ASSESSMENT' ? 'Repasser le parcours' : 'Envoyer à nouveau mon profil')}
    </>
  );
}

export default function Apercu({ loaderData, actionData }: Route.ComponentProps) {
  const { campaign, signedIn, participation } = loaderData;
  const here = `/campagnes/${campaign.code}`;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        <p className="back-link"><Link to="/campagnes">Saisir un autre code</Link></p>
        <p className="eyebrow">{campaign.organizationName}</p>
        <h1>{campaign.name}</h1>
        <dl className="facts">
          <div><dt>Organisateur</dt><dd>{campaign.organizationName}</dd></div>
          <div><dt>Type</dt><dd>{CAMPAIGN_TYPE_LABELS[campaign.type]}</dd></div>
          {campaign.targetProfileName && <div><dt>Parcours</dt><dd>{campaign.targetProfileName}</dd></div>}
          <div><dt>Code</dt><dd><code className="code">{campaign.code}</code></dd></div>
        </dl>
        {campaign.isArchived ? (
          <p className="banner banner-todo">Cette campagne est archivée : elle n'accepte plus de participants.</p>
        ) : (
          <>
            <p>{INTRODUCTIONS[campaign.type]}</p>
            {campaign.requiresStudentReconciliation && !participation && (
              <p className="muted">
                Cette campagne est réservée aux élèves de {campaign.organizationName}. Si votre compte n'est pas encore relié à
                votre fiche d'élève, vous indiquerez vos prénom, nom et date de naissance.
              </p>
            )}
            <FormError message={actionData?.error} />
            <div className="actions">
              {signedIn ? (
                <NextStep campaign={campaign} participation={participation} />
              ) : (
                <>
                  <Link to={`/connexion?redirectTo=${encodeURIComponent(here)}`} className="button">Se connecter pour commencer</Link>
                  <Link to={`/inscription?redirectTo=${encodeURIComponent(here)}`} className="button button-secondary">Créer un compte</Link>
                </>
              )}
            </div>
          </>
        )}
      </main>
    </>
  );
}
