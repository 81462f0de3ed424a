// The admin page's forms for sync sources: add one, and per source run now, pause or resume, edit, remove. Each is
// an EditorForm, so errors sit beside their fields and what was typed stays after a refusal.
import { EditorForm } from '@/components/admin/editor-form';
import type { FieldSpec } from '@/components/ui/form-field';
import {
  createSyncSource,
  deleteSyncSource,
  pauseSyncSource,
  runSyncSourceNow,
  updateSyncSource,
} from '@/lib/sync/actions';

export const CONGRESS_EXAMPLE = JSON.stringify(
  { baseUrl: 'https://www.govinfo.gov', congresses: ['119'], billTypes: ['hr', 's', 'hres', 'sres'] },
  null,
  0,
);
export const CONGRESS_API_EXAMPLE = JSON.stringify({ baseUrl: 'https://api.congress.gov/v3', congresses: ['119'] });
export const LEGISTAR_EXAMPLE = JSON.stringify({
  baseUrl: 'https://webapi.legistar.com',
  client: 'chicago',
  since: '2025-01-01',
  mapping: {
    matterTypes: { Ordinance: 'ordinance', Resolution: 'resolution' },
    actions: { Introduced: ['introduction'] },
  },
});

const addFields: FieldSpec[] = [
  {
    name: 'kind',
    label: 'Kind',
    kind: 'select',
    required: true,
    emptyOption: 'Choose a kind',
    options: [
      { value: 'congress-bulk', label: 'U.S. Congress: GPO Bill Status bulk data' },
      { value: 'congress-api', label: 'U.S. Congress: Congress.gov API v3 (needs CONGRESS_API_KEY)' },
      { value: 'legistar', label: 'City or county council: Legistar Web API' },
    ],
  },
  { name: 'name', label: 'Name', required: true, hint: 'Shown on every change it writes: "sync: <name>".' },
  { name: 'jurisdiction', label: 'Jurisdiction', required: true, placeholder: 'United States' },
  {
    name: 'schedule',
    label: 'Schedule (cron, UTC)',
    required: true,
    defaultValue: '0 * * * *',
    hint: 'Five fields: minute hour day month weekday. "*/5 * * * *" is every five minutes, "0 6 * * *" daily at 06:00.',
  },
  {
    name: 'settings',
    label: 'Settings (JSON)',
    kind: 'textarea',
    wide: true,
    hint: `Congress: ${CONGRESS_EXAMPLE}. Congress.gov API: ${CONGRESS_API_EXAMPLE}. Legistar: ${LEGISTAR_EXAMPLE}.`,
  },
];

export function AddSourceForm() {
  return <EditorForm action={createSyncSource} fields={addFields} submitLabel="Add source" label="Add a source" />;
}

export function SourceControls({ id, name, paused }: { id: number; name: string; paused: boolean }) {
  return (
    <div className="source-controls" style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      <EditorForm action={runSyncSourceNow} hidden={{ id }} submitLabel="Run now" label={`Run ${name} now`} inline />
      <EditorForm
        action={pauseSyncSource}
        hidden={{ id, paused: paused ? 'false' : 'true' }}
        submitLabel={paused ? 'Resume' : 'Pause'}
        label={`${paused ? 'Resume' : 'Pause'} ${name}`}
        inline
      />
      <EditorForm action={deleteSyncSource} hidden={{ id }} submitLabel="Remove" label={`Remove ${name}`} inline />
    </div>
  );
}

export function EditSourceForm({
  id,
  name,
  settings,
  schedule,
}: {
  id: number;
  name: string;
  settings: string;
  schedule: string;
}) {
  return (
    <EditorForm
      action={updateSyncSource}
      hidden={{ id }}
      label={`Edit ${name}`}
      submitLabel="Save settings"
      fields={[
        { name: 'schedule', label: 'Schedule (cron, UTC)', required: true, defaultValue: schedule },
        {
          name: 'settings',
          label: 'Settings and mapping (JSON)',
          kind: 'textarea',
          wide: true,
          defaultValue: settings,
          hint: "For Legistar, mapping.matterTypes and mapping.actions map the council's names onto ours; values not in them are reported and the item held back.",
        },
      ]}
    />
  );
}
