import Link from '@/components/ui/link';
import { StatusBadge } from '@/components/measures/status-badge';
import { memberDate, type CampaignMember } from '@/lib/campaigns/members';
import { campaignRoleLabels } from '@/lib/campaigns/schemas';
import { formatDate, isoDate, measureName } from '@/lib/format';

/** A campaign's member measures: name, role, body (linked to the campaign's timeline of that body), date and status. */
export function CampaignMemberTable({
  campaignSlug,
  members,
  caption,
}: {
  campaignSlug: string;
  members: CampaignMember[];
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Role</th>
            <th scope="col">Body</th>
            <th scope="col">Date</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {members.map(({ role, measure }) => {
            const date = memberDate(measure);
            return (
              <tr key={measure.id}>
                <td>
                  <Link href={`/measures/${measure.slug}`}>{measureName(measure)}</Link>
                  {measure.identifier ? <div className="muted">{measure.title}</div> : null}
                </td>
                <td>{campaignRoleLabels[role]}</td>
                <td>
                  <Link href={`/campaigns/${campaignSlug}/bodies/${measure.originBody.slug}`}>
                    {measure.originBody.name}
                  </Link>
                </td>
                <td>{date ? <time dateTime={isoDate(date)}>{formatDate(date)}</time> : '—'}</td>
                <td>
                  <StatusBadge type={measure.type} stage={measure.stage} outcome={measure.outcome} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
