import Link from '@/components/ui/link';
import { measureListHref, type MeasureListParams } from '@/lib/measures/list-params';
import type { MeasureListFilterNames } from '@/lib/measures/queries';

type ScopeKey = 'sponsor' | 'cosponsor' | 'addressee';

const scopes: { key: ScopeKey; phrase: string; kind: 'person' | 'body' }[] = [
  { key: 'sponsor', phrase: 'sponsored by', kind: 'person' },
  { key: 'cosponsor', phrase: 'cosponsored by', kind: 'person' },
  { key: 'addressee', phrase: 'addressed to', kind: 'body' },
];

/** "Measures sponsored by Adam Schiff": the list's heading, naming the person and addressee filters it has. */
export function measureListHeading(names: MeasureListFilterNames): string {
  const parts = scopes.flatMap(({ key, phrase }) => (names[key] ? [`${phrase} ${names[key].name}`] : []));
  return ['Measures', ...parts].join(' ');
}

/**
 * The person and addressee filters, which have no select of their own (they are reached from person and body pages):
 * each links back to its page and can be removed; a slug that names no one says so instead of an unexplained empty list.
 */
export function MeasureListScope({ params, names }: { params: MeasureListParams; names: MeasureListFilterNames }) {
  const active = scopes.filter(({ key }) => params[key]);
  if (active.length === 0) return null;
  return (
    <div className="filter-scope">
      {active.map(({ key, phrase, kind }) => {
        const found = names[key];
        const remove = <Link href={measureListHref(params, { [key]: undefined, page: 1 })}>Remove this filter</Link>;
        return (
          <p key={key} className={found ? undefined : 'notice'} role={found ? undefined : 'status'}>
            {found ? (
              <>
                Measures {phrase}{' '}
                <Link href={`/${kind === 'person' ? 'people' : 'bodies'}/${found.slug}`}>{found.name}</Link>. {remove}
              </>
            ) : (
              <>
                No {kind} on record at “{params[key]}”, so no measures are {phrase} them. {remove}
              </>
            )}
          </p>
        );
      })}
    </div>
  );
}
