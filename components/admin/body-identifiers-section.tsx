// A body's external identifiers on its edit page. Every form names the body and the version the page was loaded at.
import { EditorForm } from '@/components/admin/editor-form';
import { identifierFields } from '@/components/admin/people-fields';
import * as act from '@/lib/bodies/actions';
import type { EditorBody } from '@/lib/bodies/editor-queries';

export function BodyIdentifiersSection({ body }: { body: EditorBody }) {
  const ref = { bodyId: body.id, version: body.version };
  return (
    <section className="editor-section" aria-labelledby="identifiers">
      <h2 id="identifiers">Identifiers</h2>
      {body.identifiers.length === 0 ? <p className="muted">No identifiers yet.</p> : null}
      <ul className="plain-list">
        {body.identifiers.map((identifier) => (
          <li key={identifier.id} className="editor-row">
            <span>
              <strong>{identifier.scheme}</strong> {identifier.value}
            </span>
            <EditorForm action={act.removeBodyIdentifierAction} hidden={{ ...ref, id: identifier.id }} submitLabel={`Remove ${identifier.scheme} identifier`} inline />
          </li>
        ))}
      </ul>
      <h3>Add an identifier</h3>
      <EditorForm action={act.addBodyIdentifierAction} hidden={ref} fields={identifierFields()} submitLabel="Add identifier" label="Add an identifier" />
    </section>
  );
}
