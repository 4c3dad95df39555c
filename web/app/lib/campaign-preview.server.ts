// A campaign as the learner sees it, and their own participation in it, for the pages under /campagnes/:code.
import { data } from 'react-router';
import { graphql } from '../gql';
import { load } from './api.server';

const CampaignPreviewQuery = graphql(`
  query CampaignPreview($code: String!) {
    campaignByCode(code: $code) {
      code name type organizationName requiresStudentReconciliation isArchived targetProfileName
    }
  }
`);

const MyCampaignQuery = graphql(`
  query MyCampaignParticipation {
    me {
      firstName
      lastName
      birthdate
      participations {
        id status sharedAt
        campaign { code multipleSendings }
        assessment { id }
      }
      profile { totalPix isCertifiable certifiableCompetencesCount }
    }
  }
`);

export async function loadCampaignPreview(request: Request, token: string | null, code: string) {
  const { campaignByCode } = await load(request, token, CampaignPreviewQuery, { code });
  if (!campaignByCode) {
    throw data('Aucune campagne ne correspond à ce code. Vérifiez-le auprès de votre enseignant ou de votre organisation.', { status: 404 });
  }
  return campaignByCode;
}

/** The learner, their profile, and their current participation in the campaign (the latest sending). */
export async function loadMyParticipation(request: Request, token: string, code: string) {
  const { me } = await load(request, token, MyCampaignQuery, {});
  if (!me) return null;
  const participation = me.participations.find((p) => p.campaign.code === code) ?? null;
  return { me, participation };
}
