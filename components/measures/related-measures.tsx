import Link from '@/components/ui/link';
import { StatusBadge } from '@/components/measures/status-badge';
import { measureName } from '@/lib/format';
import type { MeasurePageData } from '@/lib/measures/queries';
import { relationLabels } from '@/lib/measures/relations';

type Item = {
  key: string;
  label: string;
  measure: MeasurePageData['relationsTo'][number]['fromMeasure'] | null;
  unresolved?: string;
  evidenceQuote: string | null;
  evidenceUrl: string | null;
  addedBy: string | null;
};

/** Related measures in both directions, grouped under the relation as it reads from this measure. */
export function RelatedMeasures({ measure }: { measure: MeasurePageData }) {
  const items: Item[] = [
    ...measure.relationsFrom.map((r) => ({
      key: `from-${r.id}`,
      label: relationLabels[r.type].outgoing,
      measure: r.toMeasure,
      unresolved: r.toMeasure ? undefined : [r.targetIdentifier, r.targetJurisdictionText].filter(Boolean).join(', '),
      evidenceQuote: r.evidenceQuote,
      evidenceUrl: r.evidenceUrl,
      addedBy: r.addedBy ? (r.addedBy.name ?? 'a member') : r.addedByLabel,
    })),
    ...measure.relationsTo.map((r) => ({
      key: `to-${r.id}`,
      label: relationLabels[r.type].incoming,
      measure: r.fromMeasure,
      evidenceQuote: r.evidenceQuote,
      evidenceUrl: r.evidenceUrl,
      addedBy: r.addedBy ? (r.addedBy.name ?? 'a member') : r.addedByLabel,
    })),
  ];
  if (items.length === 0) return <p className="muted">No related measures recorded.</p>;
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(item.label, [...(groups.get(item.label) ?? []), item]);
  return (
    <>
      {[...groups].map(([label, group]) => (
        <section key={label} aria-labelledby={`rel-${label.replace(/\W+/g, '-')}`}>
          <h3 id={`rel-${label.replace(/\W+/g, '-')}`}>{label}</h3>
          <ul className="plain-list">
            {group.map((item) => (
              <li key={item.key}>
                {item.measure ? (
                  <>
                    <Link href={`/measures/${item.measure.slug}`}>{measureName(item.measure)}</Link>
                    {item.measure.identifier ? (
                      <span>
                        : {item.measure.title} ({item.measure.originBody.name})
                      </span>
                    ) : null}{' '}
                    <StatusBadge type={item.measure.type} stage={item.measure.stage} outcome={item.measure.outcome} />
                  </>
                ) : (
                  <span>
                    {item.unresolved} <span className="tag">Not yet in the tracker</span>
                  </span>
                )}
                {item.evidenceQuote ? <blockquote>Evidence: “{item.evidenceQuote}”</blockquote> : null}
                {item.evidenceUrl ? (
                  <div>
                    <a href={item.evidenceUrl} rel="nofollow noopener">
                      Evidence source
                    </a>
                  </div>
                ) : null}
                {item.addedBy ? <div className="muted">Added by {item.addedBy}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
