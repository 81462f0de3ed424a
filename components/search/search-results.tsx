import Link from '@/components/ui/link';
import { MarkedText } from '@/components/search/marked-text';
import { StatusBadge } from '@/components/measures/status-badge';
import { formatDate } from '@/lib/format';
import type { SearchHit } from '@/lib/search/queries';

/** The page of measures found, each with its title and a snippet where the words matched. */
export function SearchResults({ hits, start }: { hits: SearchHit[]; start: number }) {
  return (
    <ol className="search-results" start={start}>
      {hits.map((hit) => (
        <li key={hit.id}>
          <h3>
            <Link href={`/measures/${hit.slug}`}>
              {hit.identifier ? `${hit.identifier}: ` : null}
              <MarkedText text={hit.titleMarked} />
            </Link>
          </h3>
          <p className="muted">
            {hit.exact ? <span className="tag">Identifier match</span> : null} {hit.bodyName}
            {hit.lastActionDate ? ` · last action ${formatDate(hit.lastActionDate)}` : null}{' '}
            <StatusBadge type={hit.type} stage={hit.stage} outcome={hit.outcome} />
          </p>
          {hit.snippet ? (
            <p className="snippet">
              <MarkedText text={hit.snippet} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
