import { BodySelect } from '@/components/measures/body-select';
import { measureTypeLabels } from '@/lib/format';
import { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';
import type { MeasureListParams } from '@/lib/measures/list-params';
import { outcomeLabel, stageLabel } from '@/lib/status';

type Props = { params: MeasureListParams; bodies: { slug: string; name: string }[] };

type Option = { value: string; label: string };

function FilterSelect({
  label,
  name,
  value,
  allLabel,
  options,
}: {
  label: string;
  name: string;
  value?: string;
  allLabel: string;
  options: Option[];
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A plain GET form: filters live in the URL and work without JavaScript. */
export function MeasureFilters({ params, bodies }: Props) {
  return (
    <form className="filters" method="get" action="/measures" aria-label="Filter measures">
      <BodySelect value={params.body} options={bodies.map((b) => [b.slug, b.name])} />
      <FilterSelect
        label="Type"
        name="type"
        value={params.type}
        allLabel="All types"
        options={Object.values(MeasureType).map((type) => ({ value: type, label: measureTypeLabels[type] }))}
      />
      <FilterSelect
        label="Stage"
        name="stage"
        value={params.stage}
        allLabel="All stages"
        options={Object.values(Stage).map((stage) => ({ value: stage, label: stageLabel(stage, 'bill') }))}
      />
      <FilterSelect
        label="Outcome"
        name="outcome"
        value={params.outcome}
        allLabel="All outcomes"
        options={Object.values(Outcome).map((outcome) => ({ value: outcome, label: outcomeLabel(outcome) }))}
      />
      {/* Filters without a select of their own (reached from person and body pages) are kept when the others change. */}
      {params.sponsor ? <input type="hidden" name="sponsor" value={params.sponsor} /> : null}
      {params.cosponsor ? <input type="hidden" name="cosponsor" value={params.cosponsor} /> : null}
      {params.addressee ? <input type="hidden" name="addressee" value={params.addressee} /> : null}
      {params.sort !== 'lastAction' ? <input type="hidden" name="sort" value={params.sort} /> : null}
      <input type="hidden" name="dir" value={params.dir} />
      <button type="submit">Apply filters</button>
    </form>
  );
}
