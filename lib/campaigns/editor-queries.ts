// What the campaign editor and the member's dashboard read: not cached, checked by the page's permission.
import 'server-only';
import { db } from '@/lib/db';

export async function listCampaignsForEditor() {
  return db.campaign.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      slug: true,
      name: true,
      _count: { select: { measures: true } },
      measures: { where: { status: 'PROPOSED' }, select: { measureId: true } },
    },
  });
}

export async function getCampaignForEditor(id: number) {
  return db.campaign.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      measures: {
        orderBy: [{ status: 'desc' }, { createdAt: 'asc' }],
        select: {
          role: true,
          status: true,
          note: true,
          createdAt: true,
          proposedBy: { select: { name: true, email: true } },
          confirmedBy: { select: { name: true, email: true } },
          measure: {
            select: { id: true, slug: true, identifier: true, title: true, originBody: { select: { name: true } } },
          },
        },
      },
    },
  });
}

export async function listPlaceDistricts() {
  return db.placeDistrict.findMany({
    orderBy: [{ jurisdiction: { name: 'asc' } }, { state: 'asc' }, { district: 'asc' }],
    select: {
      id: true,
      state: true,
      district: true,
      sourceUrl: true,
      note: true,
      jurisdiction: { select: { id: true, name: true } },
    },
  });
}

/** Places a district row can be for: jurisdictions below the country (cities, counties). */
export async function getPlaceChoices() {
  const rows = await db.jurisdiction.findMany({
    where: { classification: { notIn: ['country'] } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, classification: true },
    take: 2000,
  });
  return rows.map((r) => ({ value: String(r.id), label: `${r.name} (${r.classification})` }));
}

/** The campaigns a member follows, and every campaign with a measure they proposed: the dashboard's campaigns. */
export async function getDashboardCampaigns(userId: string) {
  return db.campaign.findMany({
    where: {
      OR: [{ follows: { some: { userId } } }, { measures: { some: { proposedById: userId } } }],
    },
    orderBy: { name: 'asc' },
    select: { id: true, slug: true, name: true },
  });
}
