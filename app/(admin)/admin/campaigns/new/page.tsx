import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { EditorForm } from '@/components/admin/editor-form';
import { requirePermission } from '@/lib/auth/session';
import { createCampaignAction } from '@/lib/campaigns/actions';

export const metadata: Metadata = { title: 'New campaign', robots: { index: false } };

export default async function NewCampaignPage() {
  await requirePermission('campaign.edit', '/admin/campaigns/new');
  return (
    <>
      <p className="eyebrow">
        <Link href="/admin/campaigns">Campaigns</Link>
      </p>
      <h1>New campaign</h1>
      <p>Start from the lead measure; endorsements and companions are added on the next page.</p>
      <EditorForm
        action={createCampaignAction}
        submitLabel="Create campaign"
        label="New campaign"
        fields={[
          { name: 'name', label: 'Title', required: true, hint: 'E.g. "Free the Armenian prisoners of war".' },
          { name: 'description', label: 'Description', kind: 'textarea', wide: true },
          {
            name: 'leadMeasure',
            label: 'Lead measure',
            hint: 'Its identifier ("H.Res. 240") or the address of its page (/measures/…).',
          },
        ]}
      />
    </>
  );
}
