// The sections of a person's edit page. Every form names the person and the version the page was loaded at, so a
// save over someone else's newer one is refused (lib/people/mutations.ts).
import { EditorForm } from '@/components/admin/editor-form';
import { membershipFields } from '@/components/admin/people-fields';
import { formatDate } from '@/lib/format';
import * as act from '@/lib/people/actions';
import type { EditorPerson, MembershipChoices } from '@/lib/people/editor-queries';

const ref = (person: EditorPerson) => ({ personId: person.id, version: person.version });

function describe(m: EditorPerson['memberships'][number]) {
  const where = [m.district && `district ${m.district}`, m.state, m.party].filter(Boolean).join(', ');
  const when =
    m.startDate || m.endDate
      ? `${formatDate(m.startDate) || '?'} – ${m.endDate ? formatDate(m.endDate) : 'present'}`
      : m.session?.name;
  return [where, when].filter(Boolean).join(' · ');
}

export function MembershipsSection({ person, choices }: { person: EditorPerson; choices: MembershipChoices }) {
  return (
    <section className="editor-section" aria-labelledby="memberships">
      <h2 id="memberships">Memberships</h2>
      {person.memberships.length === 0 ? <p className="muted">No memberships yet.</p> : null}
      <ul className="plain-list">
        {person.memberships.map((m, index) => (
          <li key={m.id}>
            <div className="editor-row">
              <span>
                <strong>{m.role}</strong>, {m.body.name} <span className="muted">{describe(m)}</span>
              </span>
              <EditorForm
                action={act.removeMembershipAction}
                hidden={{ ...ref(person), id: m.id }}
                submitLabel="Remove membership"
                inline
              />
            </div>
            <details>
              <summary>Edit this membership</summary>
              <EditorForm
                action={act.updateMembershipAction}
                hidden={{ ...ref(person), id: m.id }}
                fields={membershipFields(choices, m)}
                submitLabel="Save membership"
                label={`Edit membership ${index + 1}`}
              />
            </details>
          </li>
        ))}
      </ul>
      <h3>Add a membership</h3>
      <EditorForm
        action={act.addMembershipAction}
        hidden={ref(person)}
        fields={membershipFields(choices)}
        submitLabel="Add membership"
        label="Add a membership"
      />
    </section>
  );
}
