// The API's one registry: each endpoint's path, parameters (zod), answer (zod) and handler. The route files under
// app/api/v1 are one line each (apiRoute('<name>'), lib/api/route.ts) and the OpenAPI document (lib/api/openapi.ts)
// is generated from this list, so adding an endpoint is an entry here and a route file there.
import { z } from 'zod';
import { db } from '@/lib/db';
import { tags } from '@/lib/cache/tags';
import { getCampaignHeadline } from '@/lib/campaigns/headline';
import { getMeasureBySlug } from '@/lib/measures/queries';
import { searchMeasures } from '@/lib/search/queries';
import { START_SEL, STOP_SEL } from '@/lib/search/snippet';
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE, cleanQuery } from '@/lib/search/params';
import { citationSelect } from '@/lib/sources/select';
import { siteUrl } from '@/lib/site';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  ocdBill as readOcdBill,
  ocdBillSchema,
  ocdOrganization as readOcdOrganization,
  ocdOrganizationSchema,
  ocdPerson as readOcdPerson,
  ocdPersonSchema,
} from './ocd';
import { decodeCursor, encodeCursor, idCursor, pageCursor, timeIdCursor } from './cursor';
import {
  MEASURE_CSV_COLUMNS,
  measureCsvCells,
  measureIds,
  measureSummaries,
  measureUrl,
  measureWhere,
  type Keyset,
} from './data';
import { BadRequest, csvRow, csvStreamResponse, problem } from './http';
import {
  actionSchema,
  bodyDetail,
  bodySummary,
  campaignDetail,
  campaignSummary,
  DEFAULT_LIMIT,
  formatParam,
  jurisdictionSchema,
  listEnvelope,
  listQuery,
  measureDetail,
  measureFilters,
  measureSummary,
  personDetail,
  personSummary,
  searchEnvelope,
  slugParam,
  toDay,
  toTime,
  updatedSince,
} from './schemas';

export type ApiResult = {
  body: unknown;
  lastModified?: Date;
  /** Where `fields=` applies: each item of body.data, or the body itself. */
  fieldsOn?: 'data' | 'body';
};

type Context<Q extends z.ZodObject, P extends z.ZodObject | undefined> = {
  request: Request;
  url: URL;
  query: z.output<Q>;
  params: P extends z.ZodObject ? z.output<P> : Record<string, never>;
};

export type Endpoint<
  Q extends z.ZodObject = z.ZodObject,
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
> = {
  /** The OpenAPI path under /api/v1, with {params}. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  query: Q;
  params?: P;
  response: z.ZodType;
  /** Answers text/csv with format=csv. */
  csv?: boolean;
  /** The properties `fields=` may name. */
  fields?: string[];
  /** 404 is a possible answer. */
  notFound?: boolean;
  /**
   * The cache tags that revalidate this endpoint's JSON answers, when they are cached whole (lib/api/cached.ts):
   * every record the answer can show must be covered by one of them.
   */
  cacheTags?: (context: {
    query: z.output<Q>;
    params: P extends z.ZodObject ? z.output<P> : Record<string, never>;
  }) => string[];
  handler: (context: Context<Q, P>) => Promise<Response | ApiResult>;
};

const define = <Q extends z.ZodObject, P extends z.ZodObject | undefined = undefined>(endpoint: Endpoint<Q, P>) =>
  endpoint as unknown as Endpoint;

const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape);

/** The sort orders of the syncable lists: by id (default) or by last change, each with the id as the tiebreak. */
const sortParam = z
  .enum(['id', 'updatedAt'])
  .optional()
  .meta({ description: 'id (default) or updatedAt, ascending: for syncing, updatedAt with updated_since.' });

function keysetFrom(sort: 'id' | 'updatedAt' | undefined, cursor: string | undefined): Keyset {
  const order = sort ?? 'id';
  if (!cursor) return { order };
  if (order === 'updatedAt') {
    const [updatedAt, id] = decodeCursor(cursor, timeIdCursor);
    return { order, after: { id, updatedAt } };
  }
  const [id] = decodeCursor(cursor, idCursor);
  return { order, after: { id } };
}

function cursorAfter(order: 'id' | 'updatedAt', last: { id: number; updatedAt: Date }): string {
  return order === 'updatedAt' ? encodeCursor([last.updatedAt.toISOString(), last.id]) : encodeCursor([last.id]);
}

/** The envelope of a list page: its rows, the next cursor and the link to the next page. */
function listPage(url: URL, data: unknown[], limit: number, nextCursor: string | null) {
  const next = nextCursor ? new URL(url) : null;
  next?.searchParams.set('cursor', nextCursor!);
  return {
    data,
    pagination: { limit, nextCursor },
    links: { self: url.pathname + url.search, next: next ? next.pathname + next.search : null },
  };
}

const latest = (dates: (Date | string)[]) =>
  dates.length ? new Date(Math.max(...dates.map((d) => new Date(d).getTime()))) : undefined;

/** Batches of a keyset list for CSV: one query per batch, none held after it is written. */
const CSV_BATCH = 1000;

const measureListQuery = z.object({
  ...listQuery,
  ...measureFilters,
  updated_since: updatedSince,
  sort: sortParam,
  format: formatParam,
});

/** The measures list as CSV, streamed: every matching measure in the keyset's order. */
async function measuresCsv(where: Prisma.Sql, order: 'id' | 'updatedAt', filename: string) {
  let keyset: Keyset = { order };
  let finished = false;
  return csvStreamResponse(filename, csvRow([...MEASURE_CSV_COLUMNS]), async () => {
    if (finished) return null;
    const ids = await measureIds(where, keyset, CSV_BATCH);
    if (ids.length < CSV_BATCH) finished = true;
    if (ids.length === 0) return null;
    const last = ids[ids.length - 1]!;
    keyset = { order, after: { id: last.id, updatedAt: last.updatedAt.toISOString() } };
    const rows = await measureSummaries(ids.map((row) => row.id));
    return rows.map((row) => csvRow(measureCsvCells(row)));
  });
}

const measures = define({
  path: '/measures',
  operationId: 'listMeasures',
  tag: 'Measures',
  summary: 'Measures, filtered as on the list and search pages',
  description:
    'Every filter of the measures list page and of search. Ordered by id, or by updatedAt for syncing; ' +
    'format=csv streams all matching rows.',
  query: measureListQuery,
  response: listEnvelope(measureSummary, 'MeasureList'),
  csv: true,
  fields: keysOf(measureSummary),
  // A summary shows the measure, its jurisdiction's and bodies' names (a body's change names the measures list tag
  // too); the filters read sponsorships and addressees (part of a measure's change) and campaign membership.
  cacheTags: () => [tags.measureList, tags.bodyList, tags.campaignList],
  async handler({ query, url }) {
    const where = await measureWhere({ ...query, updatedSince: query.updated_since });
    const order = query.sort ?? 'id';
    if (query.format === 'csv') return measuresCsv(where, order, 'measures.csv');
    const limit = query.limit ?? DEFAULT_LIMIT;
    const ids = await measureIds(where, keysetFrom(query.sort, query.cursor), limit + 1);
    const page = ids.slice(0, limit);
    const nextCursor = ids.length > limit ? cursorAfter(order, page[page.length - 1]!) : null;
    const data = await measureSummaries(page.map((row) => row.id));
    return {
      body: listPage(url, data, limit, nextCursor),
      lastModified: latest(page.map((row) => row.updatedAt)),
      fieldsOn: 'data',
    };
  },
});

const measure = define({
  path: '/measures/{slug}',
  operationId: 'getMeasure',
  tag: 'Measures',
  summary: 'One measure with its actions, sponsorships, addressees, relations, sources and status',
  query: z.object({ fields: listQuery.fields }),
  params: z.object({ slug: slugParam }),
  response: measureDetail,
  fields: keysOf(measureDetail),
  notFound: true,
  // The measure (or its absence) and every person, body and measure it links to: broader than getMeasureBySlug's
  // own tags, which keep the data under the answer exact.
  cacheTags: ({ params }) => [tags.measureSlug(params.slug), tags.measureList, tags.peopleList, tags.bodyList],
  async handler({ params }) {
    const m = await getMeasureBySlug(params.slug);
    if (!m) return problem(404, `No measure has the slug "${params.slug}".`);
    const overridden = m.overrideStage || m.overrideOutcome;
    const link = (body: { slug: string; name: string } | null) => (body ? { slug: body.slug, name: body.name } : null);
    const measureLink = (other: {
      slug: string;
      identifier: string | null;
      title: string;
      type: z.infer<typeof measureDetail>['type'];
      stage: z.infer<typeof measureDetail>['stage'];
      outcome: z.infer<typeof measureDetail>['outcome'];
    }) => ({
      slug: other.slug,
      identifier: other.identifier,
      title: other.title,
      type: other.type,
      stage: other.stage,
      outcome: other.outcome,
    });
    const body: z.infer<typeof measureDetail> = {
      id: m.id,
      slug: m.slug,
      identifier: m.identifier,
      title: m.title,
      type: m.type,
      stage: m.stage,
      outcome: m.outcome,
      introducedOn: toDay(m.introducedOn),
      lastActionDate: toDay(m.lastActionDate),
      subjects: m.subjects,
      jurisdiction: m.jurisdiction,
      originBody: link(m.originBody)!,
      currentBody: link(m.currentBody),
      updatedAt: toTime(m.updatedAt),
      url: measureUrl(m.slug),
      summary: m.summary,
      text: m.text,
      textUrl: m.textUrl,
      session: m.session?.name ?? null,
      stageDate: toDay(m.stageDate),
      outcomeDate: toDay(m.outcomeDate),
      finalBody: link(m.finalBody),
      law: m.lawNumber ? { type: m.lawType, number: m.lawNumber } : null,
      statusOverride: overridden
        ? {
            stage: m.overrideStage,
            outcome: m.overrideOutcome,
            reason: m.overrideReason,
            at: m.overrideAt ? toTime(m.overrideAt) : null,
          }
        : null,
      dormant: m.dormant,
      actions: m.actions.map((a) => ({
        id: a.id,
        date: toDay(a.date)!,
        datePrecision: a.datePrecision,
        text: a.text,
        sourceCode: a.sourceCode,
        classification: a.classification,
        actingBody: link(a.actingBody),
        relatedBody: link(a.relatedBody),
      })),
      sponsorships: m.sponsorships.map((s) => ({
        kind: s.kind,
        isOriginal: s.isOriginal,
        nameAsGiven: s.nameAsGiven,
        sponsoredOn: toDay(s.sponsoredOn),
        withdrawnOn: toDay(s.withdrawnOn),
        person: link(s.person),
        body: link(s.body),
      })),
      addressees: m.targets.map((t) => ({
        verb: t.verb,
        entityName: t.entityName,
        roleAsWritten: t.roleAsWritten,
        quote: t.quote,
        body: link(t.body),
        person: link(t.person),
      })),
      relations: [
        ...m.relationsFrom.map((r) => ({
          type: r.type,
          direction: 'from' as const,
          measure: r.toMeasure ? measureLink(r.toMeasure) : null,
          targetIdentifier: r.targetIdentifier,
          targetJurisdiction: r.targetJurisdictionText,
          evidenceQuote: r.evidenceQuote,
          evidenceUrl: r.evidenceUrl,
        })),
        ...m.relationsTo.map((r) => ({
          type: r.type,
          direction: 'to' as const,
          measure: measureLink(r.fromMeasure),
          targetIdentifier: null,
          targetJurisdiction: null,
          evidenceQuote: r.evidenceQuote,
          evidenceUrl: r.evidenceUrl,
        })),
      ],
      sources: sourcesOf(m.citations),
    };
    return { body, lastModified: m.updatedAt, fieldsOn: 'body' };
  },
});

type Citation = {
  note: string | null;
  source: {
    id: number;
    url: string | null;
    title: string;
    publisher: string | null;
    kind: z.infer<typeof measureDetail>['sources'][number]['kind'];
    publishedOn: Date | null;
  };
};

function sourcesOf(citations: Citation[]) {
  return citations.map((c) => ({
    id: c.source.id,
    url: c.source.url,
    title: c.source.title,
    publisher: c.source.publisher,
    kind: c.source.kind,
    publishedOn: toDay(c.source.publishedOn),
    note: c.note,
  }));
}

// ---------- people and bodies ----------

const syncListQuery = z.object({ ...listQuery, updated_since: updatedSince, sort: sortParam });

/** Keyset conditions of a list by id or (updatedAt, id), for Prisma. */
function keysetWhere(keyset: Keyset) {
  const after = keyset.after;
  if (!after) return {};
  if (keyset.order === 'id') return { id: { gt: after.id } };
  const at = new Date(after.updatedAt!);
  return { OR: [{ updatedAt: { gt: at } }, { updatedAt: at, id: { gt: after.id } }] };
}

const keysetOrder = (order: 'id' | 'updatedAt') =>
  order === 'id' ? [{ id: 'asc' as const }] : [{ updatedAt: 'asc' as const }, { id: 'asc' as const }];

const personPage = (slug: string) => `${siteUrl()}/people/${slug}`;
const bodyPage = (slug: string) => `${siteUrl()}/bodies/${slug}`;

const personSelect = {
  id: true,
  slug: true,
  name: true,
  givenName: true,
  familyName: true,
  url: true,
  updatedAt: true,
} as const satisfies Prisma.PersonSelect;

const personRow = (p: Prisma.PersonGetPayload<{ select: typeof personSelect }>) => ({
  ...p,
  updatedAt: toTime(p.updatedAt),
  page: personPage(p.slug),
});

async function syncList<Row extends { id: number; updatedAt: Date }, Out>(
  url: URL,
  query: z.output<typeof syncListQuery>,
  find: (where: object, orderBy: object[], take: number) => Promise<Row[]>,
  map: (row: Row) => Out,
): Promise<ApiResult> {
  const keyset = keysetFrom(query.sort, query.cursor);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const where = {
    ...(query.updated_since ? { updatedAt: { gte: new Date(query.updated_since) } } : {}),
    ...keysetWhere(keyset),
  };
  const rows = await find(where, keysetOrder(keyset.order), limit + 1);
  const page = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? cursorAfter(keyset.order, page[page.length - 1]!) : null;
  return {
    body: listPage(url, page.map(map), limit, nextCursor),
    lastModified: latest(page.map((row) => row.updatedAt)),
    fieldsOn: 'data',
  };
}

const people = define({
  path: '/people',
  operationId: 'listPeople',
  tag: 'People',
  summary: 'People (legislators, council members, officials)',
  query: syncListQuery,
  response: listEnvelope(personSummary, 'PersonList'),
  fields: keysOf(personSummary),
  handler: ({ query, url }) =>
    syncList(
      url,
      query,
      (where, orderBy, take) => db.person.findMany({ where, orderBy, take, select: personSelect }),
      personRow,
    ),
});

const person = define({
  path: '/people/{slug}',
  operationId: 'getPerson',
  tag: 'People',
  summary: 'One person with their offices, identifiers and sources',
  description: 'Their measures: /api/v1/measures?sponsor=<slug> and ?cosponsor=<slug> (format=csv for CSV).',
  query: z.object({ fields: listQuery.fields }),
  params: z.object({ slug: slugParam }),
  response: personDetail,
  fields: keysOf(personDetail),
  notFound: true,
  async handler({ params }) {
    const p = await db.person.findUnique({
      where: { slug: params.slug },
      select: {
        ...personSelect,
        identifiers: { select: { scheme: true, value: true }, orderBy: [{ scheme: 'asc' }, { value: 'asc' }] },
        memberships: {
          orderBy: [{ endDate: { sort: 'desc', nulls: 'first' } }, { startDate: 'desc' }, { id: 'asc' }],
          select: {
            role: true,
            district: true,
            state: true,
            party: true,
            startDate: true,
            endDate: true,
            session: { select: { name: true } },
            body: { select: { slug: true, name: true } },
          },
        },
        citations: citationSelect,
      },
    });
    if (!p) return problem(404, `No person has the slug "${params.slug}".`);
    const counts = await db.sponsorship.groupBy({ by: ['kind'], where: { personId: p.id }, _count: { _all: true } });
    const count = (kind: string) => counts.find((c) => c.kind === kind)?._count._all ?? 0;
    const { identifiers, memberships, citations, ...summary } = p;
    const api = `/api/v1/measures`;
    const body: z.infer<typeof personDetail> = {
      ...personRow(summary),
      identifiers,
      memberships: memberships.map((m) => ({
        role: m.role,
        district: m.district,
        state: m.state,
        party: m.party,
        startDate: toDay(m.startDate),
        endDate: toDay(m.endDate),
        session: m.session?.name ?? null,
        body: m.body,
      })),
      counts: { sponsored: count('primary'), cosponsored: count('cosponsor') },
      sources: sourcesOf(citations),
      links: { sponsored: `${api}?sponsor=${p.slug}`, cosponsored: `${api}?cosponsor=${p.slug}` },
    };
    return { body, lastModified: p.updatedAt, fieldsOn: 'body' };
  },
});

const bodySelect = {
  id: true,
  slug: true,
  name: true,
  shortName: true,
  classification: true,
  url: true,
  updatedAt: true,
  jurisdiction: { select: { slug: true, name: true } },
  parent: { select: { slug: true, name: true } },
} as const satisfies Prisma.BodySelect;

const bodyRow = (b: Prisma.BodyGetPayload<{ select: typeof bodySelect }>) => ({
  ...b,
  updatedAt: toTime(b.updatedAt),
  page: bodyPage(b.slug),
});

const bodies = define({
  path: '/bodies',
  operationId: 'listBodies',
  tag: 'Bodies',
  summary: 'Bodies (legislatures, chambers, committees, executives, organisations)',
  query: syncListQuery,
  response: listEnvelope(bodySummary, 'BodyList'),
  fields: keysOf(bodySummary),
  handler: ({ query, url }) =>
    syncList(
      url,
      query,
      (where, orderBy, take) => db.body.findMany({ where, orderBy, take, select: bodySelect }),
      bodyRow,
    ),
});

const body = define({
  path: '/bodies/{slug}',
  operationId: 'getBody',
  tag: 'Bodies',
  summary: 'One body with its committees, identifiers, counts and sources',
  description: 'Its measures: /api/v1/measures?body=<slug> (originated) and ?addressee=<slug> (addressed to it).',
  query: z.object({ fields: listQuery.fields }),
  params: z.object({ slug: slugParam }),
  response: bodyDetail,
  fields: keysOf(bodyDetail),
  notFound: true,
  async handler({ params }) {
    const b = await db.body.findUnique({
      where: { slug: params.slug },
      select: {
        ...bodySelect,
        children: {
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
          select: { slug: true, name: true, classification: true },
        },
        identifiers: { select: { scheme: true, value: true }, orderBy: [{ scheme: 'asc' }, { value: 'asc' }] },
        citations: citationSelect,
        _count: { select: { originMeasures: true, memberships: true } },
      },
    });
    if (!b) return problem(404, `No body has the slug "${params.slug}".`);
    const addressed = await db.measure.count({ where: { targets: { some: { bodyId: b.id } } } });
    const { children, identifiers, citations, _count, ...summary } = b;
    const api = `/api/v1/measures`;
    const result: z.infer<typeof bodyDetail> = {
      ...bodyRow(summary),
      children,
      identifiers,
      counts: { originated: _count.originMeasures, addressed, memberships: _count.memberships },
      sources: sourcesOf(citations),
      links: { originated: `${api}?body=${b.slug}`, addressed: `${api}?addressee=${b.slug}` },
    };
    return { body: result, lastModified: b.updatedAt, fieldsOn: 'body' };
  },
});

const jurisdictions = define({
  path: '/jurisdictions',
  operationId: 'listJurisdictions',
  tag: 'Jurisdictions',
  summary: 'Jurisdictions (countries, states, counties, cities)',
  query: syncListQuery,
  response: listEnvelope(jurisdictionSchema, 'JurisdictionList'),
  fields: keysOf(jurisdictionSchema),
  handler: ({ query, url }) =>
    syncList(
      url,
      query,
      (where, orderBy, take) =>
        db.jurisdiction.findMany({
          where,
          orderBy,
          take,
          select: { id: true, slug: true, name: true, classification: true, ocdId: true, updatedAt: true },
        }),
      (j) => ({ ...j, updatedAt: toTime(j.updatedAt) }),
    ),
});

// ---------- actions since ----------

const actions = define({
  path: '/actions',
  operationId: 'listActions',
  tag: 'Actions',
  summary: 'Actions recorded since a time, oldest first (for clients that sync from us)',
  description:
    'Ordered by the time the action was recorded (createdAt), then id. An edited measure also changes its ' +
    'updatedAt: sync measures with /measures?sort=updatedAt&updated_since=… as well.',
  query: z.object({
    ...listQuery,
    since: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({ description: 'Actions recorded at or after this time (ISO 8601).' }),
  }),
  response: listEnvelope(actionSchema, 'ActionList'),
  fields: keysOf(actionSchema),
  async handler({ query, url }) {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor ? decodeCursor(query.cursor, timeIdCursor) : null;
    const rows = await db.action.findMany({
      where: {
        ...(query.since ? { createdAt: { gte: new Date(query.since) } } : {}),
        ...(after
          ? {
              OR: [{ createdAt: { gt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { gt: after[1] } }],
            }
          : {}),
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit + 1,
      select: {
        id: true,
        position: true,
        date: true,
        datePrecision: true,
        text: true,
        classification: true,
        createdAt: true,
        actingBody: { select: { slug: true, name: true } },
        relatedBody: { select: { slug: true, name: true } },
        measure: { select: { slug: true, identifier: true, title: true } },
      },
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null;
    const data = page.map((a) => ({
      id: a.id,
      slug: a.measure.slug,
      measure: a.measure,
      position: a.position,
      date: toDay(a.date)!,
      datePrecision: a.datePrecision,
      text: a.text,
      classification: a.classification,
      actingBody: a.actingBody,
      relatedBody: a.relatedBody,
      createdAt: toTime(a.createdAt),
    }));
    return {
      body: listPage(url, data, limit, nextCursor),
      lastModified: latest(page.map((a) => a.createdAt)),
      fieldsOn: 'data',
    };
  },
});

// ---------- search ----------

const plainSnippet = (text: string | null) => (text ? text.replaceAll(START_SEL, '').replaceAll(STOP_SEL, '') : null);

const search = define({
  path: '/search',
  operationId: 'search',
  tag: 'Search',
  summary: 'Search measures, ranked as on the search page',
  description:
    `Relevance first (identifier matches, then full text), ${SEARCH_PAGE_SIZE} per page as on the search page. ` +
    'format=csv streams every match (ordered by id) with the measures list columns.',
  query: z.object({
    ...measureFilters,
    sort: z.enum(['relevance', 'newest', 'oldest']).optional(),
    cursor: listQuery.cursor,
    format: formatParam,
  }),
  response: searchEnvelope,
  csv: true,
  async handler({ query, url }) {
    if (query.format === 'csv') return measuresCsv(await measureWhere(query), 'id', 'search.csv');
    const page = query.cursor ? decodeCursor(query.cursor, pageCursor)[1] : 1;
    if (page > MAX_SEARCH_PAGE) throw new BadRequest('cursor', `search pages stop at ${MAX_SEARCH_PAGE}`);
    const { cosponsor, addressee, ...rest } = query;
    if (cosponsor || addressee) {
      const parameter = cosponsor ? 'cosponsor' : 'addressee';
      throw new BadRequest(parameter, 'filters /api/v1/measures only; search has the sponsor filter');
    }
    const params = { ...rest, q: cleanQuery(query.q).q, sort: query.sort ?? 'relevance', page };
    const result = await searchMeasures(db, params);
    let hits = result.hits.map((h) => ({
      id: h.id,
      slug: h.slug,
      identifier: h.identifier,
      title: h.title,
      type: h.type,
      stage: h.stage,
      outcome: h.outcome,
      introducedOn: toDay(h.introducedOn),
      lastActionDate: toDay(h.lastActionDate),
      body: h.bodyName,
      exact: h.exact,
      snippet: plainSnippet(h.snippet),
      url: measureUrl(h.slug),
    }));
    let total = result.total;
    // The words name one measure exactly (the page would redirect to it): that measure is the one hit.
    if (result.exactSlug) {
      const [m] = await measureSummaries(
        (await db.measure.findMany({ where: { slug: result.exactSlug }, select: { id: true } })).map((r) => r.id),
      );
      hits = m
        ? [
            {
              id: m.id,
              slug: m.slug,
              identifier: m.identifier,
              title: m.title,
              type: m.type,
              stage: m.stage,
              outcome: m.outcome,
              introducedOn: m.introducedOn,
              lastActionDate: m.lastActionDate,
              body: m.originBody.name,
              exact: true,
              snippet: null,
              url: m.url,
            },
          ]
        : [];
      total = hits.length;
    }
    const more = page * SEARCH_PAGE_SIZE < total && page < MAX_SEARCH_PAGE && hits.length === SEARCH_PAGE_SIZE;
    const envelope = listPage(url, hits, SEARCH_PAGE_SIZE, more ? encodeCursor(['p', page + 1]) : null);
    return { body: { ...envelope, total, approximate: result.facets.approximate } };
  },
});

// ---------- Open Civic Data ----------

const ocd = <S extends z.ZodType>(
  path: string,
  operationId: string,
  summary: string,
  response: S,
  read: (slug: string) => Promise<z.infer<S> | Response>,
) =>
  define({
    path,
    operationId,
    tag: 'Open Civic Data',
    summary,
    query: z.object({}),
    params: z.object({ slug: slugParam }),
    response,
    notFound: true,
    async handler({ params }) {
      const result = await read(params.slug);
      return result instanceof Response ? result : { body: result };
    },
  });

const ocdBill = ocd(
  '/ocd/bills/{slug}',
  'getOcdBill',
  'A measure as an Open Civic Data bill',
  ocdBillSchema,
  readOcdBill,
);
const ocdPerson = ocd(
  '/ocd/people/{slug}',
  'getOcdPerson',
  'A person as an Open Civic Data person',
  ocdPersonSchema,
  readOcdPerson,
);
const ocdOrganization = ocd(
  '/ocd/organizations/{slug}',
  'getOcdOrganization',
  'A body as an Open Civic Data organization',
  ocdOrganizationSchema,
  readOcdOrganization,
);

// ---------- campaigns ----------

const campaignSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  updatedAt: true,
} as const satisfies Prisma.CampaignSelect;

const campaignRow = (c: Prisma.CampaignGetPayload<{ select: typeof campaignSelect }>) => ({
  ...c,
  updatedAt: toTime(c.updatedAt),
  page: `${siteUrl()}/campaigns/${c.slug}`,
  links: { measures: `/api/v1/measures?campaign=${c.slug}` },
});

const campaigns = define({
  path: '/campaigns',
  operationId: 'listCampaigns',
  tag: 'Campaigns',
  summary: 'Campaigns: measures across bodies around one cause',
  description: "A campaign's member measures as a list or CSV: /api/v1/measures?campaign=<slug> (format=csv).",
  query: syncListQuery,
  response: listEnvelope(campaignSummary, 'CampaignList'),
  fields: keysOf(campaignSummary),
  handler: ({ query, url }) =>
    syncList(
      url,
      query,
      (where, orderBy, take) => db.campaign.findMany({ where, orderBy, take, select: campaignSelect }),
      campaignRow,
    ),
});

const campaign = define({
  path: '/campaigns/{slug}',
  operationId: 'getCampaign',
  tag: 'Campaigns',
  summary: 'One campaign with its headline and its confirmed member measures and their roles',
  description: 'Proposals awaiting an editor are not members yet and are not shown.',
  query: z.object({ fields: listQuery.fields }),
  params: z.object({ slug: slugParam }),
  response: campaignDetail,
  fields: keysOf(campaignDetail),
  notFound: true,
  async handler({ params }) {
    const c = await db.campaign.findUnique({
      where: { slug: params.slug },
      select: {
        ...campaignSelect,
        measures: {
          where: { status: 'CONFIRMED' },
          orderBy: [{ role: 'asc' }, { measureId: 'asc' }],
          select: { role: true, measureId: true, createdAt: true },
        },
      },
    });
    if (!c) return problem(404, `No campaign has the slug "${params.slug}".`);
    const { measures: members, ...summary } = c;
    const [headline, summaries] = await Promise.all([
      getCampaignHeadline(db, c.id),
      measureSummaries(members.map((m) => m.measureId)),
    ]);
    const byId = new Map(summaries.map((m) => [m.id, m]));
    const body: z.infer<typeof campaignDetail> = {
      ...campaignRow(summary),
      headline: headline.text,
      members: members.flatMap((m) => {
        const measure = byId.get(m.measureId);
        return measure ? [{ role: m.role, measure }] : [];
      }),
    };
    const changed = [c.updatedAt, ...summaries.map((m) => m.updatedAt)];
    return { body, lastModified: latest(changed), fieldsOn: 'body' };
  },
});

/** Every endpoint, by name: the route files and the OpenAPI document read this. */
export const endpoints = {
  measures,
  measure,
  people,
  person,
  bodies,
  body,
  jurisdictions,
  actions,
  search,
  campaigns,
  campaign,
  ocdBill,
  ocdPerson,
  ocdOrganization,
} satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;
