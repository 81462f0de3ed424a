import { measureTypeLabels } from '@/lib/format';
import { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';
import type { MeasureListParams } from '@/lib/measures/list-params';
import { outcomeLabel, stageLabel } from '@/lib/status';

type Props = { params: MeasureListParams; bodies: { slug: string; name: string }[] };

/** A plain GET form: filters live in the URL and work without JavaScript. */
export function MeasureFilters({ params, bodies }: Props) {
  return (
    <form className="filters" method="get" action="/measures" aria-label="Filter measures">
      <label>
        Body
        <select name="body" defaultValue={params.body ?? ''}>
          <option value="">All bodies</option>
          {bodies.map((body) => (
            <option key={body.slug} value={body.slug}>
              {body.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Type
        <select name="type" defaultValue={params.type ?? ''}>
          <option value="">All types</option>
          {Object.values(MeasureType).map((type) => (
            <option key={type} value={type}>
              {measureTypeLabels[type]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Stage
        <select name="stage" defaultValue={params.stage ?? ''}>
          <option value="">All stages</option>
          {Object.values(Stage).map((stage) => (
            <option key={stage} value={stage}>
              {stageLabel(stage, 'bill')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Outcome
        <select name="outcome" defaultValue={params.outcome ?? ''}>
          <option value="">All outcomes</option>
          {Object.values(Outcome).map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcomeLabel(outcome)}
            </option>
          ))}
        </select>
      </label>
      {params.sort !== 'lastAction' ? <input type="hidden" name="sort" value={params.sort} /> : null}
      <input type="hidden" name="dir" value={params.dir} />
      <button type="submit">Apply filters</button>
    </form>
  );
}
