// Progress of a campaign export, asked every second by the campaign page while the file is being prepared.
import type { Route } from './+types/export-etat';
import { exportState, loadCampaignExport } from '../../lib/campaign-export.server';
import { requireToken } from '../../lib/session.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  return exportState(await loadCampaignExport(request, token, params.exportId));
}
