import Link from '@/components/ui/link';
import { FollowForm } from '@/components/follows/follow-form';

type Follow = {
  id: number;
  person: { id: number; slug: string; name: string } | null;
  body: { id: number; slug: string; name: string } | null;
};

/** The people and bodies the member follows: their measures are in the table. */
export function FollowedRecords({ follows }: { follows: Follow[] }) {
  if (follows.length === 0) return null;
  return (
    <section aria-labelledby="followed-heading">
      <h2 id="followed-heading">People and bodies you follow</h2>
      <p className="muted">Their sponsored measures and the measures that come from them are in the table.</p>
      <ul className="plain-list">
        {follows.map((f) => {
          const record = f.person
            ? { kind: 'person' as const, ...f.person, href: `/people/${f.person.slug}` }
            : f.body
              ? { kind: 'body' as const, ...f.body, href: `/bodies/${f.body.slug}` }
              : null;
          if (!record) return null;
          return (
            <li key={f.id} className="editor-row">
              <Link href={record.href}>{record.name}</Link>
              <FollowForm kind={record.kind} id={record.id} following name={record.name} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
