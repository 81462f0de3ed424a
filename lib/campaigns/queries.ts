// What the public campaign pages show, cached like the other public pages (docs/decisions/022-caching.md): each
// tagged with the campaign and every record it shows (pageTags gives way to the list tags past Next's limit), so a
// change to any member measure, a membership or a district row revalidates it.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { isSlug } from '@/lib/cache/cached-args';
import { pageTags, tags } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import type { TargetVerb } from '@/lib/generated/prisma/enums';
import { describeChange } from '@/lib/notifications/describe-change';
import { getCampaignGaps } from './gap';
import { headlineText } from './headline';
import { memberPage, memberPageCount } from './members';

/** At most this many actions on the combined timeline (newest first); the body pages show each body's own. */
export const TIMELINE_SHOWN = 200;
/**
 * The campaign page shows the start of each long list and links to the rest (page weight, decision 073): its own
 * timeline is this short (body pages show TIMELINE_SHOWN), the gap this many rows (its gap page all of them), and the
 * timeline's body filter inline only up to this many bodies (beyond, its bodies page lists them).
 */
export const CAMPAIGN_TIMELINE_SHOWN = 10;
export const CAMPAIGN_GAP_ROWS_SHOWN = 8;
export const CAMPAIGN_BODY_LINKS_SHOWN = 12;
export const CHANGES_SHOWN = 5;

const memberSelect = {
  role: true,
  createdAt: true,
  measure: {
    select: {
      id: true,
      slug: true,
      identifier: true,
      title: true,
      type: true,
      stage: true,
      outcome: true,
      introducedOn: true,
      outcomeDate: true,
      lastActionDate: true,
      originBody: { select: { id: true, slug: true, name: true } },
      jurisdiction: { select: { name: true, classification: true } },
    },
  },
} as const;

/** A campaign and its confirmed members, oldest first: what the campaign page and its full member list start from. */
function campaignWithMembers(slug: string) {
  return db.campaign.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      updatedAt: true,
      measures: { where: { status: 'CONFIRMED' }, select: memberSelect, orderBy: { createdAt: 'asc' } },
    },
  });
}

export async function getCampaignSlugs(): Promise<string[]> {
  const rows = await db.campaign.findMany({ select: { slug: true }, orderBy: { id: 'asc' }, take: 200 });
  return rows.map((r) => r.slug);
}

/** The campaigns list: each with its headline. */
export async function listCampaigns() {
  'use cache';
  cacheLife('days');
  cacheTag(tags.campaignList);
  const campaigns = await db.campaign.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      measures: { where: { status: 'CONFIRMED' }, select: memberSelect, orderBy: { createdAt: 'asc' } },
    },
  });
  return campaigns.map(({ measures, ...campaign }) => ({
    ...campaign,
    memberCount: measures.length,
    headline: headline(measures),
  }));
}

type Member = {
  role: string;
  measure: {
    identifier: string | null;
    title: string;
    outcome: string;
    jurisdiction: { classification: string };
  };
};

function headline(members: Member[]) {
  const lead = members.find((m) => m.role === 'LEAD')?.measure;
  return headlineText(
    members
      .filter((m) => m.role === 'ENDORSEMENT')
      .map((m) => ({
        classification: m.measure.jurisdiction.classification,
        adopted: m.measure.outcome === 'adopted' || m.measure.outcome === 'became_law',
      })),
    lead ? (lead.identifier ?? lead.title) : null,
  );
}

/** The public campaign page: headline, member measures, timeline, addressees, latest changes and the gap. */
export async function getCampaignBySlug(slug: string) {
  'use cache';
  cacheLife('days');
  if (!isSlug(slug)) return null;
  cacheTag(tags.campaignSlug(slug));
  const campaign = await campaignWithMembers(slug);
  if (!campaign) return null;
  const measureIds = campaign.measures.map((m) => m.measure.id);
  const [timeline, addressees, events, gaps] = await Promise.all([
    timelineOf(measureIds, undefined, CAMPAIGN_TIMELINE_SHOWN),
    addresseesOf(measureIds),
    db.changeEvent.findMany({
      where: {
        OR: [
          { measureId: { in: measureIds }, entityType: { notIn: ['follow', 'position'] } },
          { entityType: 'campaign', entityId: String(campaign.id) },
        ],
      },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: CHANGES_SHOWN,
      select: { id: true, at: true, entityType: true, operation: true, before: true, after: true, measureId: true },
    }),
    getCampaignGaps(db, campaign.id),
  ]);
  const bySlug = new Map(campaign.measures.map((m) => [m.measure.id, m.measure]));
  const changes = events.map((event) => ({
    id: String(event.id),
    at: event.at,
    measure: event.measureId ? (bySlug.get(event.measureId) ?? null) : null,
    text: event.entityType === 'campaign' ? 'Campaign details updated' : describeChange(event),
  }));
  cacheTag(
    tags.campaign(campaign.id),
    ...pageTags([], {
      measures: measureIds,
      bodies: [
        ...campaign.measures.map((m) => m.measure.originBody.id),
        ...addressees.flatMap((a) => (a.bodyId ? [a.bodyId] : [])),
      ],
      people: [
        ...gaps.flatMap((g) => g.rows.flatMap((r) => (r.member ? [r.member.personId] : []))),
        ...addressees.flatMap((a) => (a.personId ? [a.personId] : [])),
      ],
    }),
  );
  const bodies = [...new Map(campaign.measures.map((m) => [m.measure.originBody.slug, m.measure.originBody])).values()];
  return { ...campaign, headline: headline(campaign.measures), timeline, addressees, changes, gaps, bodies };
}

async function timelineOf(measureIds: number[], originBodyId?: number, take = TIMELINE_SHOWN) {
  if (measureIds.length === 0) return [];
  return db.action.findMany({
    where: { measureId: { in: measureIds }, ...(originBodyId ? { measure: { originBodyId } } : {}) },
    orderBy: [{ date: 'desc' }, { measureId: 'asc' }, { position: 'desc' }],
    take,
    select: {
      id: true,
      date: true,
      datePrecision: true,
      text: true,
      actingBody: { select: { slug: true, name: true } },
      measure: {
        select: { id: true, slug: true, identifier: true, title: true, originBody: { select: { name: true } } },
      },
    },
  });
}

/** Whom the campaign's measures call upon: one row per addressee and verb, with how many measures. */
async function addresseesOf(measureIds: number[]) {
  if (measureIds.length === 0) return [];
  return db.$queryRaw<
    {
      verb: TargetVerb;
      bodyId: number | null;
      personId: number | null;
      name: string;
      kind: 'bodies' | 'people' | 'entities';
      key: string;
      measures: number;
    }[]
  >`
    SELECT t."verb"::text AS "verb", t."bodyId", t."personId",
           COALESCE(b."name", p."name", t."entityName") AS "name",
           CASE WHEN b."id" IS NOT NULL THEN 'bodies' WHEN p."id" IS NOT NULL THEN 'people' ELSE 'entities' END AS "kind",
           COALESCE(b."slug", p."slug", trim(both '-' from lower(regexp_replace(t."entityName", '[^[:alnum:]]+', '-', 'g')))) AS "key",
           count(DISTINCT t."measureId")::int AS "measures"
    FROM "MeasureTarget" t
    LEFT JOIN "Body" b ON b."id" = t."bodyId"
    LEFT JOIN "Person" p ON p."id" = t."personId"
    WHERE t."measureId" = ANY(${measureIds}::int[]) AND COALESCE(b."name", p."name", t."entityName") IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY "measures" DESC, "name", "verb"`;
}

/** The combined timeline of the campaign's measures from one body (/campaigns/<slug>/bodies/<body>). */
export async function getCampaignBodyTimeline(slug: string, bodySlug: string) {
  'use cache';
  cacheLife('days');
  if (!isSlug(slug) || !isSlug(bodySlug)) return null;
  cacheTag(tags.campaignSlug(slug));
  const campaign = await db.campaign.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      measures: {
        where: { status: 'CONFIRMED' },
        select: { measure: { select: { id: true, originBody: { select: { id: true, slug: true, name: true } } } } },
      },
    },
  });
  if (!campaign) return null;
  const bodies = [...new Map(campaign.measures.map((m) => [m.measure.originBody.slug, m.measure.originBody])).values()];
  const body = bodies.find((b) => b.slug === bodySlug);
  if (!body) return null;
  const measureIds = campaign.measures.map((m) => m.measure.id);
  const timeline = await timelineOf(measureIds, body.id);
  cacheTag(tags.campaign(campaign.id), ...pageTags([], { measures: measureIds, bodies: [body.id] }));
  return { campaign: { id: campaign.id, slug: campaign.slug, name: campaign.name }, body, bodies, timeline };
}

/** One page of the campaign's full member list (/campaigns/<slug>/measures/<page>), in the campaign page's order. */
export async function getCampaignMembersPage(slug: string, page: number) {
  'use cache';
  cacheLife('days');
  if (!isSlug(slug)) return null;
  cacheTag(tags.campaignSlug(slug));
  const campaign = await campaignWithMembers(slug);
  if (!campaign) return null;
  // Every member's date decides the order, so the page follows every member measure, not only the ones it lists.
  cacheTag(
    tags.campaign(campaign.id),
    ...pageTags([], {
      measures: campaign.measures.map((m) => m.measure.id),
      bodies: campaign.measures.map((m) => m.measure.originBody.id),
    }),
  );
  const members = memberPage(campaign.measures, page);
  if (!members) return null;
  return {
    campaign: { id: campaign.id, slug: campaign.slug, name: campaign.name },
    members,
    page,
    pageCount: memberPageCount(campaign.measures.length),
    total: campaign.measures.length,
  };
}
