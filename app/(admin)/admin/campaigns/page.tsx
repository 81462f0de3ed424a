import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requirePermission } from '@/lib/auth/session';
import { listCampaignsForEditor } from '@/lib/campaigns/editor-queries';

export const metadata: Metadata = { title: 'Edit campaigns', robots: { index: false } };

export default async function AdminCampaignsPage() {
  await requirePermission('campaign.edit', '/admin/campaigns');
  const campaigns = await listCampaignsForEditor();
  return (
    <>
      <h1>Campaigns</h1>
      <p>
        <Link className="button button-primary" href="/admin/campaigns/new">
          New campaign
        </Link>{' '}
        <Link href="/admin/districts">Places and congressional districts</Link>
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{campaigns.length} campaigns, by title</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Measures</th>
              <th scope="col">Proposals to review</th>
              <th scope="col">Public page</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/admin/campaigns/${c.id}`}>{c.name}</Link>
                </td>
                <td>{c._count.measures - c.measures.length}</td>
                <td>{c.measures.length}</td>
                <td>
                  <Link href={`/campaigns/${c.slug}`}>/campaigns/{c.slug}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
