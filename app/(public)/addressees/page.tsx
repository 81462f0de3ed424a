import type { Metadata } from 'next';
import { Suspense } from 'react';
import Link from '@/components/ui/link';
import {
  addresseesHref,
  countSentence,
  getAddresseeIndex,
  parseAddresseeFilter,
  verbPhrases,
} from '@/lib/campaigns/addressees';

export const metadata: Metadata = {
  title: 'Addressees',
  description: 'Every government, body, person or organisation that measures call upon, urge, condemn or commend.',
  alternates: { canonical: '/addressees' },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export default function AddresseesPage({ searchParams }: PageProps<'/addressees'>) {
  return (
    <>
      <h1>Addressees</h1>
      <p className="lede">
        Whom measures call upon, urge, request, condemn or commend: governments, bodies, people and organisations.
      </p>
      <Suspense fallback={<p className="muted">Loading the index…</p>}>
        <AddresseeIndex searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function AddresseeIndex({ searchParams }: { searchParams: PageProps<'/addressees'>['searchParams'] }) {
  const { filter, addressees, verbs, jurisdictions } = await getAddresseeIndex(
    parseAddresseeFilter(await searchParams),
  );
  return (
    <div className="search-layout">
      <div>
        <form action="/addressees" method="get" role="search" aria-label="Addressees" className="filters">
          <label htmlFor="addressee-q">Name</label>{' '}
          <input id="addressee-q" name="q" type="search" defaultValue={filter.q} />
          {filter.verb ? <input type="hidden" name="verb" value={filter.verb} /> : null}
          {filter.jurisdiction ? <input type="hidden" name="jurisdiction" value={filter.jurisdiction} /> : null}{' '}
          <button type="submit" className="button">
            Search
          </button>
        </form>
        <nav aria-label="Filter by verb">
          <h2>By verb</h2>
          <ul className="plain-list">
            {verbs.map((v) => (
              <li key={v.verb}>
                <Link
                  href={addresseesHref({ ...filter, verb: filter.verb === v.verb ? null : v.verb })}
                  aria-current={filter.verb === v.verb ? 'true' : undefined}
                >
                  {capital(verbPhrases[v.verb][0])}
                </Link>{' '}
                <span className="muted">({v.measures})</span>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Filter by jurisdiction">
          <h2>By jurisdiction of the measure</h2>
          <ul className="plain-list">
            {jurisdictions.map((j) => (
              <li key={j.slug}>
                <Link
                  href={addresseesHref({ ...filter, jurisdiction: filter.jurisdiction === j.slug ? null : j.slug })}
                  aria-current={filter.jurisdiction === j.slug ? 'true' : undefined}
                >
                  {j.name}
                </Link>{' '}
                <span className="muted">({j.measures})</span>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <section aria-labelledby="addressee-results">
        <h2 id="addressee-results">
          {addressees.length} addressee{addressees.length === 1 ? '' : 's'}
          {filter.q || filter.verb || filter.jurisdiction ? ' matching' : ''}
        </h2>
        {filter.q || filter.verb || filter.jurisdiction ? (
          <p>
            <Link href="/addressees">Clear the filters</Link>
          </p>
        ) : null}
        <ul className="plain-list">
          {addressees.map((a) => (
            <li key={`${a.kind}/${a.key}`}>
              <Link href={`/addressees/${a.kind}/${a.key}`}>{a.name}</Link>
              <ul>
                {a.verbs.map((v) => (
                  <li key={v.verb}>{countSentence(v.measures, v.verb, a.name)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
