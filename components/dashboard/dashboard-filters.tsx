import { Stage, Outcome } from '@/lib/generated/prisma/enums';
import type { DashboardParams } from '@/lib/dashboard/params';
import { outcomeLabel, stageLabel } from '@/lib/status';

/** A GET form: the filters land in the URL, so the view can be shared and works without JavaScript. */
export function DashboardFilters({ params }: { params: DashboardParams }) {
  return (
    <form className="filters" method="get" action="/dashboard" aria-label="Filter followed measures">
      <label>
        Number or title
        <input type="search" name="q" defaultValue={params.q ?? ''} />
      </label>
      <label>
        Stage
        <select name="stage" defaultValue={params.stage ?? ''}>
          <option value="">Any</option>
          {Object.values(Stage).map((stage) => (
            <option key={stage} value={stage}>
              {stageLabel(stage, 'resolution')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Outcome
        <select name="outcome" defaultValue={params.outcome ?? ''}>
          <option value="">Any</option>
          {Object.values(Outcome).map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcomeLabel(outcome)}
            </option>
          ))}
        </select>
      </label>
      <label className="filters-checkbox">
        <span>
          <input type="checkbox" name="changed" value="1" defaultChecked={params.changedOnly} /> Changed since my last
          visit
        </span>
      </label>
      {params.sort !== 'lastAction' ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir !== (params.sort === 'lastAction' ? 'desc' : 'asc') ? (
        <input type="hidden" name="dir" value={params.dir} />
      ) : null}
      <button type="submit">Apply</button>
    </form>
  );
}
