// The cosponsor gap as a table: whom to ask first (not cosponsored, withdrew), then those who did, with dates.
import Link from '@/components/ui/link';
import { gapStatusLabels, type CampaignGap } from '@/lib/campaigns/gap';
import { formatDate, isoDate } from '@/lib/format';

/** Places without a district named on a shortened gap; the whole gap names them all. */
const PLACES_NAMED_WHEN_TRUNCATED = 10;

const day = (date: Date | null) => (date ? <time dateTime={isoDate(date)}>{formatDate(date)}</time> : '—');

/**
 * `shortened`: at most `rows` rows of each gap (whom to ask first come first), and a link to the whole gap at `href`;
 * the campaign page of a large campaign shows the start and its gap page the rest.
 */
export function GapTables({
  gaps,
  csvHref,
  editorNote,
  shortened,
}: {
  gaps: CampaignGap[];
  csvHref?: string;
  editorNote?: boolean;
  shortened?: { rows: number; href: string };
}) {
  if (gaps.length === 0)
    return <p className="muted">No federal lead measure in this campaign: there is no cosponsor gap to show.</p>;
  return (
    <>
      {gaps.map((gap) => {
        const name = gap.lead.identifier ?? gap.lead.title;
        const asks = gap.rows.filter((r) => r.member && (r.status === 'none' || r.status === 'withdrawn')).length;
        const rows = shortened ? gap.rows.slice(0, shortened.rows) : gap.rows;
        const truncated = rows.length < gap.rows.length;
        return (
          <div key={gap.lead.id}>
            <p>
              {gap.rows.length === 0
                ? `No district is recorded yet for the places that endorsed ${name}.`
                : `${asks} member${asks === 1 ? '' : 's'} of the ${gap.lead.chamber} who represent${asks === 1 ? 's' : ''} a place that endorsed ${name} ${asks === 1 ? 'has' : 'have'} not cosponsored it.`}
            </p>
            {gap.placesWithoutDistricts.length > 0 ? (
              <p className="muted">
                No district recorded for:{' '}
                {(truncated
                  ? gap.placesWithoutDistricts.slice(0, PLACES_NAMED_WHEN_TRUNCATED)
                  : gap.placesWithoutDistricts
                )
                  .map((p) => p.name)
                  .join(', ')}
                {truncated && gap.placesWithoutDistricts.length > PLACES_NAMED_WHEN_TRUNCATED
                  ? ` and ${gap.placesWithoutDistricts.length - PLACES_NAMED_WHEN_TRUNCATED} more`
                  : ''}
                .
                {editorNote ? (
                  <>
                    {' '}
                    Editors add them at <Link href="/admin/districts">/admin/districts</Link>, with a source.
                  </>
                ) : null}
              </p>
            ) : null}
            {gap.rows.length > 0 ? (
              <div className="table-scroll">
                <table className="data-table">
                  <caption>
                    Cosponsor gap for <Link href={`/measures/${gap.lead.slug}`}>{name}</Link>
                    {truncated
                      ? `: the first ${rows.length} of ${gap.rows.length} members who represent endorsing places, whom to ask first`
                      : ': members who represent endorsing places, whom to ask first'}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">District</th>
                      <th scope="col">Member</th>
                      <th scope="col">Status</th>
                      <th scope="col">Cosponsored</th>
                      <th scope="col">Endorsing places</th>
                      <th scope="col">First endorsement</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row, i) => (
                      <tr key={`${row.state}-${row.district}-${row.member?.personId ?? 'vacant'}-${i}`}>
                        <td>
                          {row.state}
                          {row.district ? `-${row.district}` : ' (Senate)'}
                        </td>
                        <td>
                          {row.member ? (
                            <Link href={`/people/${row.member.slug}`}>{row.member.name}</Link>
                          ) : (
                            <span className="muted">No member recorded (vacant)</span>
                          )}
                          {row.member?.party ? <span className="muted"> ({row.member.party})</span> : null}
                        </td>
                        <td>{gapStatusLabels[row.status]}</td>
                        <td>
                          {row.status === 'withdrawn' ? (
                            <>
                              {day(row.sponsoredOn)}, withdrew {day(row.withdrawnOn)}
                            </>
                          ) : (
                            day(row.sponsoredOn)
                          )}
                        </td>
                        <td>{row.places.join(', ')}</td>
                        <td>{day(row.firstEndorsement)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {truncated && shortened ? (
              <p>
                <Link href={shortened.href}>
                  The whole cosponsor gap for {name}: {gap.rows.length} members
                </Link>
              </p>
            ) : null}
          </div>
        );
      })}
      {csvHref && gaps.some((g) => g.rows.length > 0) ? (
        <p>
          <a href={csvHref} download>
            Download the cosponsor gap (CSV)
          </a>
        </p>
      ) : null}
    </>
  );
}
