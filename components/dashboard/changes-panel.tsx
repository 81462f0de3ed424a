import Link from '@/components/ui/link';
import { EditorForm } from '@/components/admin/editor-form';
import { markChangesSeenAction } from '@/lib/dashboard/actions';
import type { ChangeGroup } from '@/lib/dashboard/changes';

const when = (date: Date) => date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

/** The change events on what the member follows since their last visit, grouped by measure. */
export function ChangesPanel({
  groups,
  total,
  since,
  shownAt,
}: {
  groups: ChangeGroup[];
  total: number;
  since: Date;
  shownAt: Date;
}) {
  const shown = groups.reduce((n, g) => n + g.events.length, 0);
  return (
    <section aria-labelledby="changes-heading" className="changes-panel">
      <h2 id="changes-heading">What changed</h2>
      <p className="muted">
        Since {when(since)}
        {total > shown ? `: the latest ${shown} of ${total} changes` : ''}.
      </p>
      {groups.length === 0 ? (
        <p>Nothing new on what you follow.</p>
      ) : (
        <>
          {groups.map((group) => (
            <section key={group.measure.id} aria-labelledby={`changes-${group.measure.id}`}>
              <h3 id={`changes-${group.measure.id}`}>
                <Link href={`/measures/${group.measure.slug}`}>{group.measure.name}</Link>
              </h3>
              <ul className="plain-list">
                {group.events.map((event) => (
                  <li key={event.id}>
                    {event.summary}
                    <div className="muted">
                      <time dateTime={event.at.toISOString()}>{when(event.at)}</time> · {event.by}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <EditorForm
            action={markChangesSeenAction}
            hidden={{ seenAt: shownAt.toISOString() }}
            submitLabel="Mark all as seen"
            label="Mark changes as seen"
            inline
          />
        </>
      )}
    </section>
  );
}
