import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { EditorForm } from '@/components/admin/editor-form';
import { GapTables } from '@/components/campaigns/gap-table';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { proposeCampaignMemberAction } from '@/lib/campaigns/actions';
import { getDashboardCampaigns, listCampaignsForEditor } from '@/lib/campaigns/editor-queries';
import { getCampaignGaps } from '@/lib/campaigns/gap';
import { CAMPAIGN_ROLES, campaignRoleLabels } from '@/lib/campaigns/schemas';
import { db } from '@/lib/db';
import '@/app/(admin)/admin/measures/editor.css';
import '../../dashboard.css';

export const metadata: Metadata = { title: 'Campaigns', robots: { index: false } };

export const instant = false;

const roleOptions = CAMPAIGN_ROLES.map((value) => ({ value, label: campaignRoleLabels[value] }));

/** The member's campaigns: the cosponsor gap of those they follow or proposed to, and a proposal form for each. */
export default async function DashboardCampaignsPage() {
  const viewer = await requirePermission('dashboard.view', '/dashboard/campaigns');
  const [mine, all] = await Promise.all([getDashboardCampaigns(viewer.id), listCampaignsForEditor()]);
  const gaps = await Promise.all(mine.map(async (c) => ({ ...c, gaps: await getCampaignGaps(db, c.id) })));
  const editor = can(viewer.role, 'campaign.edit');
  return (
    <>
      <p className="eyebrow">
        <Link href="/dashboard">Dashboard</Link>
      </p>
      <h1>Campaigns</h1>
      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">Cosponsor gap of your campaigns</h2>
        {gaps.length === 0 ? (
          <p className="muted">
            Follow a campaign (on its public page, <Link href="/campaigns">/campaigns</Link>) to see here whom to ask
            next.
          </p>
        ) : (
          gaps.map((c) => (
            <div key={c.id}>
              <h3>
                <Link href={`/campaigns/${c.slug}`}>{c.name}</Link>
              </h3>
              <GapTables gaps={c.gaps} csvHref={`/campaigns/${c.slug}/gap.csv`} editorNote={editor} />
            </div>
          ))
        )}
      </section>
      <section aria-labelledby="propose-heading">
        <h2 id="propose-heading">Propose a measure for a campaign</h2>
        <p>An editor confirms each proposal before it shows on the campaign’s page.</p>
        {all.map((c) => (
          <div key={c.id} id={`campaign-${c.slug}`} className="editor-section">
            <h3>{c.name}</h3>
            <EditorForm
              action={proposeCampaignMemberAction}
              hidden={{ campaignId: c.id }}
              submitLabel="Propose"
              label={`Propose a measure for ${c.name}`}
              fields={[
                {
                  name: 'measure',
                  label: 'Measure',
                  required: true,
                  hint: 'Its identifier ("H.Res. 240") or the address of its page (/measures/…).',
                },
                {
                  name: 'role',
                  label: 'As',
                  kind: 'select',
                  required: true,
                  options: roleOptions,
                  defaultValue: 'ENDORSEMENT',
                },
                { name: 'note', label: 'Why it belongs', kind: 'textarea', wide: true },
              ]}
            />
          </div>
        ))}
      </section>
    </>
  );
}
