// "Possible related measures": measures elsewhere whose text looks like the same template (lib/campaigns/templates.ts),
// offered with buttons to confirm each as an endorsement, a companion or the same template. Nothing is linked until a
// person presses one: each button posts the related-measure action with the match as evidence.
import Link from '@/components/ui/link';
import { EditorForm } from '@/components/admin/editor-form';
import { templateMatches } from '@/lib/campaigns/templates';
import { db } from '@/lib/db';
import { measureName } from '@/lib/format';
import { addRelatedMeasureAction } from '@/lib/relations/actions';

export async function TemplateMatches({ measureId, linkBase }: { measureId: number; linkBase: string }) {
  const matches = await templateMatches(db, measureId, 8);
  return (
    <section aria-labelledby="template-matches" className="editor-section">
      <h2 id="template-matches">Possible related measures</h2>
      {matches.length === 0 ? (
        <p className="muted">No measure elsewhere has text like this one.</p>
      ) : (
        <>
          <p>Measures with near-identical text (names, places and dates aside). None is linked until you confirm it.</p>
          <ul className="plain-list">
            {matches.map((m) => {
              const name = measureName(m);
              const evidence = `Same template: ${Math.round(m.similarity * 100)}% of the text alike once names and dates are set aside.`;
              return (
                <li key={m.id} className="editor-row">
                  <span>
                    <Link href={`${linkBase}/${m.slug}`}>{name}</Link>{' '}
                    <span className="muted">
                      · {m.bodyName} · {Math.round(m.similarity * 100)}% alike
                    </span>
                  </span>
                  <span className="editor-row-actions">
                    <EditorForm
                      action={addRelatedMeasureAction}
                      hidden={{ measureId: m.id, toMeasureId: measureId, type: 'endorses', evidenceQuote: evidence }}
                      submitLabel="It endorses this"
                      label={`Confirm ${name} as an endorsement`}
                      inline
                    />
                    <EditorForm
                      action={addRelatedMeasureAction}
                      hidden={{ measureId, toMeasureId: m.id, type: 'companion', evidenceQuote: evidence }}
                      submitLabel="Companion"
                      label={`Confirm ${name} as a companion`}
                      inline
                    />
                    <EditorForm
                      action={addRelatedMeasureAction}
                      hidden={{ measureId, toMeasureId: m.id, type: 'similar', evidenceQuote: evidence }}
                      submitLabel="Same template"
                      label={`Confirm ${name} as the same template`}
                      inline
                    />
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
