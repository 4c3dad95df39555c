// The school's campaigns, the newest first, with the way to create one or to open the SOS campaign.
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/campagnes';
import { FormError } from '../../components/field';
import { graphql } from '../../gql';
import { failureStatus, load, mutate } from '../../lib/api.server';
import { shortDate } from '../../lib/dates';
import { CAMPAIGN_TYPE_LABELS } from '../../lib/labels';
import { orgaTitle, useOrga } from '../../lib/orga';
import { requireToken } from '../../lib/session.server';

const CampaignsQuery = graphql(`
  query OrgaCampaigns($id: ID!, $includeArchived: Boolean) {
    organization(id: $id) {
      id
      campaigns(includeArchived: $includeArchived) {
        id code name type isSos createdAt archivedAt
        participations(first: 1) { totalCount }
      }
    }
  }
`);

const SosCampaignMutation = graphql(`
  mutation CreateSosCampaign($organizationId: ID!) {
    createSosCampaign(organizationId: $organizationId) { id }
  }
`);

export function meta({ matches }: Route.MetaArgs) {
  return orgaTitle(matches, 'Campagnes');
}

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const withArchived = url.searchParams.has('archivees');
  const { organization } = await load(request, token, CampaignsQuery, { id: params.orgId, includeArchived: withArchived });
  return { campaigns: organization?.campaigns ?? [], withArchived };
}

/** The SOS campaign is created the first time, then simply found again: either way, it opens. */
export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const result = await mutate(request, token, SosCampaignMutation, { organizationId: params.orgId });
  if (result.error) return data({ error: result.error.message }, { status: failureStatus(result.error) });
  return redirect(`/orga/${params.orgId}/campagnes/${result.data.createSosCampaign.id}`);
}

export default function Campagnes({ loaderData, actionData }: Route.ComponentProps) {
  const { organization } = useOrga();
  const { campaigns, withArchived } = loaderData;
  const navigation = useNavigation();
  const base = `/orga/${organization.id}/campagnes`;
  return (
    <>
      <div className="title-bar">
        <h1>Campagnes</h1>
        <div className="actions">
          <Link to={`${base}/nouvelle`} className="button">Créer une campagne</Link>
          <Form method="post">
            <button type="submit" className="button button-secondary" disabled={navigation.state === 'submitting'}>
              Campagne SOS élève non certifiable
            </button>
          </Form>
        </div>
      </div>
      <p className="muted">
        La campagne « SOS élève non certifiable » permet à un élève trouvé non certifiable le jour de la certification de
        se positionner puis d'envoyer à nouveau son profil. Le bouton la crée la première fois, puis l'ouvre.
      </p>
      <FormError message={actionData?.error} />
      {campaigns.length === 0 ? (
        <p className="empty">Aucune campagne pour l'instant : créez-en une, puis donnez son code aux élèves.</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Campagnes de l'établissement</caption>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Code</th>
                <th scope="col">Type</th>
                <th scope="col" className="number">Participants</th>
                <th scope="col">Créée le</th>
                {withArchived && <th scope="col">Archivée le</th>}
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`${base}/${c.id}`}>{c.name}</Link>
                    {c.isSos && <span className="tag">SOS</span>}
                  </td>
                  <td><code className="code">{c.code}</code></td>
                  <td>{CAMPAIGN_TYPE_LABELS[c.type]}</td>
                  <td className="number">{c.participations.totalCount}</td>
                  <td>{shortDate(c.createdAt)}</td>
                  {withArchived && <td>{c.archivedAt ? shortDate(c.archivedAt) : '–'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {withArchived
          ? <Link to={base}>Masquer les campagnes archivées</Link>
          : <Link to={`${base}?archivees`}>Afficher aussi les campagnes archivées</Link>}
      </p>
    </>
  );
}
