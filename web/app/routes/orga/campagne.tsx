// One campaign for the school: its code to hand out, the participants and their results, the group's results,
// the CSV export and archiving.
import { data, Form, Link, redirect, useNavigation, useSearchParams } from 'react-router';
import type { Route } from './+types/campagne';
import { CollectiveResults, TopicsToReinforce } from '../../components/campaign-results';
import { CopyLink } from '../../components/copy-link';
import { ExportPanel } from '../../components/export-panel';
import { FormError } from '../../components/field';
import { Pager } from '../../components/pager';
import { ParticipantsTable } from '../../components/participants-table';
import { graphql } from '../../gql';
import { failureStatus, load, mutate } from '../../lib/api.server';
import { exportState, loadCampaignExport } from '../../lib/campaign-export.server';
import { longDate } from '../../lib/dates';
import { CAMPAIGN_TYPE_LABELS } from '../../lib/labels';
import { orgaTitle, useOrga } from '../../lib/orga';
import { currentCursor } from '../../lib/pagination';
import { requireToken } from '../../lib/session.server';

const PAGE_SIZE = 50;

const CampaignQuery = graphql(`
  query OrgaCampaign($orgId: ID!, $id: ID!, $first: Int, $after: String) {
    organization(id: $orgId) { id campaigns(includeArchived: true) { id } }
    campaign(id: $id) {
      id code name type multipleSendings isSos archivedAt createdAt
      targetProfile { name description }
      participations(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id status progress sharedAt masteryPercentage totalPix isCertifiable certifiableCompetencesCount
            participant { firstName lastName }
            student { firstName lastName division }
            stage { index total title }
          }
        }
      }
      collectiveResults { competenceCode competenceName averageMasteryPercentage }
      topicsToReinforce(first: 5) { tubeId title competenceCode averageMasteryPercentage }
    }
  }
`);

const StartExportMutation = graphql(`
  mutation StartCampaignExport($campaignId: ID!) {
    startCampaignExport(campaignId: $campaignId) { id }
  }
`);

const ArchiveMutation = graphql(`
  mutation ArchiveCampaign($campaignId: ID!) {
    archiveCampaign(campaignId: $campaignId) { id archivedAt }
  }
`);

export function meta({ matches, loaderData }: Route.MetaArgs) {
  return orgaTitle(matches, loaderData ? `Campagne ${loaderData.campaign.name}` : 'Campagne');
}

/** The address learners can open directly; PUBLIC_WEB_URL wins when the app runs behind a proxy. */
function webOrigin(url: URL): string {
  return (process.env.PUBLIC_WEB_URL ?? url.origin).replace(/\/$/, '');
}

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const search = url.searchParams;
  const exportId = search.get('export');
  const [{ organization, campaign }, job] = await Promise.all([
    load(request, token, CampaignQuery, { orgId: params.orgId, id: params.campaignId, first: PAGE_SIZE, after: currentCursor(search) }),
    exportId ? loadCampaignExport(request, token, exportId).then(exportState) : null,
  ]);
  // Only under its own organisation's address, so that the page's links and title stay right.
  if (!campaign || !organization?.campaigns.some((c) => c.id === campaign.id)) {
    throw data("Cette campagne n'existe pas dans l'établissement.", { status: 404 });
  }
  return { campaign, job, directLink: `${webOrigin(url)}/campagnes/${campaign.code}` };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const intent = (await request.formData()).get('intent');
  const page = `/orga/${params.orgId}/campagnes/${params.campaignId}`;
  if (intent === 'export') {
    const result = await mutate(request, token, StartExportMutation, { campaignId: params.campaignId });
    if (result.error) return data({ error: result.error.message }, { status: failureStatus(result.error) });
    return redirect(`${page}?export=${result.data.startCampaignExport.id}#export`);
  }
  if (intent === 'archive') {
    const result = await mutate(request, token, ArchiveMutation, { campaignId: params.campaignId });
    if (result.error) return data({ error: result.error.message }, { status: failureStatus(result.error) });
    return redirect(page);
  }
  return data({ error: 'Action inconnue.' }, { status: 400 });
}

function ArchiveZone() {
  const navigation = useNavigation();
  return (
    <details className="danger-zone">
      <summary>Archiver la campagne</summary>
      <p>
        Une campagne archivée n'accepte plus de participants : son code ne fonctionne plus. Les résultats déjà envoyés
        restent consultables et exportables.
      </p>
      <Form method="post">
        <button type="submit" name="intent" value="archive" className="button button-danger" disabled={navigation.state === 'submitting'}>
          Archiver
        </button>
      </Form>
    </details>
  );
}

export default function Campagne({ loaderData, actionData }: Route.ComponentProps) {
  const { organization } = useOrga();
  const { campaign, job, directLink } = loaderData;
  const [search] = useSearchParams();
  const base = `/orga/${organization.id}/campagnes/${campaign.id}`;
  const participations = campaign.participations.edges.map((e) => e.node);
  const assessment = campaign.type === 'ASSESSMENT';

  return (
    <>
      <p className="back-link"><Link to={`/orga/${organization.id}/campagnes`}>Retour aux campagnes</Link></p>
      <h1>{campaign.name}</h1>
      <p className="muted">
        {CAMPAIGN_TYPE_LABELS[campaign.type]}
        {campaign.targetProfile && ` – parcours « ${campaign.targetProfile.name} »`}
        {' – '}créée le {longDate(campaign.createdAt)}
        {campaign.multipleSendings && ' – envois multiples autorisés'}
      </p>
      {search.has('creee') && (
        <p role="status" className="banner banner-ok">La campagne est créée : donnez son code ou son lien aux participants.</p>
      )}
      {campaign.archivedAt && (
        <p className="banner banner-todo">Campagne archivée le {longDate(campaign.archivedAt)} : elle n'accepte plus de participants.</p>
      )}
      <FormError message={actionData?.error} />

      <section className="panel campaign-code" aria-labelledby="code-titre">
        <h2 id="code-titre">Code de la campagne</h2>
        <p className="big-code" data-testid="campaign-code">{campaign.code}</p>
        <p className="muted">Les participants le saisissent dans « J'ai un code », ou ouvrent directement le lien :</p>
        <CopyLink url={directLink} label="Lien direct vers la campagne" />
      </section>

      <section aria-labelledby="participants-titre">
        <h2 id="participants-titre">Participants</h2>
        {participations.length === 0 ? (
          <p className="empty">Personne n'a encore rejoint la campagne.</p>
        ) : (
          <>
            <ParticipantsTable type={campaign.type} participations={participations} />
            <Pager
              pageSize={PAGE_SIZE} shown={participations.length} totalCount={campaign.participations.totalCount}
              pageInfo={campaign.participations.pageInfo} noun={['participant', 'participants']}
            />
          </>
        )}
      </section>

      {assessment && (
        <section aria-labelledby="resultats-titre">
          <h2 id="resultats-titre">Résultats de la campagne</h2>
          {campaign.collectiveResults.length > 0
            ? <CollectiveResults results={campaign.collectiveResults} />
            : <p className="empty">Les résultats collectifs apparaîtront quand des participants auront envoyé leurs résultats.</p>}
          <h3>Sujets à retravailler</h3>
          {campaign.topicsToReinforce.length > 0
            ? <TopicsToReinforce topics={campaign.topicsToReinforce} />
            : <p className="empty">Aucun sujet à signaler pour l'instant.</p>}
        </section>
      )}

      <section id="export" aria-labelledby="export-titre">
        <h2 id="export-titre">Export des résultats</h2>
        <p className="muted">
          Un fichier CSV (séparateur « ; », lisible par un tableur) avec une ligne par participant : statut, pix, certifiabilité
          {assessment ? ', maîtrise, palier' : ''} et niveau par compétence.
        </p>
        <ExportPanel key={job?.id ?? 'aucun'} base={base} job={job} />
      </section>

      {!campaign.archivedAt && <ArchiveZone />}
    </>
  );
}
