import Link from '@/components/ui/link';
import { EditorForm } from '@/components/admin/editor-form';
import { relationLabels } from '@/lib/measures/relations';
import { confirmRelationAction, removeRelatedMeasureAction } from '@/lib/relations/actions';
import type { WorkspaceRelation } from '@/lib/relations/queries';

/** The measure's relations with who added and who confirmed them; editors confirm or remove each. */
export function RelationReview({ relations, canReview }: { relations: WorkspaceRelation[]; canReview: boolean }) {
  if (relations.length === 0) return <p className="muted">No related measures recorded.</p>;
  return (
    <ul className="plain-list">
      {relations.map((r) => (
        <li key={`${r.direction}-${r.id}`} className="editor-row">
          <span>
            {r.direction === 'from' ? relationLabels[r.type].outgoing : relationLabels[r.type].incoming}{' '}
            {r.other ? (
              <Link href={`/dashboard/measures/${r.other.slug}`}>{r.other.name}</Link>
            ) : (
              <>
                {r.unresolved} <span className="tag">Not yet in the tracker</span>
              </>
            )}
            <span className="muted">
              {' '}
              · added by {r.addedBy ?? 'unknown'}
              {r.confirmedBy ? ` · confirmed by ${r.confirmedBy}` : ' · not confirmed'}
            </span>
          </span>
          {canReview ? (
            <span className="editor-row-actions">
              {!r.confirmedBy ? (
                <EditorForm
                  action={confirmRelationAction}
                  hidden={{ id: r.id }}
                  submitLabel="Confirm"
                  label={`Confirm relation ${r.id}`}
                  inline
                />
              ) : null}
              <EditorForm
                action={removeRelatedMeasureAction}
                hidden={{ id: r.id }}
                submitLabel="Remove"
                label={`Remove relation ${r.id}`}
                inline
              />
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
