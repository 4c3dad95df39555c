// The last step of a campaign: the learner sees what will be sent, sends it, and keeps the confirmation.
import { data, Link, redirect } from 'react-router';
import type { Route } from './+types/envoi';
import { FormError } from '../../components/field';
import { Header } from '../../components/header';
import { ShareResults } from '../../components/share-results';
import { graphql } from '../../gql';
import { failureStatus, mutate } from '../../lib/api.server';
import { loadCampaignPreview, loadMyParticipation } from '../../lib/campaign-preview.server';
import { plural } from '../../lib/format';
import { requireToken, signOut } from '../../lib/session.server';

const ShareMutation = graphql(`
  mutation ShareCampaignResults($participationId: ID!) {
    shareCampaignResults(participationId: $participationId) { id status sharedAt }
  }
`);

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData ? `Envoi – ${loaderData.campaign.name} – OpenCRCN` : 'Envoi – OpenCRCN' }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const campaign = await loadCampaignPreview(request, token, params.code);
  const mine = await loadMyParticipation(request, token, campaign.code);
  if (!mine) throw await signOut(request);
  // Nothing to send before joining: the campaign's page offers to.
  if (!mine.participation) throw redirect(`/campagnes/${campaign.code}`);
  return { campaign, participation: mine.participation, profile: mine.me.profile };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const participationId = String((await request.formData()).get('participationId') ?? '');
  const result = await mutate(request, token, ShareMutation, { participationId });
  // Sent twice (a second tab, a double click): the page shows it as sent, which is what happened.
  if (result.error && result.error.code !== 'PARTICIPATION_NOT_SHAREABLE') {
    return data({ error: result.error.message }, { status: failureStatus(result.error) });
  }
  if (result.error) {
    const again = await loadMyParticipation(request, token, params.code);
    if (again?.participation?.status !== 'SHARED') return data({ error: result.error.message }, { status: 409 });
  }
  return redirect(`/campagnes/${params.code}/envoi`);
}

type Loaded = Route.ComponentProps['loaderData'];

function ProfileSummary({ profile }: { profile: Loaded['profile'] }) {
  return (
    <dl className="stats" data-testid="profile-summary">
      <div><dt>Pix</dt><dd>{profile.totalPix}</dd></div>
      <div><dt>Profil certifiable</dt><dd>{profile.isCertifiable ? 'Oui' : 'Non'}</dd></div>
      <div><dt>Compétences certifiables</dt><dd>{profile.certifiableCompetencesCount}</dd></div>
    </dl>
  );
}

export default function Envoi({ loaderData, actionData }: Route.ComponentProps) {
  const { campaign, participation, profile } = loaderData;
  const collection = campaign.type === 'PROFILES_COLLECTION';
  const shared = participation.status === 'SHARED';
  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        <p className="back-link"><Link to={`/campagnes/${campaign.code}`}>Retour à la campagne</Link></p>
        <p className="eyebrow">{campaign.organizationName}</p>
        <h1>{campaign.name}</h1>
        {participation.status === 'STARTED' ? (
          <>
            <p>Terminez d'abord le parcours : vous pourrez ensuite envoyer vos résultats.</p>
            {participation.assessment && (
              <p className="actions"><Link to={`/tests/${participation.assessment.id}`} className="button">Reprendre le parcours</Link></p>
            )}
          </>
        ) : (
          <section className="panel" aria-labelledby="envoi-titre">
            <h2 id="envoi-titre">{collection ? 'Votre profil' : 'Parcours terminé'}</h2>
            {collection ? (
              <>
                <ProfileSummary profile={profile} />
                <p className="muted">
                  {shared
                    ? `${campaign.organizationName} a reçu votre profil tel qu'il était au moment de l'envoi.`
                    : `${campaign.organizationName} recevra vos pix, votre niveau dans chacune des 16 compétences et le nombre de compétences certifiables (${plural(profile.certifiableCompetencesCount, 'compétence')} aujourd'hui).`}
                </p>
              </>
            ) : (
              <p className="muted">
                {shared
                  ? `${campaign.organizationName} a reçu vos résultats au parcours.`
                  : `${campaign.organizationName} recevra vos résultats au parcours : la part des acquis maîtrisés et le palier atteint.`}
              </p>
            )}
            <FormError message={actionData?.error} />
            <div className="actions">
              <ShareResults
                code={campaign.code} participationId={participation.id} status={participation.status} sharedAt={participation.sharedAt}
                organizationName={campaign.organizationName} what={collection ? 'profil' : 'résultats'}
              />
            </div>
            {shared && <p className="actions"><Link to="/profil" className="button button-secondary">Retour à mon profil</Link></p>}
          </section>
        )}
      </main>
    </>
  );
}
