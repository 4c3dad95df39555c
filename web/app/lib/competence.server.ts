// One competence of the signed-in learner's profile, for the competence page, its reset page and the end of a test.
import { data } from 'react-router';
import { graphql } from '../gql';
import { apiRequest, isAuthError } from './graphql.server';
import { signOut } from './session.server';

const CompetenceScorecardQuery = graphql(`
  query CompetenceScorecard {
    me {
      firstName
      lastName
      profile {
        scorecards {
          competence { code name area { code title } }
          level
          pix
          pixToNextLevel
          status
          remainingDaysBeforeImproving
          remainingDaysBeforeReset
        }
      }
    }
  }
`);

/** The API answers with the whole profile (16 scorecards): the page keeps the one it shows. */
export async function loadScorecard(request: Request, token: string, code: string) {
  const result = await apiRequest(token, CompetenceScorecardQuery, {});
  if (result.error) {
    if (isAuthError(result.error)) throw await signOut(request);
    throw data(result.error.message, { status: 502 });
  }
  const { me } = result.data;
  if (!me) throw await signOut(request);
  const scorecard = me.profile.scorecards.find((s) => s.competence.code === code);
  if (!scorecard) throw data(`La compétence « ${code} » n'existe pas.`, { status: 404 });
  return { user: { firstName: me.firstName, lastName: me.lastName }, scorecard };
}

export type LoadedScorecard = Awaited<ReturnType<typeof loadScorecard>>['scorecard'];
