// Where the candidate stands in a session, read by each page of their path to send them to the right step.
import { redirect } from 'react-router';
import { graphql } from '../gql';
import { certifLoad } from './certif-api.server';

const MyCandidateQuery = graphql(`
  query CertifMyCandidate($sessionId: ID!) {
    myCertificationCandidate(sessionId: $sessionId) {
      id firstName lastName authorizedToStart liveStatus challengeCount timeLeftSeconds
      assessment { id state }
      session { id date time room certificationCenter { name } }
    }
  }
`);

/** The candidate the signed-in user is in this session; back to the join form when they are none. */
export async function loadMyCandidate(request: Request, token: string, sessionId: string) {
  const { myCertificationCandidate: candidate } = await certifLoad(request, token, MyCandidateQuery, { sessionId });
  if (!candidate) throw redirect('/certification');
  return candidate;
}

export type MyCandidate = Awaited<ReturnType<typeof loadMyCandidate>>;

/** The step of the path the candidate is at: waiting for the invigilator, the access code, or the test. */
export function candidateStep(candidate: MyCandidate): 'attente' | 'code' | 'test' {
  if (candidate.assessment) return 'test';
  return candidate.authorizedToStart ? 'code' : 'attente';
}
