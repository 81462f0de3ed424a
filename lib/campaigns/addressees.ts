// The addressee index (issue 19): every body, person or outside entity that measures call upon, urge, condemn...
// (MeasureTarget rows), with counts by verb and by the calling measures' jurisdiction, searchable by name and faceted
// by verb and jurisdiction; and one page per addressee listing the measures with verb, quote and status.
// Addressees are keyed by kind: a body or a person by its slug, an outside entity (entityName) by its name slugified.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { z } from 'zod';
import { cachedArgs, isSlug } from '@/lib/cache/cached-args';
import { pageTags, tags } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { TargetVerb } from '@/lib/generated/prisma/enums';

export const ADDRESSEE_KINDS = ['bodies', 'people', 'entities'] as const;
export type AddresseeKind = (typeof ADDRESSEE_KINDS)[number];
export const ADDRESSEES_SHOWN = 200;
export const ADDRESSEE_MEASURES_SHOWN = 200;

export const verbPhrases: Record<TargetVerb, [string, string]> = {
  calls_upon: ['calls upon', 'call upon'],
  urges: ['urges', 'urge'],
  requests: ['requests', 'request'],
  condemns: ['condemns', 'condemn'],
  commends: ['commends', 'commend'],
  supports: ['supports', 'support'],
  opposes: ['opposes', 'oppose'],
};

/** "12 measures call upon", "1 measure urges": the count and the verb agreeing with it. */
export function countPhrase(count: number, verb: TargetVerb): string {
  const [one, many] = verbPhrases[verb];
  return `${count.toLocaleString('en-US')} measure${count === 1 ? '' : 's'} ${count === 1 ? one : many}`;
}

/** "12 measures call upon the Government of Azerbaijan", "1 measure urges …". */
export function countSentence(count: number, verb: TargetVerb, name: string): string {
  return `${countPhrase(count, verb)} ${name}`;
}

const KEY_SQL = Prisma.sql`COALESCE(b."slug", p."slug", trim(both '-' from lower(regexp_replace(t."entityName", '[^[:alnum:]]+', '-', 'g'))))`;
const KIND_SQL = Prisma.sql`CASE WHEN b."id" IS NOT NULL THEN 'bodies' WHEN p."id" IS NOT NULL THEN 'people' ELSE 'entities' END`;
const NAME_SQL = Prisma.sql`COALESCE(b."name", p."name", t."entityName")`;

export const addresseeFilterSchema = z.object({
  q: z.string().trim().max(100).default(''),
  verb: z.enum(TargetVerb).nullable().default(null),
  jurisdiction: z
    .string()
    .regex(/^[a-z0-9-]{1,255}$/)
    .nullable()
    .default(null),
});
export type AddresseeFilter = z.infer<typeof addresseeFilterSchema>;

/** Reads the index's query string; anything malformed is dropped rather than refused. */
export function parseAddresseeFilter(params: Record<string, string | string[] | undefined>): AddresseeFilter {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const q = (one(params.q) ?? '').trim().slice(0, 100);
  const verb = one(params.verb);
  const jurisdiction = one(params.jurisdiction);
  return {
    q,
    verb: verb && (Object.values(TargetVerb) as string[]).includes(verb) ? (verb as TargetVerb) : null,
    jurisdiction: jurisdiction && isSlug(jurisdiction) ? jurisdiction : null,
  };
}

export function addresseesHref(filter: Partial<AddresseeFilter>): string {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.verb) params.set('verb', filter.verb);
  if (filter.jurisdiction) params.set('jurisdiction', filter.jurisdiction);
  const query = params.toString();
  return query ? `/addressees?${query}` : '/addressees';
}

type IndexRow = { kind: AddresseeKind; key: string; name: string; verb: TargetVerb; measures: number };

/** The index: addressees matching the filter with their counts by verb, and the verb and jurisdiction facets. */
export async function getAddresseeIndex(input: AddresseeFilter) {
  'use cache';
  cacheLife('days');
  const filter = cachedArgs('getAddresseeIndex', addresseeFilterSchema, input);
  cacheTag(tags.measureList, tags.bodyList, tags.peopleList);
  const where = Prisma.sql`${NAME_SQL} IS NOT NULL
    ${filter.q ? Prisma.sql`AND ${NAME_SQL} ILIKE ${`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : Prisma.empty}
    ${filter.jurisdiction ? Prisma.sql`AND j."slug" = ${filter.jurisdiction}` : Prisma.empty}`;
  const from = Prisma.sql`FROM "MeasureTarget" t
    JOIN "Measure" m ON m."id" = t."measureId"
    JOIN "Jurisdiction" j ON j."id" = m."jurisdictionId"
    LEFT JOIN "Body" b ON b."id" = t."bodyId"
    LEFT JOIN "Person" p ON p."id" = t."personId"`;
  const verbFilter = filter.verb ? Prisma.sql`AND t."verb" = ${filter.verb}::"TargetVerb"` : Prisma.empty;
  const [rows, verbs, jurisdictions] = await Promise.all([
    db.$queryRaw<IndexRow[]>`
      WITH matched AS (
        SELECT ${KIND_SQL} AS "kind", ${KEY_SQL} AS "key", ${NAME_SQL} AS "name", t."verb", t."measureId"
        ${from} WHERE ${where} ${verbFilter}
      ), top AS (
        SELECT "kind", "key" FROM matched GROUP BY 1, 2
        ORDER BY count(DISTINCT "measureId") DESC, min("name") LIMIT ${ADDRESSEES_SHOWN}
      )
      SELECT m."kind", m."key", min(m."name") AS "name", m."verb"::text AS "verb", count(DISTINCT m."measureId")::int AS "measures"
      FROM matched m JOIN top USING ("kind", "key")
      GROUP BY 1, 2, 4`,
    db.$queryRaw<{ verb: TargetVerb; measures: number }[]>`
      SELECT t."verb"::text AS "verb", count(DISTINCT t."measureId")::int AS "measures" ${from} WHERE ${where}
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    db.$queryRaw<{ slug: string; name: string; measures: number }[]>`
      SELECT j."slug", j."name", count(DISTINCT t."measureId")::int AS "measures" ${from}
      WHERE ${NAME_SQL} IS NOT NULL
        ${filter.q ? Prisma.sql`AND ${NAME_SQL} ILIKE ${`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : Prisma.empty}
        ${verbFilter}
      GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 50`,
  ]);
  const byKey = new Map<
    string,
    { kind: AddresseeKind; key: string; name: string; total: number; verbs: { verb: TargetVerb; measures: number }[] }
  >();
  for (const row of rows) {
    const id = `${row.kind}/${row.key}`;
    const entry = byKey.get(id) ?? { kind: row.kind, key: row.key, name: row.name, total: 0, verbs: [] };
    entry.verbs.push({ verb: row.verb, measures: row.measures });
    entry.total += row.measures;
    byKey.set(id, entry);
  }
  const addressees = [...byKey.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  for (const a of addressees) a.verbs.sort((x, y) => y.measures - x.measures);
  return { filter, addressees, verbs, jurisdictions };
}

/** One addressee: the measures that address it, with verb, quote and status, and counts by verb and jurisdiction. */
export async function getAddressee(kind: string, key: string) {
  'use cache';
  cacheLife('days');
  if (!(ADDRESSEE_KINDS as readonly string[]).includes(kind) || !isSlug(key)) return null;
  const match =
    kind === 'bodies'
      ? Prisma.sql`b."slug" = ${key}`
      : kind === 'people'
        ? Prisma.sql`p."slug" = ${key}`
        : Prisma.sql`t."bodyId" IS NULL AND t."personId" IS NULL AND trim(both '-' from lower(regexp_replace(t."entityName", '[^[:alnum:]]+', '-', 'g'))) = ${key}`;
  const rows = await db.$queryRaw<
    {
      name: string;
      verb: TargetVerb;
      quote: string | null;
      roleAsWritten: string | null;
      measureId: number;
      slug: string;
      identifier: string | null;
      title: string;
      type: string;
      stage: string;
      outcome: string;
      lastActionDate: Date | null;
      jurisdictionSlug: string;
      jurisdictionName: string;
      bodyId: number | null;
      personId: number | null;
    }[]
  >`
    SELECT ${NAME_SQL} AS "name", t."verb"::text AS "verb", t."quote", t."roleAsWritten", m."id" AS "measureId", m."slug",
           m."identifier", m."title", m."type"::text AS "type", m."stage"::text AS "stage", m."outcome"::text AS "outcome",
           m."lastActionDate", j."slug" AS "jurisdictionSlug", j."name" AS "jurisdictionName", t."bodyId", t."personId"
    FROM "MeasureTarget" t
    JOIN "Measure" m ON m."id" = t."measureId"
    JOIN "Jurisdiction" j ON j."id" = m."jurisdictionId"
    LEFT JOIN "Body" b ON b."id" = t."bodyId"
    LEFT JOIN "Person" p ON p."id" = t."personId"
    WHERE ${match}
    ORDER BY m."lastActionDate" DESC NULLS LAST, m."id" DESC, t."position"
    LIMIT ${ADDRESSEE_MEASURES_SHOWN}`;
  if (rows.length === 0) return null;
  const count = <K extends string>(keyOf: (r: (typeof rows)[number]) => K) => {
    const sets = new Map<K, Set<number>>();
    for (const r of rows) sets.set(keyOf(r), (sets.get(keyOf(r)) ?? new Set()).add(r.measureId));
    return [...sets.entries()].map(([k, s]) => ({ key: k, measures: s.size })).sort((a, b) => b.measures - a.measures);
  };
  const first = rows[0]!;
  cacheTag(
    ...pageTags([], {
      measures: rows.map((r) => r.measureId),
      bodies: first.bodyId ? [first.bodyId] : [],
      people: first.personId ? [first.personId] : [],
    }),
  );
  const jurisdictionNames = new Map(rows.map((r) => [r.jurisdictionSlug, r.jurisdictionName]));
  return {
    kind: kind as AddresseeKind,
    key,
    name: first.name,
    rows,
    byVerb: count((r) => r.verb),
    byJurisdiction: count((r) => r.jurisdictionSlug).map((c) => ({ ...c, name: jurisdictionNames.get(c.key)! })),
    truncated: rows.length === ADDRESSEE_MEASURES_SHOWN,
  };
}
