// Forward-only cursors from the API, made into "previous / next" links: the URL keeps the cursors of the pages
// walked through (`?pages=c1.c2`), so going back needs no request of its own and every page can be bookmarked.
const PARAM = 'pages';

function walked(search: URLSearchParams): string[] {
  return (search.get(PARAM) ?? '').split('.').filter(Boolean);
}

/** The cursor to read the current page after (null: the first page). */
export function currentCursor(search: URLSearchParams): string | null {
  return walked(search).at(-1) ?? null;
}

/** Position of the current page, from 0. */
export function pageIndex(search: URLSearchParams): number {
  return walked(search).length;
}

function withPages(search: URLSearchParams, cursors: string[]): string {
  const next = new URLSearchParams(search);
  if (cursors.length) next.set(PARAM, cursors.join('.'));
  else next.delete(PARAM);
  const text = next.toString();
  return text ? `?${text}` : '?';
}

export function nextPageSearch(search: URLSearchParams, endCursor: string): string {
  return withPages(search, [...walked(search), endCursor]);
}

export function previousPageSearch(search: URLSearchParams): string {
  return withPages(search, walked(search).slice(0, -1));
}

/** The same filters from the first page, e.g. when a filter changes. */
export function firstPageSearch(search: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(search);
  next.delete(PARAM);
  for (const [name, value] of Object.entries(changes)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  const text = next.toString();
  return text ? `?${text}` : '?';
}
