import { EditorForm } from '@/components/admin/editor-form';
import { recordPositionAction } from '@/lib/positions/actions';
import { stanceLabels } from '@/lib/positions/schemas';
import type { Stance } from '@/lib/generated/prisma/enums';

type Position = {
  id: number;
  stance: Stance;
  note: string | null;
  createdAt: Date;
  author: { name: string | null; email: string };
};

const when = (date: Date) => date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

/** The organisation's position: the current one, a form to record a new one, and every earlier one. Members only. */
export function PositionSection({ measureId, history }: { measureId: number; history: Position[] }) {
  const [current, ...earlier] = history;
  return (
    <section aria-labelledby="position-heading" className="editor-section">
      <h2 id="position-heading">Our position</h2>
      <p className="muted">Visible to signed-in members only; never shown on public pages.</p>
      {current ? (
        <div className="position-current">
          <p>
            <strong>{stanceLabels[current.stance]}</strong>{' '}
            <span className="muted">
              since {when(current.createdAt)}, by {current.author.name ?? current.author.email}
            </span>
          </p>
          {current.note ? <blockquote>{current.note}</blockquote> : null}
        </div>
      ) : (
        <p>No position recorded yet.</p>
      )}
      <EditorForm
        action={recordPositionAction}
        hidden={{ measureId }}
        label="Record a position"
        submitLabel="Record position"
        fields={[
          {
            name: 'stance',
            label: 'Position',
            kind: 'select',
            required: true,
            emptyOption: 'Choose…',
            options: Object.entries(stanceLabels).map(([value, label]) => ({ value, label })),
            defaultValue: current?.stance,
          },
          {
            name: 'note',
            label: 'Note',
            kind: 'textarea',
            wide: true,
            hint: 'Why, and what the organisation will do.',
          },
        ]}
      />
      {earlier.length > 0 ? (
        <>
          <h3>Earlier positions</h3>
          <ol className="plain-list">
            {earlier.map((p) => (
              <li key={p.id}>
                <strong>{stanceLabels[p.stance]}</strong>{' '}
                <span className="muted">
                  {when(p.createdAt)}, by {p.author.name ?? p.author.email}
                </span>
                {p.note ? <blockquote>{p.note}</blockquote> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
