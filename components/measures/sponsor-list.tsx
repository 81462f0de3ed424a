import Link from '@/components/ui/link';
import { formatDate } from '@/lib/format';
import type { MeasurePageData } from '@/lib/measures/queries';

type Sponsorship = MeasurePageData['sponsorships'][number];

function SponsorName({ sponsorship }: { sponsorship: Sponsorship }) {
  if (sponsorship.person) return <Link href={`/people/${sponsorship.person.slug}`}>{sponsorship.person.name}</Link>;
  if (sponsorship.body) return <Link href={`/bodies/${sponsorship.body.slug}`}>{sponsorship.body.name}</Link>;
  return <span>{sponsorship.nameAsGiven}</span>;
}

export function SponsorList({ sponsorships }: { sponsorships: MeasurePageData['sponsorships'] }) {
  const primary = sponsorships.filter((s) => s.kind === 'primary');
  const cosponsors = sponsorships.filter((s) => s.kind === 'cosponsor');
  const originals = cosponsors.filter((s) => s.isOriginal && !s.withdrawnOn).length;
  const withdrawn = cosponsors.filter((s) => s.withdrawnOn).length;
  if (sponsorships.length === 0) return <p className="muted">No sponsors recorded.</p>;
  return (
    <>
      <h3>{primary.length === 1 ? 'Sponsor' : 'Sponsors'}</h3>
      <ul className="plain-list">
        {primary.map((s) => (
          <li key={s.id}>
            <SponsorName sponsorship={s} />
            {s.sponsoredOn ? <span className="muted"> · {formatDate(s.sponsoredOn)}</span> : null}
          </li>
        ))}
      </ul>
      {cosponsors.length > 0 ? (
        <>
          <h3>Cosponsors</h3>
          <p>
            {cosponsors.length - withdrawn} {cosponsors.length - withdrawn === 1 ? 'cosponsor' : 'cosponsors'}, of whom{' '}
            <strong>
              {originals} original {originals === 1 ? 'cosponsor' : 'cosponsors'}
            </strong>
            {withdrawn > 0 ? `; ${withdrawn} withdrawn` : ''}.
          </p>
          <ul className="plain-list columns">
            {cosponsors.map((s) => (
              <li key={s.id}>
                <SponsorName sponsorship={s} />
                {s.isOriginal ? <span className="tag">Original</span> : null}
                {s.withdrawnOn ? <span className="tag">Withdrawn {formatDate(s.withdrawnOn)}</span> : null}
                {s.person && s.nameAsGiven !== s.person.name ? (
                  <span className="muted"> (as given: {s.nameAsGiven})</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
