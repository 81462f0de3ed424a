import Link from '@/components/ui/link';
import { formatDate } from '@/lib/format';
import { membershipDetails, membershipTerm } from '@/lib/people/membership';
import type { BodyPageData } from '@/lib/bodies/queries';

type Member = BodyPageData['memberships'][number];

/**
 * Members of a body with their role, district or party, and term: on the body page (current members, so without
 * their terms) and on its members page.
 */
export function MemberList({ members, terms = true }: { members: Member[]; terms?: boolean }) {
  return (
    <ul className="plain-list columns">
      {members.map((m) => (
        <li key={m.id}>
          <Link href={`/people/${m.person.slug}`}>{m.person.name}</Link>, {m.role}
          {membershipDetails(m) ? <span className="muted"> · {membershipDetails(m)}</span> : null}
          {terms ? <span className="muted"> ({membershipTerm(m, (date) => formatDate(date))})</span> : null}
        </li>
      ))}
    </ul>
  );
}
