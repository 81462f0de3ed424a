// The dashboard's optional columns. The identifier (with the "new" mark) is always shown; the member chooses the
// rest, and the choice is kept on their account.
export const dashboardColumns = {
  title: 'Title',
  body: 'Body',
  status: 'Stage and outcome',
  currentBody: 'Current body',
  lastAction: 'Last action',
  position: 'Our position',
} as const;

export type DashboardColumn = keyof typeof dashboardColumns;

export const dashboardColumnIds = Object.keys(dashboardColumns) as DashboardColumn[];

export const isDashboardColumn = (value: string): value is DashboardColumn => Object.hasOwn(dashboardColumns, value);

/** The stored choice, or every column when the member has not chosen (or chose nothing that still exists). */
export function visibleColumns(stored: string[] | null | undefined): DashboardColumn[] {
  const chosen = (stored ?? []).filter(isDashboardColumn);
  return chosen.length ? dashboardColumnIds.filter((id) => chosen.includes(id)) : dashboardColumnIds;
}
