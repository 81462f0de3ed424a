// The audit log as admins read it: change events filtered by who, which kind of record and when, newest first, a page
// at a time. Each filter follows an index of ChangeEvent ((actorId, at), (entityType, entityId, at), (at)), and a page
// is read with one row more than it shows to know whether another follows, instead of counting the whole table.
// The caller checks the 'audit.read' permission (app/(admin)/admin/audit/page.tsx does).
import 'server-only';
import { z } from 'zod';
import { describeActor, describeChange, type HistoryEntry } from '@/lib/changes/queries';
import type { ChangeEntityType, DbTx } from '@/lib/changes/record-change';
import { parsePartialDate } from '@/lib/measures/schemas';

export const AUDIT_ENTITY_TYPES = [
  'measure',
  'action',
  'sponsorship',
  'measureTarget',
  'measureRelation',
  'source',
  'sourceCitation',
  'person',
  'membership',
  'externalIdentifier',
  'body',
  'jurisdiction',
  'legislativeSession',
  'user',
] as const satisfies readonly ChangeEntityType[];

export const AUDIT_PAGE_SIZE = 50;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const day = z.preprocess(
  first,
  z.string().transform((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (!parsed || parsed.precision !== 'day') {
      ctx.addIssue({ code: 'custom', message: 'not a day' });
      return z.NEVER;
    }
    return parsed.date;
  }),
);

/** The filters as the URL carries them; anything that does not parse falls back to "no filter" (or page 1). */
export const auditFiltersSchema = z
  .object({
    user: z
      .preprocess(first, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/))
      .optional()
      .catch(undefined),
    entity: z.preprocess(first, z.enum(AUDIT_ENTITY_TYPES)).optional().catch(undefined),
    from: day.optional().catch(undefined),
    to: day.optional().catch(undefined),
    page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
  })
  .transform((value) => (value.from && value.to && value.to < value.from ? { ...value, to: undefined } : value));

export type AuditFilters = z.output<typeof auditFiltersSchema>;

export function parseAuditFilters(searchParams: Record<string, string | string[] | undefined>): AuditFilters {
  return auditFiltersSchema.parse(searchParams);
}

/** The URL query of these filters (page 1 unless given), for links that keep the other filters. */
export function auditQuery(filters: AuditFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.user) params.set('user', filters.user);
  if (filters.entity) params.set('entity', filters.entity);
  if (filters.from) params.set('from', filters.from.toISOString().slice(0, 10));
  if (filters.to) params.set('to', filters.to.toISOString().slice(0, 10));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export type AuditEntry = HistoryEntry & {
  /** The editor page of the record, or of the record it belongs to, when there is one. */
  href: string | null;
};

const DAY = 24 * 60 * 60 * 1000;

function numberField(json: unknown, field: string): number | null {
  const value = json && typeof json === 'object' ? (json as Record<string, unknown>)[field] : null;
  return typeof value === 'number' ? value : null;
}

function editPage(event: {
  entityType: string;
  entityId: string;
  measureId: number | null;
  before: unknown;
  after: unknown;
}): string | null {
  const id = /^\d+$/.test(event.entityId) ? event.entityId : null;
  if (event.entityType === 'measure' && id) return `/admin/measures/${id}`;
  if (event.entityType === 'person' && id) return `/admin/people/${id}`;
  if (event.entityType === 'body' && id) return `/admin/bodies/${id}`;
  if (event.measureId != null) return `/admin/measures/${event.measureId}`;
  if (event.entityType === 'user') return '/admin/users';
  const personId = numberField(event.after, 'personId') ?? numberField(event.before, 'personId');
  if (personId != null) return `/admin/people/${personId}`;
  const bodyId = numberField(event.after, 'bodyId') ?? numberField(event.before, 'bodyId');
  if (bodyId != null && event.entityType === 'externalIdentifier') return `/admin/bodies/${bodyId}`;
  return null;
}

export async function findChangeEvents(db: DbTx, filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE) {
  const at =
    filters.from || filters.to
      ? { gte: filters.from, lt: filters.to ? new Date(filters.to.getTime() + DAY) : undefined }
      : undefined;
  const rows = await db.changeEvent.findMany({
    where: { actorId: filters.user, entityType: filters.entity, at },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (filters.page - 1) * pageSize,
    take: pageSize + 1,
    select: {
      id: true,
      at: true,
      actorLabel: true,
      entityType: true,
      entityId: true,
      operation: true,
      measureId: true,
      before: true,
      after: true,
      actor: { select: { name: true, email: true } },
    },
  });
  // A deleted measure keeps its events but has no edit page: one query finds which of the linked measures remain.
  const linked = rows
    .map((event) => editPage(event))
    .flatMap((href) => (href?.startsWith('/admin/measures/') ? [Number(href.slice('/admin/measures/'.length))] : []));
  const remaining = new Set(
    linked.length
      ? (await db.measure.findMany({ where: { id: { in: [...new Set(linked)] } }, select: { id: true } })).map(
          (m) => m.id,
        )
      : [],
  );
  const hrefFor = (event: (typeof rows)[number]) => {
    const href = editPage(event);
    return href?.startsWith('/admin/measures/') && !remaining.has(Number(href.slice('/admin/measures/'.length)))
      ? null
      : href;
  };
  const entries: AuditEntry[] = rows.slice(0, pageSize).map((event) => ({
    id: event.id.toString(),
    at: event.at,
    who: describeActor(event),
    entityType: event.entityType,
    entityId: event.entityId,
    operation: event.operation,
    href: hrefFor(event),
    changes: describeChange(event.before, event.after),
  }));
  return { entries, hasNext: rows.length > pageSize };
}

/** The users the "who" filter offers: everyone with an account that can write (editors and admins). */
export async function listAuditActors(db: DbTx) {
  const users = await db.user.findMany({
    where: { role: { in: ['editor', 'admin'] } },
    orderBy: [{ email: 'asc' }],
    take: 500,
    select: { id: true, name: true, email: true },
  });
  return users.map((u) => ({ value: u.id, label: u.name ? `${u.name} (${u.email})` : u.email }));
}
