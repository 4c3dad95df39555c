// Joining a campaign, shared by the preview page (no identity) and the page linking the account to the school's
// record (with an identity): the API decides, the web app only sends the learner on to the next step.
import { redirect } from 'react-router';
import { graphql } from '../gql';
import type { LearnerIdentityInput } from '../gql/graphql';
import type { ApiError } from './graphql.server';
import { mutate } from './api.server';

const JoinCampaignMutation = graphql(`
  mutation JoinCampaign($code: String!, $identity: LearnerIdentityInput) {
    joinCampaign(code: $code, identity: $identity) {
      id
      status
      campaign { code type }
      assessment { id }
    }
  }
`);

/** A redirect to the next step on success, or the API's refusal (its French message and stable code). */
export async function joinCampaign(
  request: Request,
  token: string,
  code: string,
  identity: LearnerIdentityInput | null,
): Promise<{ next: Response; error?: undefined } | { next?: undefined; error: ApiError }> {
  const result = await mutate(request, token, JoinCampaignMutation, { code, identity });
  if (result.error) return { error: result.error };
  const participation = result.data.joinCampaign;
  const campaignCode = participation.campaign.code;
  // An assessment runs in the test runner until it is finished; everything else ends on the sending page.
  if (participation.campaign.type === 'ASSESSMENT' && participation.status === 'STARTED' && participation.assessment) {
    return { next: redirect(`/tests/${participation.assessment.id}`) };
  }
  return { next: redirect(`/campagnes/${campaignCode}/envoi`) };
}
