// U.S. Congress from the Congress.gov API v3 (https://api.congress.gov, a key from api.data.gov in CONGRESS_API_KEY):
// for each followed Congress, the bills updated since the cursor (/bill/<congress>?fromDateTime=…&sort=updateDate+asc,
// 250 a page), and for each the bill itself (its sponsor, title, origin, laws), its actions and its cosponsors. They
// are the same record a Bill Status file holds (the API is where GPO's files come from), so they are turned into
// the importer's BillStatus and written by lib/import's writeBillStatus: the one write path, statuses derived by
// lib/status as for the XML, change events by "sync: <source>". The key goes only in the request address and is
// cut out of every message and stored address.
import { BILL_TYPES, billIdentifier, congressName, type BillType } from '@/lib/import/billstatus/bill-types';
import type { BillAction, BillPerson, BillSponsor, BillStatus } from '@/lib/import/billstatus/parse';
import { writeBillStatus } from '@/lib/import/billstatus/write';
import { inImport } from './in-import';
import type { RunContext } from './run';
import { congressApiSettingsSchema, type CongressApiSettings } from './sources';

export const PAGE_SIZE = 250;
/** The API allows 5,000 requests an hour per key. */
export const CONGRESS_API_RATE_PER_SECOND = 5000 / 3600;

type ApiPerson = {
  bioguideId?: string;
  fullName?: string;
  firstName?: string;
  lastName?: string;
  middleName?: string;
  party?: string;
  state?: string;
  district?: number | string | null;
};
type ApiCosponsor = ApiPerson & {
  isOriginalCosponsor?: boolean;
  sponsorshipDate?: string;
  sponsorshipWithdrawnDate?: string;
};
type ApiBillSummary = {
  congress: number;
  number: string;
  type: string;
  updateDate: string;
  updateDateIncludingText?: string;
  url?: string;
};
type ApiBill = {
  congress: number;
  number: string;
  type: string;
  originChamber?: string;
  introducedDate?: string;
  title?: string;
  updateDate?: string;
  updateDateIncludingText?: string;
  sponsors?: ApiPerson[];
  laws?: { number: string; type: string }[];
  latestAction?: { actionDate: string; text: string };
};
type ApiAction = {
  actionCode?: string;
  actionDate: string;
  text?: string;
  sourceSystem?: { code?: number; name?: string };
  committees?: { name?: string; systemCode?: string }[];
};
type Page = { pagination?: { count?: number; next?: string } };

/** SyncSource.cursor of a congress-api source: per Congress, the update time of the last bill fully taken. */
type ApiCursor = { since?: Record<string, string> };

/** "2024-01-05T12:00:00Z": the API wants fromDateTime without fractions of a second. */
const apiTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export class CongressApiClient {
  constructor(
    private readonly ctx: RunContext,
    private readonly settings: CongressApiSettings,
    private readonly key: string,
  ) {}

  url(path: string, query: Record<string, string | number> = {}): string {
    const params = new URLSearchParams({
      ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
    });
    params.set('format', 'json');
    return `${this.settings.baseUrl.replace(/\/+$/, '')}${path}?${params}`;
  }

  /** Without the key: what is stored and shown. */
  redact(text: string): string {
    return text
      .split(this.key)
      .join('…')
      .replace(/api_key=[^&\s"]+/g, 'api_key=…');
  }

  async get<T>(url: string): Promise<T> {
    const withKey = `${url}&api_key=${encodeURIComponent(this.key)}`;
    try {
      const result = await this.ctx.http.get(withKey);
      if (result.notModified) throw new Error('unexpected 304');
      return JSON.parse(Buffer.from(result.body).toString('utf8')) as T;
    } catch (error) {
      throw new Error(this.redact(error instanceof Error ? error.message : String(error)));
    }
  }

  /** Every item of a paginated list (limit 250, offset …). */
  async all<T>(path: string, field: string, query: Record<string, string> = {}): Promise<T[]> {
    const out: T[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await this.get<Page & Record<string, unknown>>(
        this.url(path, { ...query, limit: PAGE_SIZE, offset }),
      );
      const items = (page[field] ?? []) as T[];
      out.push(...items);
      const count = page.pagination?.count;
      if (items.length < PAGE_SIZE || (count !== undefined && out.length >= count) || !items.length) break;
      await this.ctx.heartbeat();
    }
    return out;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}/;
const dateOf = (value: string | null | undefined) => value?.match(DATE)?.[0] ?? null;

function person(p: ApiPerson, where: string): BillPerson {
  if (!p.bioguideId) throw new Error(`${where}: no bioguideId`);
  const fullName = p.fullName ?? [p.firstName, p.lastName].filter(Boolean).join(' ');
  const name = [p.firstName, p.middleName, p.lastName].filter(Boolean).join(' ') || fullName;
  return {
    bioguideId: p.bioguideId,
    fullName,
    name,
    givenName: p.firstName ?? null,
    familyName: p.lastName ?? null,
    party: p.party ?? null,
    state: p.state ?? null,
    district: p.district === null || p.district === undefined ? null : String(p.district),
    chamber: /^Sen\.?\s/.test(fullName) ? 'Senate' : 'House',
  };
}

/** The API's bill, actions and cosponsors as the importer's BillStatus (what a Bill Status file would give). */
export function toBillStatus(
  bill: ApiBill,
  actions: ApiAction[],
  cosponsors: ApiCosponsor[],
  kept: { summary: string | null; subjects: string[]; textUrl: string | null },
  sourceUrl: string,
): BillStatus {
  const type = bill.type.replace(/[.\s]/g, '').toUpperCase();
  if (!(type in BILL_TYPES)) throw new Error(`"${bill.type}" is not a bill type`);
  const congress = String(bill.congress);
  const label = `${billIdentifier(type as BillType, bill.number)} (${congress})`;
  if (!bill.title) throw new Error(`${label}: the bill has no title`);
  if (bill.originChamber !== 'House' && bill.originChamber !== 'Senate')
    throw new Error(`${label}: "${bill.originChamber ?? ''}" is not a chamber (House or Senate)`);
  const notes: string[] = [];
  const billActions: BillAction[] = [];
  for (const a of actions) {
    const date = dateOf(a.actionDate);
    if (!date || !a.text?.trim()) {
      notes.push(`${label}: an action of ${a.actionDate} without ${date ? 'text' : 'a date'} was left out`);
      continue;
    }
    billActions.push({
      date,
      text: a.text.trim(),
      code: a.actionCode ?? null,
      sourceSystem: a.sourceSystem?.name ?? null,
      committees: (a.committees ?? []).flatMap((c) =>
        c.systemCode && c.name ? [{ systemCode: c.systemCode.toLowerCase(), name: c.name }] : [],
      ),
    });
  }
  // The API lists them newest first, as the files do: oldest first here (same-day order kept).
  billActions.reverse();
  return {
    congress,
    type: type as BillType,
    number: bill.number,
    originChamber: bill.originChamber,
    introducedDate: dateOf(bill.introducedDate),
    title: bill.title,
    subjects: kept.subjects,
    summary: kept.summary,
    textUrl: kept.textUrl,
    sponsors: (bill.sponsors ?? []).map((p, i) => person(p, `${label} sponsor ${i + 1}`)),
    cosponsors: cosponsors.map((p, i): BillSponsor => ({
      ...person(p, `${label} cosponsor ${i + 1}`),
      isOriginal: p.isOriginalCosponsor ?? false,
      sponsoredOn: dateOf(p.sponsorshipDate),
      withdrawnOn: dateOf(p.sponsorshipWithdrawnDate),
    })),
    actions: billActions,
    committees: [],
    relatedBills: [],
    relatedBillsComplete: false,
    laws: (bill.laws ?? []).map((l) => ({ type: l.type, number: l.number })),
    latestAction: bill.latestAction ? { date: bill.latestAction.actionDate, text: bill.latestAction.text } : null,
    updatedAt: bill.updateDateIncludingText ?? bill.updateDate ?? null,
    notes,
    source: {
      url: sourceUrl,
      title: `${billIdentifier(type as BillType, bill.number)} (${congressName(congress)}) on Congress.gov`,
      publisher: 'Library of Congress (Congress.gov API)',
    },
  };
}

export async function runCongressApi(ctx: RunContext, key: string | undefined): Promise<void> {
  if (!key)
    throw new Error(
      'CONGRESS_API_KEY is not set: get a key at https://api.congress.gov/sign-up/ and set it for the worker',
    );
  const settings = congressApiSettingsSchema.parse(ctx.source.settings);
  const api = new CongressApiClient(ctx, settings, key);
  const cursor = (ctx.source.cursor ?? {}) as ApiCursor;
  const since = { ...(cursor.since ?? {}) };

  for (const congress of settings.congresses) {
    const from = since[congress]
      ? new Date(since[congress])
      : settings.since
        ? new Date(`${settings.since}T00:00:00Z`)
        : new Date(`${1789 + 2 * (Number(congress) - 1)}-01-01T00:00:00Z`);
    let listed: ApiBillSummary[];
    try {
      listed = await api.all<ApiBillSummary>(`/bill/${congress}`, 'bills', {
        fromDateTime: apiTime(from),
        sort: 'updateDate asc',
      });
    } catch (error) {
      await ctx.report(`bills:${congress}`, (error as Error).message, api.url(`/bill/${congress}`));
      continue;
    }
    ctx.log(`${congress}th Congress: ${listed.length} bills updated since ${apiTime(from)}`);
    // The cursor moves up to just below the first bill that failed, so it is read again next run.
    let newest: Date | null = since[congress] ? new Date(since[congress]) : null;
    let blocked = false;
    for (const summary of listed) {
      const type = summary.type.toLowerCase();
      const updated = new Date(summary.updateDateIncludingText ?? summary.updateDate);
      if (!(settings.billTypes as string[]).includes(type)) {
        if (!blocked && !Number.isNaN(updated.getTime()) && (!newest || updated > newest)) newest = updated;
        continue;
      }
      const ok = await takeBill(ctx, api, summary, congress, type);
      if (!ok) blocked = true;
      if (!blocked && !Number.isNaN(updated.getTime()) && (!newest || updated > newest)) newest = updated;
    }
    if (newest) since[congress] = newest.toISOString();
  }
  await ctx.db.syncSource.update({ where: { id: ctx.source.id }, data: { cursor: { ...cursor, since } } });
}

/** One bill: skipped when its stored update time is as new; else read (bill, actions, cosponsors) and written. */
async function takeBill(
  ctx: RunContext,
  api: CongressApiClient,
  summary: ApiBillSummary,
  congress: string,
  type: string,
): Promise<boolean> {
  const key = `bill:${congress}${type}${summary.number}`;
  const path = `/bill/${congress}/${type}/${summary.number}`;
  const updated = new Date(summary.updateDateIncludingText ?? summary.updateDate);
  const prior = await ctx.db.syncItem.findUnique({
    where: { sourceId_key: { sourceId: ctx.source.id, key } },
    select: { lastModified: true },
  });
  if (prior?.lastModified && !Number.isNaN(updated.getTime()) && updated <= prior.lastModified) {
    ctx.counts.unchanged++;
    return true;
  }
  await ctx.heartbeat();
  const url = api.url(path);
  try {
    const { bill } = await api.get<{ bill: ApiBill }>(url);
    const actions = await api.all<ApiAction>(`${path}/actions`, 'actions');
    const cosponsors = await api.all<ApiCosponsor>(`${path}/cosponsors`, 'cosponsors');
    ctx.counts.fetched++;
    const identifier = billIdentifier(type.toUpperCase() as BillType, summary.number);
    // What the API's three lists do not hold (summary, subjects, text) stays as stored.
    const existing = await ctx.db.measure.findFirst({
      where: { identifier, jurisdiction: { slug: 'us' }, session: { identifier: congress } },
      select: { summary: true, subjects: true, textUrl: true },
    });
    const record = toBillStatus(
      bill,
      actions,
      cosponsors,
      {
        summary: existing?.summary ?? null,
        subjects: existing?.subjects ?? [],
        textUrl: existing?.textUrl ?? null,
      },
      `https://www.congress.gov/bill/${congressName(congress).replace(' Congress', '').toLowerCase()}-congress/${chamberPath(type)}/${summary.number}`,
    );
    const written = await inImport(ctx, (ictx) => writeBillStatus(ictx, record));
    const { result } = written;
    if ('skipped' in result && result.skipped) {
      ctx.counts.skipped++;
      await ctx.report(key, `skipped: ${result.skipped}`, url);
    } else if (result.created) ctx.counts.created++;
    else if (written.events > 0) ctx.counts.updated++;
    else ctx.counts.unchanged++;
    await ctx.db.syncItem.upsert({
      where: { sourceId_key: { sourceId: ctx.source.id, key } },
      create: {
        sourceId: ctx.source.id,
        key,
        url,
        lastModified: Number.isNaN(updated.getTime()) ? null : updated,
        checkedAt: new Date(),
        ...(result.id ? { measureId: result.id } : {}),
      },
      update: {
        url,
        lastModified: Number.isNaN(updated.getTime()) ? null : updated,
        checkedAt: new Date(),
        ...(result.id ? { measureId: result.id } : {}),
      },
    });
    return true;
  } catch (error) {
    if ((error as Error).name === 'RunAborted' || error?.constructor?.name === 'RunAborted') throw error;
    ctx.counts.failed++;
    await ctx.report(key, api.redact((error as Error).message), url);
    return false;
  }
}

/** Congress.gov's page of a bill: /bill/118th-congress/house-resolution/9003. */
function chamberPath(type: string): string {
  return (
    {
      hr: 'house-bill',
      s: 'senate-bill',
      hres: 'house-resolution',
      sres: 'senate-resolution',
      hjres: 'house-joint-resolution',
      sjres: 'senate-joint-resolution',
      hconres: 'house-concurrent-resolution',
      sconres: 'senate-concurrent-resolution',
    } as Record<string, string>
  )[type]!;
}
