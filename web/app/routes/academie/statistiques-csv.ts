// The academy's per-school CSV, downloaded through the web app: the API signs a short-lived link, this server
// fetches it and passes the file on, so the browser never needs the API's own address.
import { data } from 'react-router';
import type { Route } from './+types/statistiques-csv';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { fetchExportFile } from '../../lib/campaign-export.server';
import { requireToken } from '../../lib/session.server';
import { currentSchoolYear, parseSchoolYear } from './academie';

const StatisticsCsvQuery = graphql(`
  query AcademyStatisticsCsvUrl($code: ID!, $schoolYear: Int!) {
    academy(code: $code) { code statisticsCsvUrl(schoolYear: $schoolYear) }
  }
`);

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const current = currentSchoolYear();
  const schoolYear = parseSchoolYear(url.searchParams.get('annee'), current) ?? current;
  const { academy } = await load(request, token, StatisticsCsvQuery, { code: params.code, schoolYear });
  if (!academy) throw data("Cette académie n'existe pas.", { status: 404 });
  return fetchExportFile(academy.statisticsCsvUrl);
}
