// The CSV of a finished export, downloaded through the web app with the user's session.
import { data } from 'react-router';
import type { Route } from './+types/export-fichier';
import { fetchExportFile, loadCampaignExport } from '../../lib/campaign-export.server';
import { requireToken } from '../../lib/session.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const job = await loadCampaignExport(request, token, params.exportId);
  if (job.status !== 'SUCCEEDED' || !job.downloadUrl) throw data("Cet export n'est pas terminé.", { status: 409 });
  return fetchExportFile(job.downloadUrl);
}
