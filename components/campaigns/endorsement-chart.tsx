// The campaign's progress as an SVG: each adopted endorsement a step on a cumulative line over time, the lead
// measures marked on the same axis. role="img" with a title and a description; the table beside it (the member
// measures) and the data table below it carry the same facts as text. No tile server, no script.
import { formatDate, isoDate } from '@/lib/format';

export type ChartPoint = { date: Date; label: string; kind: 'endorsement' | 'lead' };

const W = 640;
const H = 220;
const PAD = { left: 40, right: 16, top: 16, bottom: 36 };
/** Above this many dated measures the text table counts them by year instead of listing each (page weight). */
const CHART_ROWS_LISTED = 30;

/** Past CHART_ROWS_LISTED endorsements the line has at most this many steps across (see stepPath). */
const CHART_COLUMNS = 146;

/** A position to a tenth of a unit (of 640 across): finer is invisible, and each digit is sent twice (HTML and RSC). */
const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * The cumulative step line: from (x0, y0), for each point across to its x then up to its y, then across to xEnd.
 * Points that fall on the same tenth of a unit across become one step (the last one's height). With `columns`, each
 * point's x is first moved to the nearest column, (xEnd - x0) / columns apart from x0, so the path has at
 * most columns + 1 steps: at 500 endorsements over 584 units (4 units a column at 146) the line looks the same and its
 * path is a quarter of the bytes, in the page and again in its RSC data.
 */
export function stepPath(x0: number, y0: number, points: [number, number][], xEnd: number, columns?: number): string {
  // A tenth of a unit, without a trailing ".0", and no spaces: SVG's compact path syntax ("M40 184H50V150.5").
  const at = (n: number) => String(tenth(n));
  const width = columns ? (xEnd - x0) / columns : 0;
  const snap = (px: number) => (width > 0 ? x0 + Math.round((px - x0) / width) * width : px);
  const steps: [string, string][] = [];
  for (const [px, py] of points) {
    const step: [string, string] = [at(snap(px)), at(py)];
    if (steps.length > 0 && steps[steps.length - 1]![0] === step[0]) steps[steps.length - 1] = step;
    else steps.push(step);
  }
  return `M${at(x0)} ${at(y0)}${steps.map(([sx, sy]) => `H${sx}V${sy}`).join('')}H${at(xEnd)}`;
}

export function EndorsementChart({ id, points, title }: { id: string; points: ChartPoint[]; title: string }) {
  const dated = [...points].sort((a, b) => a.date.getTime() - b.date.getTime());
  if (dated.length === 0) return <p className="muted">No dated measures to chart yet.</p>;
  const endorsements = dated.filter((p) => p.kind === 'endorsement');
  const first = dated[0]!.date.getTime();
  const last = dated.at(-1)!.date.getTime();
  const span = Math.max(last - first, 86_400_000 * 30);
  const x = (date: Date) => tenth(PAD.left + ((date.getTime() - first) / span) * (W - PAD.left - PAD.right));
  const max = Math.max(endorsements.length, 1);
  const y = (n: number) => tenth(H - PAD.bottom - (n / max) * (H - PAD.top - PAD.bottom));
  // Past CHART_ROWS_LISTED endorsements the steps alone carry them, at most CHART_COLUMNS of them: a dot each would
  // be hundreds of elements in the page (and again in its RSC data) for marks that overlap at this width.
  const dots = endorsements.length <= CHART_ROWS_LISTED;
  const path = stepPath(
    x(dated[0]!.date),
    y(0),
    endorsements.map((p, i) => [x(p.date), y(i + 1)]),
    W - PAD.right,
    dots ? undefined : CHART_COLUMNS,
  );
  // The summary only: the table below carries each point (or the counts by year), so the description does not repeat
  // them (a screen reader reads it whole, and the page would carry them twice more, in its HTML and RSC data).
  const leads = dated.length - endorsements.length;
  const description =
    `${endorsements.length} endorsement${endorsements.length === 1 ? '' : 's'} adopted between ` +
    `${formatDate(dated[0]!.date)} and ${formatDate(dated.at(-1)!.date)}, ` +
    `${leads} lead measure${leads === 1 ? '' : 's'}; ` +
    (dated.length > CHART_ROWS_LISTED ? 'counts by year in the table below.' : 'each is listed in the table below.');
  const years = [...new Set(dated.map((p) => p.date.getUTCFullYear()))].map((year) => ({
    year,
    endorsements: endorsements.filter((p) => p.date.getUTCFullYear() === year).length,
    leads: dated.filter((p) => p.kind === 'lead' && p.date.getUTCFullYear() === year).length,
  }));
  return (
    <figure className="campaign-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={PAD.left} y1={y(0)} x2={W - PAD.right} y2={y(0)} stroke="currentColor" strokeOpacity="0.4" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={y(0)} stroke="currentColor" strokeOpacity="0.4" />
        <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" fontSize="12" fill="currentColor">
          {max}
        </text>
        <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" fontSize="12" fill="currentColor">
          0
        </text>
        <text x={PAD.left} y={H - 10} fontSize="12" fill="currentColor">
          {formatDate(dated[0]!.date)}
        </text>
        <text x={W - PAD.right} y={H - 10} textAnchor="end" fontSize="12" fill="currentColor">
          {formatDate(dated.at(-1)!.date)}
        </text>
        <path d={path} fill="none" stroke="var(--accent, #1d4ed8)" strokeWidth="2.5" />
        {dots
          ? endorsements.map((p, i) => (
              <circle key={`e${i}`} cx={x(p.date)} cy={y(i + 1)} r="5" fill="var(--accent, #1d4ed8)" />
            ))
          : null}
        {dated
          .filter((p) => p.kind === 'lead')
          .map((p, i) => (
            <g key={`l${i}`}>
              <line x1={x(p.date)} y1={PAD.top} x2={x(p.date)} y2={y(0)} stroke="currentColor" strokeDasharray="4 3" />
              <text x={x(p.date) + 4} y={PAD.top + 10} fontSize="12" fill="currentColor">
                {p.label.split(':')[0]}
              </text>
            </g>
          ))}
      </svg>
      <figcaption>
        <details>
          <summary>The chart’s data as a table</summary>
          {dated.length > CHART_ROWS_LISTED ? (
            <table className="data-table">
              <caption>Dated campaign measures counted by year</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Endorsements adopted</th>
                  <th scope="col">Lead measures introduced</th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <tr key={y.year}>
                    <td>{y.year}</td>
                    <td>{y.endorsements}</td>
                    <td>{y.leads}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <table className="data-table">
              <caption>Dated campaign measures, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Measure</th>
                  <th scope="col">Counted as</th>
                </tr>
              </thead>
              <tbody>
                {dated.map((p, i) => (
                  <tr key={i}>
                    <td>
                      <time dateTime={isoDate(p.date)}>{formatDate(p.date)}</time>
                    </td>
                    <td>{p.label}</td>
                    <td>{p.kind === 'lead' ? 'Lead measure introduced' : 'Endorsement adopted'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      </figcaption>
    </figure>
  );
}
