// What the pages of the school's space share: the organisation and the user's role, loaded once by the layout.
import { useRouteLoaderData } from 'react-router';
import type { loader } from '../routes/orga/layout';

export function useOrga() {
  const loaded = useRouteLoaderData<typeof loader>('orga');
  if (!loaded) throw new Error('useOrga() est réservé aux pages sous /orga/:orgId');
  return loaded;
}

/** « Élèves – Collège Jean Ferrat – OpenCRCN », from the layout's data among the route matches. */
export function orgaTitle(matches: readonly unknown[], page: string): { title: string }[] {
  const layout = matches.find((m): m is { id: string; loaderData?: { organization?: { name: string } } } =>
    typeof m === 'object' && m !== null && (m as { id?: string }).id === 'orga');
  const name = layout?.loaderData?.organization?.name;
  return [{ title: name ? `${page} – ${name} – OpenCRCN` : `${page} – OpenCRCN` }];
}
