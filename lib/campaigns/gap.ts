// The cosponsor gap (issue 19): for a federal lead measure of a campaign, the members of Congress who represent the
// places whose bodies endorsed it, and whether each cosponsored, with the date, so staff know whom to ask next.
// Geography: the places' districts are rows editors keep with a source (PlaceDistrict); the members are the
// congress-legislators terms imported as Membership rows (state, district) of the measure's chamber, in its Congress.
// A district with no member in that Congress is listed as vacant; a member who withdrew is listed as such.
import type { DbTx } from '@/lib/changes/record-change';
import { csvRow } from '@/lib/dashboard/csv';

export type GapEndorsement = {
  measureId: number;
  slug: string;
  title: string;
  placeId: number;
  placeName: string;
  date: Date | null;
};

export type GapRow = {
  state: string;
  /** "30", "At Large"; null for a Senate seat (the state). */
  district: string | null;
  places: string[];
  /** Null: no member held the seat in the measure's Congress (a vacancy). */
  member: { personId: number; slug: string; name: string; party: string | null } | null;
  status: 'sponsor' | 'cosponsor' | 'withdrawn' | 'none';
  sponsoredOn: Date | null;
  withdrawnOn: Date | null;
  /** The earliest endorsement by a place in this district: cosponsoring after it is what the campaign asked for. */
  firstEndorsement: Date | null;
};

export type CampaignGap = {
  lead: { id: number; slug: string; identifier: string | null; title: string; chamber: string };
  endorsements: GapEndorsement[];
  /** Endorsing places with no district recorded yet (an editor adds them at /admin/districts). */
  placesWithoutDistricts: { id: number; name: string }[];
  rows: GapRow[];
};

const statusOrder = { none: 0, withdrawn: 1, cosponsor: 2, sponsor: 3 } as const;

/**
 * The gap of every federal lead measure of the campaign (a lead whose chamber has members with states). Two round
 * trips whatever the campaign's size: the leads (with what kind of chamber each is), the endorsements and the
 * endorsing places' districts together, then the members of the seats for each lead.
 */
export async function getCampaignGaps(db: DbTx, campaignId: number): Promise<CampaignGap[]> {
  const [leads, endorsements, districts] = await Promise.all([
    db.$queryRaw<LeadRow[]>`
      SELECT m."id", m."slug", m."identifier", m."title", m."originBodyId", b."name" AS "chamber", m."sessionId",
             ls."startDate" AS "sessionStart", ls."endDate" AS "sessionEnd",
             EXISTS (SELECT 1 FROM "Membership" ms WHERE ms."bodyId" = m."originBodyId" AND ms."state" IS NOT NULL)
               AS "federal",
             EXISTS (SELECT 1 FROM "Membership" ms WHERE ms."bodyId" = m."originBodyId" AND ms."district" IS NOT NULL)
               AS "hasDistricts"
      FROM "CampaignMeasure" cm
      JOIN "Measure" m ON m."id" = cm."measureId"
      JOIN "Body" b ON b."id" = m."originBodyId"
      LEFT JOIN "LegislativeSession" ls ON ls."id" = m."sessionId"
      WHERE cm."campaignId" = ${campaignId} AND cm."role" = 'LEAD' AND cm."status" = 'CONFIRMED'
      ORDER BY cm."createdAt", m."id"`,
    db.$queryRaw<GapEndorsement[]>`
      SELECT m."id" AS "measureId", m."slug", m."title", j."id" AS "placeId", j."name" AS "placeName",
             COALESCE(m."outcomeDate", m."lastActionDate") AS "date"
      FROM "CampaignMeasure" cm
      JOIN "Measure" m ON m."id" = cm."measureId"
      JOIN "Jurisdiction" j ON j."id" = m."jurisdictionId"
      WHERE cm."campaignId" = ${campaignId} AND cm."role" = 'ENDORSEMENT' AND cm."status" = 'CONFIRMED'
        AND m."outcome" IN ('adopted', 'became_law')
      ORDER BY "date" NULLS LAST, m."id"`,
    db.$queryRaw<DistrictRow[]>`
      SELECT DISTINCT pd."jurisdictionId", pd."state", pd."district", j."name" AS "placeName"
      FROM "PlaceDistrict" pd
      JOIN "Jurisdiction" j ON j."id" = pd."jurisdictionId"
      WHERE pd."jurisdictionId" IN (
        SELECT m."jurisdictionId"
        FROM "CampaignMeasure" cm
        JOIN "Measure" m ON m."id" = cm."measureId"
        WHERE cm."campaignId" = ${campaignId} AND cm."role" = 'ENDORSEMENT' AND cm."status" = 'CONFIRMED'
          AND m."outcome" IN ('adopted', 'became_law'))
      ORDER BY pd."state", pd."district"`,
  ]);
  const gaps: CampaignGap[] = [];
  for (const lead of leads.filter((l) => l.federal)) {
    gaps.push(await gapFor(db, lead, endorsements, districts));
  }
  return gaps;
}

type LeadRow = {
  id: number;
  slug: string;
  identifier: string | null;
  title: string;
  originBodyId: number;
  chamber: string;
  sessionId: number | null;
  sessionStart: Date | null;
  sessionEnd: Date | null;
  /** A chamber of Congress: its members carry a state (congress-legislators terms). A council's do not. */
  federal: boolean;
  /** The House: its members carry a district; the Senate's only a state. */
  hasDistricts: boolean;
};

type DistrictRow = { jurisdictionId: number; state: string; district: string; placeName: string };

async function gapFor(
  db: DbTx,
  lead: LeadRow,
  endorsements: GapEndorsement[],
  districts: DistrictRow[],
): Promise<CampaignGap> {
  const senate = !lead.hasDistricts;
  const placeIds = [...new Set(endorsements.map((e) => e.placeId))];
  const firstByPlace = new Map<number, Date | null>();
  for (const e of endorsements) if (!firstByPlace.has(e.placeId)) firstByPlace.set(e.placeId, e.date);

  // One seat per district (House) or per state (Senate), with the places in it and their first endorsement.
  const seats = new Map<string, { state: string; district: string | null; places: Set<string>; first: Date | null }>();
  for (const d of districts) {
    const key = senate ? d.state : `${d.state}-${d.district}`;
    const seat = seats.get(key) ?? {
      state: d.state,
      district: senate ? null : d.district,
      places: new Set(),
      first: null,
    };
    seat.places.add(d.placeName);
    const date = firstByPlace.get(d.jurisdictionId) ?? null;
    if (date && (!seat.first || date < seat.first)) seat.first = date;
    seats.set(key, seat);
  }
  const withDistricts = new Set(districts.map((d) => d.jurisdictionId));
  const placesWithoutDistricts = placeIds
    .filter((id) => !withDistricts.has(id))
    .map((id) => ({ id, name: endorsements.find((e) => e.placeId === id)!.placeName }));

  const list = [...seats.values()];
  const start = lead.sessionStart ?? new Date();
  const end = lead.sessionEnd ?? new Date();
  const members = list.length
    ? await db.$queryRaw<
        {
          personId: number;
          slug: string;
          name: string;
          party: string | null;
          state: string;
          district: string | null;
          kind: 'primary' | 'cosponsor' | null;
          sponsoredOn: Date | null;
          withdrawnOn: Date | null;
        }[]
      >`
        SELECT DISTINCT ON (ms."personId", ms."state", ms."district")
               p."id" AS "personId", p."slug", p."name", ms."party", ms."state", ms."district",
               s."kind", s."sponsoredOn", s."withdrawnOn"
        FROM "Membership" ms
        JOIN "Person" p ON p."id" = ms."personId"
        LEFT JOIN "Sponsorship" s ON s."measureId" = ${lead.id} AND s."personId" = ms."personId"
        WHERE ms."bodyId" = ${lead.originBodyId}
          AND (ms."state", COALESCE(ms."district", '')) IN (
            SELECT * FROM unnest(${list.map((s) => s.state)}::text[], ${list.map((s) => s.district ?? '')}::text[]))
          AND (ms."sessionId" = ${lead.sessionId}
               OR (ms."startDate" IS NOT NULL AND ms."startDate" < ${end}::date
                   AND (ms."endDate" IS NULL OR ms."endDate" > ${start}::date)))
        ORDER BY ms."personId", ms."state", ms."district", s."kind" NULLS LAST, ms."startDate" DESC NULLS LAST`
    : [];

  const rows: GapRow[] = [];
  for (const seat of list) {
    const base = {
      state: seat.state,
      district: seat.district,
      places: [...seat.places].sort(),
      firstEndorsement: seat.first,
    };
    const holders = members.filter((m) => m.state === seat.state && (m.district ?? null) === seat.district);
    if (holders.length === 0) {
      rows.push({ ...base, member: null, status: 'none', sponsoredOn: null, withdrawnOn: null });
      continue;
    }
    for (const m of holders) {
      const status: GapRow['status'] =
        m.kind === 'primary'
          ? 'sponsor'
          : m.kind === 'cosponsor'
            ? m.withdrawnOn
              ? 'withdrawn'
              : 'cosponsor'
            : 'none';
      rows.push({
        ...base,
        member: { personId: m.personId, slug: m.slug, name: m.name, party: m.party },
        status,
        sponsoredOn: m.sponsoredOn,
        withdrawnOn: m.withdrawnOn,
      });
    }
  }
  // Whom to ask first: those who have not cosponsored (or withdrew), then by state and district.
  const districtNumber = (d: string | null) => (d == null ? -1 : d === 'At Large' ? 0 : Number(d));
  rows.sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      a.state.localeCompare(b.state) ||
      districtNumber(a.district) - districtNumber(b.district) ||
      (a.member?.name ?? '').localeCompare(b.member?.name ?? ''),
  );
  return {
    lead: {
      id: lead.id,
      slug: lead.slug,
      identifier: lead.identifier,
      title: lead.title,
      chamber: lead.chamber,
    },
    endorsements,
    placesWithoutDistricts,
    rows,
  };
}

export const gapStatusLabels: Record<GapRow['status'], string> = {
  sponsor: 'Sponsor',
  cosponsor: 'Cosponsored',
  withdrawn: 'Withdrew',
  none: 'Not cosponsored',
};

/** The gap as CSV: one line per seat and member, whom to ask first. */
export function gapCsv(gaps: CampaignGap[]): string {
  const lines: (string | Date | null)[][] = [
    [
      'Measure',
      'State',
      'District',
      'Places that endorsed',
      'First endorsement',
      'Member',
      'Party',
      'Status',
      'Cosponsored on',
      'Withdrew on',
    ],
  ];
  for (const gap of gaps) {
    for (const row of gap.rows) {
      lines.push([
        gap.lead.identifier ?? gap.lead.title,
        row.state,
        row.district ?? 'Senate',
        row.places.join('; '),
        row.firstEndorsement,
        row.member?.name ?? 'No member recorded (vacant)',
        row.member?.party ?? '',
        gapStatusLabels[row.status],
        row.sponsoredOn,
        row.withdrawnOn,
      ]);
    }
  }
  return lines.map(csvRow).join('');
}
