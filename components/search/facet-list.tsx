import Link from '@/components/ui/link';
import { measureTypeLabels } from '@/lib/format';
import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';
import type { Facets } from '@/lib/search/facets';
import { searchHref, type FacetKey, type SearchParams } from '@/lib/search/params';
import { outcomeLabel, stageLabel } from '@/lib/status';

const groups: { key: FacetKey; title: string }[] = [
  { key: 'jurisdiction', title: 'Jurisdiction' },
  { key: 'body', title: 'Body' },
  { key: 'type', title: 'Type' },
  { key: 'stage', title: 'Stage' },
  { key: 'outcome', title: 'Outcome' },
  { key: 'subject', title: 'Subject' },
  { key: 'sponsor', title: 'Sponsor' },
];

export function facetLabel(key: FacetKey, value: string, label: string): string {
  if (key === 'type') return measureTypeLabels[value as MeasureType] ?? value;
  if (key === 'stage') return stageLabel(value as Stage, 'bill');
  if (key === 'outcome') return outcomeLabel(value as Outcome);
  return label;
}

/** A count as shown: estimated counts (from a sample of a broad search's matches) rounded to two figures, "about". */
export function shownCount(count: number, approximate: boolean): string {
  if (!approximate) return count.toLocaleString('en-US');
  const step = count < 100 ? 1 : 10 ** (Math.floor(Math.log10(count)) - 1);
  return `about ${(Math.round(count / step) * step).toLocaleString('en-US')}`;
}

/** Each facet's values with their counts, as links that add the value to the search (or remove it). */
export function FacetList({ facets, params }: { facets: Facets; params: SearchParams }) {
  return (
    <nav className="facets" aria-label="Narrow the results">
      {facets.approximate ? <p className="muted">Counts are estimated from a sample of the matches.</p> : null}
      {groups.map(({ key, title }) => {
        const chosen = params[key];
        const values = facets[key];
        if (!chosen && values.length < 1) return null;
        return (
          <section key={key} aria-labelledby={`facet-${key}`}>
            <h2 id={`facet-${key}`}>{title}</h2>
            <ul className="plain-list">
              {chosen ? (
                <li>
                  <strong>{facetLabel(key, chosen, values.find((v) => v.value === chosen)?.label ?? chosen)}</strong>{' '}
                  <Link href={searchHref(params, { [key]: undefined })}>
                    Remove<span className="visually-hidden"> the {title.toLowerCase()} filter</span>
                  </Link>
                </li>
              ) : (
                values.map((value) => (
                  <li key={value.value}>
                    <Link href={searchHref(params, { [key]: value.value })}>
                      {facetLabel(key, value.value, value.label)}
                    </Link>{' '}
                    <span className="muted">({shownCount(value.count, facets.approximate)})</span>
                  </li>
                ))
              )}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
