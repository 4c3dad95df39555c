// Polled by the test page: whether the test still runs, and the time left by the server's clock. A resource route, so that asking runs no page loader
// (the test page's loader opens a new entry, which needs the invigilator after the first).
import type { Route } from './+types/candidat-etat';
import { loadMyCandidate } from '../../lib/certif-candidate.server';
import { requireToken } from '../../lib/session.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const candidate = await loadMyCandidate(request, token, params.sessionId);
  return { state: candidate.assessment?.state ?? null, timeLeftSeconds: candidate.timeLeftSeconds ?? null };
}
