import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { EditorForm } from '@/components/admin/editor-form';
import { requirePermission } from '@/lib/auth/session';
import { addPlaceDistrictAction, removePlaceDistrictAction } from '@/lib/campaigns/actions';
import { getPlaceChoices, listPlaceDistricts } from '@/lib/campaigns/editor-queries';

export const metadata: Metadata = { title: 'Places and districts', robots: { index: false } };

export default async function DistrictsPage() {
  await requirePermission('campaign.edit', '/admin/districts');
  const [rows, places] = await Promise.all([listPlaceDistricts(), getPlaceChoices()]);
  return (
    <>
      <p className="eyebrow">
        <Link href="/admin/campaigns">Campaigns</Link>
      </p>
      <h1>Places and congressional districts</h1>
      <p>
        Which congressional districts each city or county lies in: the cosponsor gap of every campaign reads these rows.
        A place spanning several districts has a row for each. Every row needs a source (a district map, the Census
        Bureau’s relationship files, the city’s own page).
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{rows.length} rows, by place</caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">District</th>
              <th scope="col">Source</th>
              <th scope="col">Remove</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.jurisdiction.name}</td>
                <td>
                  {row.state}-{row.district}
                  {row.note ? <div className="muted">{row.note}</div> : null}
                </td>
                <td>
                  <a href={row.sourceUrl}>{new URL(row.sourceUrl).host}</a>
                </td>
                <td>
                  <EditorForm
                    action={removePlaceDistrictAction}
                    hidden={{ id: row.id }}
                    submitLabel="Remove"
                    label={`Remove ${row.jurisdiction.name} ${row.state}-${row.district}`}
                    inline
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="editor-section" aria-labelledby="add-district">
        <h2 id="add-district">Add a row</h2>
        <EditorForm
          action={addPlaceDistrictAction}
          submitLabel="Add the district"
          label="Add a district"
          fields={[
            {
              name: 'jurisdictionId',
              label: 'Place',
              kind: 'select',
              required: true,
              emptyOption: 'Choose a place',
              options: places,
            },
            { name: 'state', label: 'State', required: true, hint: 'Two-letter postal code, e.g. "CA".' },
            { name: 'district', label: 'District', required: true, hint: 'Its number, e.g. "30", or "At Large".' },
            {
              name: 'sourceUrl',
              label: 'Source',
              kind: 'url',
              required: true,
              hint: 'A full https:// address.',
              wide: true,
            },
            { name: 'note', label: 'Note', hint: 'E.g. "the San Fernando Valley part of the city".', wide: true },
          ]}
        />
      </section>
    </>
  );
}
