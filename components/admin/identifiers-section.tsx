// A person's or a body's external identifiers on its edit page. Every form carries `owner`: which record, at which
// version the page was loaded, so a save over someone else's newer one is refused.
import { EditorForm } from '@/components/admin/editor-form';
import { identifierFields } from '@/components/admin/people-fields';
import type { ServerAction } from '@/lib/actions/safe-action';

type Props = {
  identifiers: { id: number; scheme: string; value: string }[];
  owner: Record<string, number>;
  addAction: ServerAction;
  removeAction: ServerAction;
};

export function IdentifiersSection({ identifiers, owner, addAction, removeAction }: Props) {
  return (
    <section className="editor-section" aria-labelledby="identifiers">
      <h2 id="identifiers">Identifiers</h2>
      {identifiers.length === 0 ? <p className="muted">No identifiers yet.</p> : null}
      <ul className="plain-list">
        {identifiers.map((identifier) => (
          <li key={identifier.id} className="editor-row">
            <span>
              <strong>{identifier.scheme}</strong> {identifier.value}
            </span>
            <EditorForm
              action={removeAction}
              hidden={{ ...owner, id: identifier.id }}
              submitLabel={`Remove ${identifier.scheme} identifier`}
              inline
            />
          </li>
        ))}
      </ul>
      <h3>Add an identifier</h3>
      <EditorForm
        action={addAction}
        hidden={owner}
        fields={identifierFields()}
        submitLabel="Add identifier"
        label="Add an identifier"
      />
    </section>
  );
}
