// The sections of a measure's edit page. Every form names the measure and the version the page was loaded at, so a
// save over someone else's newer one is refused (lib/measures/mutations/).
import Link from '@/components/ui/link';
import { EditorForm } from '@/components/admin/editor-form';
import {
  actionFields,
  citationEditFields,
  citationFields,
  overrideFields,
  relationEditFields,
  relationFields,
  sponsorshipFields,
  targetFields,
} from '@/components/admin/measure-fields';
import { formatDate } from '@/lib/format';
import * as act from '@/lib/measures/actions';
import type { EditorChoices, EditorMeasure } from '@/lib/measures/editor-queries';
import { relationLabels } from '@/lib/measures/relations';
import { outcomeLabel, stageLabel } from '@/lib/status';

type Props = { measure: EditorMeasure; choices: EditorChoices };

const ref = (measure: EditorMeasure) => ({ measureId: measure.id, version: measure.version });
const words = (value: string) => value.replace(/_/g, ' ');

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="editor-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Remove({
  action,
  measure,
  id,
  what,
}: {
  action: typeof act.removeActionAction;
  measure: EditorMeasure;
  id: number;
  what: string;
}) {
  return <EditorForm action={action} hidden={{ ...ref(measure), id }} submitLabel={`Remove ${what}`} inline />;
}

export function StatusSection({ measure }: Pick<Props, 'measure'>) {
  const overridden = Boolean(measure.overrideReason);
  return (
    <Section id="status" title="Status">
      <dl className="meta-list">
        <dt>Derived from the actions</dt>
        <dd>
          {stageLabel(measure.stage, measure.type)} · {outcomeLabel(measure.outcome)}
          {measure.currentBody ? ` · in ${measure.currentBody.name}` : ''}
          {measure.stageDate ? ` · since ${formatDate(measure.stageDate)}` : ''}
        </dd>
        {overridden ? (
          <>
            <dt>Overridden to</dt>
            <dd>
              {stageLabel(measure.overrideStage ?? measure.stage, measure.type)} ·{' '}
              {outcomeLabel(measure.overrideOutcome ?? measure.outcome)}, by{' '}
              {measure.overrideBy?.name ?? measure.overrideBy?.email ?? 'unknown'}
              {measure.overrideAt ? ` on ${formatDate(measure.overrideAt)}` : ''}: “{measure.overrideReason}”
            </dd>
          </>
        ) : null}
      </dl>
      <h3>{overridden ? 'Change the override' : 'Override the derived status'}</h3>
      <EditorForm
        action={act.setStatusOverrideAction}
        hidden={ref(measure)}
        fields={overrideFields(measure)}
        submitLabel="Save override"
        label="Status override"
      />
      {overridden ? (
        <EditorForm
          action={act.clearStatusOverrideAction}
          hidden={ref(measure)}
          submitLabel="Clear the override"
          inline
        />
      ) : null}
    </Section>
  );
}

export function ActionsSection({ measure, choices }: Props) {
  const last = measure.actions.length - 1;
  return (
    <Section id="actions" title="Actions">
      {measure.actions.length === 0 ? <p className="muted">No actions yet.</p> : null}
      <ol className="plain-list">
        {measure.actions.map((action, index) => (
          <li key={action.id}>
            <div className="editor-row">
              <span>
                <strong>{formatDate(action.date, action.datePrecision)}</strong> {action.text}
                {action.actingBody ? <span className="muted"> ({action.actingBody.name})</span> : null}{' '}
                {action.classification.map((c) => (
                  <span key={c} className="tag">
                    {c}
                  </span>
                ))}
              </span>
              <span className="editor-row-tools">
                {index > 0 ? (
                  <EditorForm
                    action={act.moveActionAction}
                    hidden={{ ...ref(measure), id: action.id, direction: 'up' }}
                    submitLabel="Move up"
                    inline
                  />
                ) : null}
                {index < last ? (
                  <EditorForm
                    action={act.moveActionAction}
                    hidden={{ ...ref(measure), id: action.id, direction: 'down' }}
                    submitLabel="Move down"
                    inline
                  />
                ) : null}
                <Remove action={act.removeActionAction} measure={measure} id={action.id} what="action" />
              </span>
            </div>
            <details>
              <summary>Edit this action</summary>
              <EditorForm
                action={act.updateActionAction}
                hidden={{ ...ref(measure), id: action.id }}
                fields={actionFields(choices, action)}
                submitLabel="Save action"
                label={`Edit action ${index + 1}`}
              />
            </details>
          </li>
        ))}
      </ol>
      <h3>Add an action</h3>
      <EditorForm
        action={act.addActionAction}
        hidden={ref(measure)}
        fields={actionFields(choices)}
        submitLabel="Add action"
        label="Add an action"
      />
    </Section>
  );
}

export function SponsorsSection({ measure, choices }: Props) {
  return (
    <Section id="sponsors" title="Sponsors">
      {measure.sponsorships.length === 0 ? <p className="muted">No sponsors yet.</p> : null}
      <ul className="plain-list">
        {measure.sponsorships.map((s) => (
          <li key={s.id}>
            <div className="editor-row">
              <span>
                {s.person?.name ?? s.nameAsGiven}
                {s.person && s.person.name !== s.nameAsGiven ? (
                  <span className="muted"> (given as “{s.nameAsGiven}”)</span>
                ) : null}{' '}
                · {s.kind === 'primary' ? 'Primary sponsor' : 'Cosponsor'}
                {s.isOriginal ? ', original' : ''}
                {s.withdrawnOn ? `, withdrawn ${formatDate(s.withdrawnOn)}` : ''}
              </span>
              <Remove action={act.removeSponsorshipAction} measure={measure} id={s.id} what="sponsor" />
            </div>
            <details>
              <summary>Edit this sponsor</summary>
              <EditorForm
                action={act.updateSponsorshipAction}
                hidden={{ ...ref(measure), id: s.id }}
                fields={sponsorshipFields(choices, s)}
                submitLabel="Save sponsor"
                label={`Edit sponsor ${s.nameAsGiven}`}
              />
            </details>
          </li>
        ))}
      </ul>
      <h3>Add a sponsor</h3>
      <EditorForm
        action={act.addSponsorshipAction}
        hidden={ref(measure)}
        fields={sponsorshipFields(choices)}
        submitLabel="Add sponsor"
        label="Add a sponsor"
      />
    </Section>
  );
}

export function AddresseesSection({ measure, choices }: Props) {
  return (
    <Section id="addressees" title="Addressees">
      {measure.targets.length === 0 ? <p className="muted">No addressees yet.</p> : null}
      <ul className="plain-list">
        {measure.targets.map((t) => (
          <li key={t.id}>
            <div className="editor-row">
              <span>
                {words(t.verb)} <strong>{t.body?.name ?? t.person?.name ?? t.entityName}</strong>
                {t.roleAsWritten ? ` (${t.roleAsWritten})` : ''}
                {t.quote ? <blockquote>{t.quote}</blockquote> : null}
              </span>
              <Remove action={act.removeTargetAction} measure={measure} id={t.id} what="addressee" />
            </div>
            <details>
              <summary>Edit this addressee</summary>
              <EditorForm
                action={act.updateTargetAction}
                hidden={{ ...ref(measure), id: t.id }}
                fields={targetFields(choices, t)}
                submitLabel="Save addressee"
                label={`Edit addressee ${t.body?.name ?? t.person?.name ?? t.entityName ?? ''}`}
              />
            </details>
          </li>
        ))}
      </ul>
      <h3>Add an addressee</h3>
      <EditorForm
        action={act.addTargetAction}
        hidden={ref(measure)}
        fields={targetFields(choices)}
        submitLabel="Add addressee"
        label="Add an addressee"
      />
    </Section>
  );
}

export function RelationsSection({ measure, choices }: Props) {
  return (
    <Section id="relations" title="Related measures">
      {measure.relationsFrom.length === 0 && measure.relationsTo.length === 0 ? (
        <p className="muted">No relations yet.</p>
      ) : null}
      <ul className="plain-list">
        {measure.relationsFrom.map((r) => (
          <li key={r.id}>
            <div className="editor-row">
              <span>
                {relationLabels[r.type].outgoing}{' '}
                {r.toMeasure ? (
                  <Link href={`/admin/measures/${r.toMeasure.id}`}>{r.toMeasure.identifier ?? r.toMeasure.title}</Link>
                ) : (
                  <>
                    {r.targetIdentifier}
                    {r.targetJurisdictionText ? ` (${r.targetJurisdictionText})` : ''}{' '}
                    <span className="tag">not in the database yet</span>
                  </>
                )}
              </span>
              <Remove action={act.removeRelationAction} measure={measure} id={r.id} what="relation" />
            </div>
            <details>
              <summary>Edit this relation</summary>
              <EditorForm
                action={act.updateRelationAction}
                hidden={{ ...ref(measure), id: r.id }}
                fields={relationEditFields(r)}
                submitLabel="Save relation"
                label={`Edit relation to ${r.toMeasure?.identifier ?? r.toMeasure?.title ?? r.targetIdentifier ?? ''}`}
              />
            </details>
          </li>
        ))}
        {measure.relationsTo.map((r) => (
          <li key={`to-${r.id}`}>
            {relationLabels[r.type].incoming}{' '}
            <Link href={`/admin/measures/${r.fromMeasure.id}`}>{r.fromMeasure.identifier ?? r.fromMeasure.title}</Link>{' '}
            <span className="muted">(edit it on that measure)</span>
          </li>
        ))}
      </ul>
      <h3>Add a relation</h3>
      <EditorForm
        action={act.addRelationAction}
        hidden={ref(measure)}
        fields={relationFields(choices, measure.id)}
        submitLabel="Add relation"
        label="Add a relation"
      />
    </Section>
  );
}

export function SourcesSection({ measure, choices }: Props) {
  return (
    <Section id="sources" title="Sources">
      {measure.citations.length === 0 ? <p className="muted">No sources yet.</p> : null}
      <ul className="plain-list">
        {measure.citations.map((c) => (
          <li key={c.id}>
            <div className="editor-row">
              <span>
                {c.source.url ? <a href={c.source.url}>{c.source.title}</a> : c.source.title}
                {c.source.publisher ? `, ${c.source.publisher}` : ''}{' '}
                <span className="tag">{words(c.source.kind)}</span>
                {c.note ? <span className="muted"> — {c.note}</span> : null}
              </span>
              <Remove action={act.removeCitationAction} measure={measure} id={c.id} what="source" />
            </div>
            <details>
              <summary>Edit this source</summary>
              <EditorForm
                action={act.updateCitationAction}
                hidden={{ ...ref(measure), id: c.id }}
                fields={citationEditFields(c)}
                submitLabel="Save source"
                label={`Edit source ${c.source.title}`}
              />
            </details>
          </li>
        ))}
      </ul>
      <h3>Cite a source</h3>
      <EditorForm
        action={act.addCitationAction}
        hidden={ref(measure)}
        fields={citationFields(choices)}
        submitLabel="Add source"
        label="Cite a source"
      />
    </Section>
  );
}

/** Admins only: deletes the measure with everything on it, after typing its name. */
export function DeleteSection({ measure, name }: { measure: EditorMeasure; name: string }) {
  return (
    <Section id="delete" title="Delete this measure">
      <p>
        Deleting removes the measure, its actions, sponsors, addressees, relations, sources cited on it, follows and
        positions. The audit log keeps a record of what was deleted, but the measure cannot be restored from it.
      </p>
      <EditorForm
        action={act.deleteMeasureAction}
        hidden={ref(measure)}
        fields={[{ name: 'confirm', label: `Type “${name}” to confirm`, required: true, wide: true }]}
        submitLabel="Delete measure"
        label="Delete this measure"
      />
    </Section>
  );
}
