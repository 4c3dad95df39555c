// Campaign exports seen from the web app: the job's progress, and its file fetched from the API and passed on,
// so that the browser only ever talks to the web app (the API's public address may not be reachable).
import { data } from 'react-router';
import type { CampaignExportState } from '../components/export-panel';
import { graphql } from '../gql';
import { load } from './api.server';

const CampaignExportQuery = graphql(`
  query CampaignExportProgress($id: ID!) {
    campaignExport(id: $id) { id status progress rowCount totalRows downloadUrl }
  }
`);

export async function loadCampaignExport(request: Request, token: string, exportId: string) {
  const { campaignExport } = await load(request, token, CampaignExportQuery, { id: exportId });
  if (!campaignExport) throw data("Cet export n'existe pas.", { status: 404 });
  return campaignExport;
}

/** What the page may see of a job: not its signed link, which only this server uses. */
export function exportState({ downloadUrl: _link, ...state }: Awaited<ReturnType<typeof loadCampaignExport>>): CampaignExportState {
  return state;
}

/** The API's own address, from the GraphQL endpoint the web server already uses. */
function apiOrigin(): string {
  return new URL(process.env.API_URL ?? 'http://127.0.0.1:4000/graphql').origin;
}

/** Streams the finished export's CSV from the API, keeping its type and file name. */
export async function fetchExportFile(downloadUrl: string): Promise<Response> {
  const link = new URL(downloadUrl);
  const upstream = await fetch(new URL(link.pathname + link.search, apiOrigin()));
  const headers = new Headers({ 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' });
  for (const name of ['Content-Type', 'Content-Disposition']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}
