import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { EditorForm } from '@/components/admin/editor-form';
import { RecordHistory } from '@/components/admin/record-history';
import { requirePermission } from '@/lib/auth/session';
import {
  addCampaignMemberAction,
  confirmCampaignProposalAction,
  removeCampaignMemberAction,
  setCampaignMemberRoleAction,
  updateCampaignAction,
} from '@/lib/campaigns/actions';
import { getCampaignForEditor } from '@/lib/campaigns/editor-queries';
import { CAMPAIGN_ROLES, campaignRoleLabels } from '@/lib/campaigns/schemas';
import { measureName } from '@/lib/format';

export const metadata: Metadata = { title: 'Edit campaign', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

const roleOptions = CAMPAIGN_ROLES.map((value) => ({ value, label: campaignRoleLabels[value] }));

export default async function EditCampaignPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission('campaign.edit', `/admin/campaigns/${encodeURIComponent(id)}`);
  const campaignId = Number(id);
  if (!Number.isSafeInteger(campaignId) || campaignId <= 0) notFound();
  const [campaign, { created }] = await Promise.all([getCampaignForEditor(campaignId), searchParams]);
  if (!campaign) notFound();
  const confirmed = campaign.measures.filter((m) => m.status === 'CONFIRMED');
  const proposed = campaign.measures.filter((m) => m.status === 'PROPOSED');
  const who = (u: { name: string | null; email: string } | null) => (u ? (u.name ?? u.email) : 'someone');

  return (
    <>
      <p className="eyebrow">
        <Link href="/admin/campaigns">Campaigns</Link>
      </p>
      <h1>{campaign.name}</h1>
      {created ? (
        <p role="status" className="form-message form-message-ok">
          Campaign created. Add its measures below.
        </p>
      ) : null}
      <p>
        Public page: <Link href={`/campaigns/${campaign.slug}`}>/campaigns/{campaign.slug}</Link>
      </p>

      <section className="editor-section" aria-labelledby="members">
        <h2 id="members">Measures ({confirmed.length})</h2>
        {confirmed.length === 0 ? <p className="muted">No measures yet.</p> : null}
        <ul className="plain-list">
          {confirmed.map((m) => (
            <li key={m.measure.id} className="editor-row">
              <span>
                <Link href={`/admin/measures/${m.measure.id}`}>{measureName(m.measure)}</Link>{' '}
                <span className="muted">
                  · {m.measure.originBody.name} · {campaignRoleLabels[m.role]}
                </span>
              </span>
              <span className="editor-row-actions">
                <EditorForm
                  action={setCampaignMemberRoleAction}
                  hidden={{ campaignId: campaign.id, measureId: m.measure.id }}
                  fields={[
                    {
                      name: 'role',
                      label: `Role of ${measureName(m.measure)}`,
                      kind: 'select',
                      required: true,
                      options: roleOptions,
                      defaultValue: m.role,
                    },
                  ]}
                  submitLabel="Save role"
                  label={`Role of ${measureName(m.measure)}`}
                  inline
                />
                <EditorForm
                  action={removeCampaignMemberAction}
                  hidden={{ campaignId: campaign.id, measureId: m.measure.id }}
                  submitLabel="Remove"
                  label={`Remove ${measureName(m.measure)}`}
                  inline
                />
              </span>
            </li>
          ))}
        </ul>
        <h3>Add a measure</h3>
        <EditorForm
          action={addCampaignMemberAction}
          hidden={{ campaignId: campaign.id }}
          submitLabel="Add to the campaign"
          label="Add a measure"
          fields={[
            {
              name: 'measure',
              label: 'Measure',
              required: true,
              hint: 'Its identifier ("H.Res. 240") or the address of its page (/measures/…).',
            },
            {
              name: 'role',
              label: 'Role',
              kind: 'select',
              required: true,
              options: roleOptions,
              defaultValue: 'ENDORSEMENT',
            },
          ]}
        />
      </section>

      <section className="editor-section" aria-labelledby="proposals">
        <h2 id="proposals">Proposals by members ({proposed.length})</h2>
        {proposed.length === 0 ? <p className="muted">None waiting.</p> : null}
        <ul className="plain-list">
          {proposed.map((m) => (
            <li key={m.measure.id} className="editor-row">
              <span>
                <Link href={`/admin/measures/${m.measure.id}`}>{measureName(m.measure)}</Link>{' '}
                <span className="muted">
                  · {m.measure.originBody.name} · as {campaignRoleLabels[m.role].toLowerCase()} · proposed by{' '}
                  {who(m.proposedBy)}
                </span>
                {m.note ? <div>“{m.note}”</div> : null}
              </span>
              <span className="editor-row-actions">
                <EditorForm
                  action={confirmCampaignProposalAction}
                  hidden={{ campaignId: campaign.id, measureId: m.measure.id }}
                  submitLabel="Confirm"
                  label={`Confirm ${measureName(m.measure)}`}
                  inline
                />
                <EditorForm
                  action={removeCampaignMemberAction}
                  hidden={{ campaignId: campaign.id, measureId: m.measure.id }}
                  submitLabel="Reject"
                  label={`Reject ${measureName(m.measure)}`}
                  inline
                />
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="editor-section" aria-labelledby="details">
        <h2 id="details">Details</h2>
        <EditorForm
          action={updateCampaignAction}
          hidden={{ campaignId: campaign.id }}
          submitLabel="Save details"
          label="Details"
          fields={[
            { name: 'name', label: 'Title', required: true, defaultValue: campaign.name },
            {
              name: 'description',
              label: 'Description',
              kind: 'textarea',
              wide: true,
              defaultValue: campaign.description ?? '',
            },
          ]}
        />
      </section>
      <div className="editor-section">
        <RecordHistory entityType="campaign" entityId={campaign.id} />
      </div>
    </>
  );
}
