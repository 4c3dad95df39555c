import { Link, useSearchParams } from 'react-router';
import { nextPageSearch, pageIndex, previousPageSearch } from '../lib/pagination';

interface PagerProps {
  pageSize: number;
  shown: number;
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** What is counted, singular and plural: ['élève', 'élèves']. */
  noun: [string, string];
}

export function Pager({ pageSize, shown, totalCount, pageInfo, noun }: PagerProps) {
  const [search] = useSearchParams();
  const index = pageIndex(search);
  const first = index * pageSize + 1;
  const hasPrevious = index > 0;
  const counted = `${totalCount} ${totalCount > 1 ? noun[1] : noun[0]}`;
  if (!hasPrevious && !pageInfo.hasNextPage) return <p className="pager-summary">{counted}</p>;
  return (
    <nav className="pager" aria-label="Pagination">
      <p className="pager-summary">
        {shown ? `${first} à ${first + shown - 1}` : '0'} sur {counted}
      </p>
      <div className="pager-links">
        {hasPrevious && <Link to={previousPageSearch(search)} className="button button-secondary" rel="prev">Page précédente</Link>}
        {pageInfo.hasNextPage && pageInfo.endCursor && (
          <Link to={nextPageSearch(search, pageInfo.endCursor)} className="button button-secondary" rel="next">Page suivante</Link>
        )}
      </div>
    </nav>
  );
}
