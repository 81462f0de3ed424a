import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/measures/status-badge';
import { addresseesHref, countSentence, getAddressee, verbPhrases } from '@/lib/campaigns/addressees';
import { formatDate, isoDate, measureName } from '@/lib/format';
import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';

// Served from the cache like the other public pages (docs/decisions/022-caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return [{ kind: 'bodies', key: 'azerbaijan' }];
}

export async function generateMetadata({ params }: PageProps<'/addressees/[kind]/[key]'>): Promise<Metadata> {
  const { kind, key } = await params;
  const addressee = await getAddressee(kind, key);
  if (!addressee) return { title: 'Addressee not found' };
  return {
    title: `Measures addressed to ${addressee.name}`,
    alternates: { canonical: `/addressees/${addressee.kind}/${addressee.key}` },
  };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export default async function AddresseePage({ params }: PageProps<'/addressees/[kind]/[key]'>) {
  const { kind, key } = await params;
  const addressee = await getAddressee(kind, key);
  if (!addressee) notFound();
  return (
    <article>
      <p className="eyebrow">
        <Link href="/addressees">Addressees</Link>
        {addressee.kind === 'bodies' ? (
          <>
            {' · '}
            <Link href={`/bodies/${addressee.key}`}>Body page</Link>
          </>
        ) : addressee.kind === 'people' ? (
          <>
            {' · '}
            <Link href={`/people/${addressee.key}`}>Person page</Link>
          </>
        ) : null}
      </p>
      <h1>{addressee.name}</h1>
      <ul className="lede plain-list">
        {addressee.byVerb.map((v) => (
          <li key={v.key}>{countSentence(v.measures, v.key, addressee.name)}</li>
        ))}
      </ul>
      <p>
        By jurisdiction:{' '}
        {addressee.byJurisdiction.map((j, i) => (
          <span key={j.key}>
            {i > 0 ? ' · ' : ''}
            <Link href={addresseesHref({ jurisdiction: j.key })}>{j.name}</Link> {j.measures}
          </span>
        ))}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            Measures addressed to {addressee.name}, most recent first
            {addressee.truncated ? ` (the ${addressee.rows.length} most recent)` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Verb</th>
              <th scope="col">Quote</th>
              <th scope="col">Jurisdiction</th>
              <th scope="col">Status</th>
              <th scope="col">Last action</th>
            </tr>
          </thead>
          <tbody>
            {addressee.rows.map((r, i) => (
              <tr key={`${r.measureId}-${i}`}>
                <td>
                  <Link href={`/measures/${r.slug}`}>{measureName(r)}</Link>
                  {r.identifier ? <div className="muted">{r.title}</div> : null}
                </td>
                <td>{capital(verbPhrases[r.verb][0])}</td>
                <td>{r.quote ? `“${r.quote}”` : <span className="muted">—</span>}</td>
                <td>{r.jurisdictionName}</td>
                <td>
                  <StatusBadge type={r.type as MeasureType} stage={r.stage as Stage} outcome={r.outcome as Outcome} />
                </td>
                <td>
                  {r.lastActionDate ? (
                    <time dateTime={isoDate(r.lastActionDate)}>{formatDate(r.lastActionDate)}</time>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
