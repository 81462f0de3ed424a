import { EditorForm } from '@/components/admin/editor-form';
import { saveDashboardColumnsAction } from '@/lib/dashboard/actions';
import { dashboardColumnIds, dashboardColumns, type DashboardColumn } from '@/lib/dashboard/columns';

/** Which columns the table shows; the choice is saved on the member's account. */
export function ColumnChooser({ visible }: { visible: DashboardColumn[] }) {
  return (
    <details className="column-chooser">
      <summary>Columns</summary>
      <EditorForm
        action={saveDashboardColumnsAction}
        label="Choose columns"
        submitLabel="Save columns"
        fields={dashboardColumnIds.map((id) => ({
          name: `col.${id}`,
          label: dashboardColumns[id],
          kind: 'checkbox' as const,
          defaultValue: visible.includes(id) ? 'on' : '',
        }))}
      />
    </details>
  );
}
