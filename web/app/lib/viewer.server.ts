// Who is signed in, for the header of every page: name, organisations, and whether a new password is due.
import { graphql } from '../gql';
import { apiRequest } from './graphql.server';
import { getToken } from './session.server';

const ViewerQuery = graphql(`
  query Viewer {
    me {
      firstName
      lastName
      mustChangePassword
      memberships { role organization { id name } }
      certificationCenters { id }
      platformRoles
    }
  }
`);

// Asked apart: a plugin's field (academic-dashboard), and the header must still work where it is not installed.
const ViewerAcademiesQuery = graphql(`
  query ViewerAcademies {
    myAcademies { code }
  }
`);

/** Null without a session or when the API refuses the token: the page's own loader then sends to sign-in. */
export async function loadViewer(request: Request) {
  const token = await getToken(request);
  if (!token) return null;
  const [result, academies] = await Promise.all([apiRequest(token, ViewerQuery, {}), apiRequest(token, ViewerAcademiesQuery, {})]);
  const me = result.data?.me;
  return me ? { ...me, academyCodes: academies.data?.myAcademies.map((a) => a.code) ?? [] } : null;
}

export type Viewer = NonNullable<Awaited<ReturnType<typeof loadViewer>>>;

// Pages a user with a temporary password may still open.
const OPEN_WITH_TEMPORARY_PASSWORD = new Set(['/mot-de-passe', '/deconnexion']);

/** Where to send a user who must first replace their temporary password, or null. */
export function passwordChangeRedirect(viewer: Viewer | null, url: URL): string | null {
  if (!viewer?.mustChangePassword || OPEN_WITH_TEMPORARY_PASSWORD.has(url.pathname)) return null;
  return `/mot-de-passe?redirectTo=${encodeURIComponent(url.pathname + url.search)}`;
}
