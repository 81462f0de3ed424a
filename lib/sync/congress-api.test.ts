// The Congress.gov API v3 source against a local server speaking its JSON: the changed bills listed page by page
// (250 a page), each bill's record, actions and cosponsors written through the importer (status derived, change
// events by the sync), only what changed since the cursor read next time, 429 with Retry-After waited out, the key
// never stored or shown, and a run without a key refused.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ownTestDb } from '@/lib/test/db';
import { runSource } from './run';
import { parseSettings } from './sources';
import {
  startCongressApiServer,
  type ApiActionSample,
  type ApiBillSample,
  type CongressApiServer,
} from './testing/congress-api-server';

const { db } = ownTestDb();
let api: CongressApiServer;
const http = { ratePerSecond: 1000, backoffMs: 20 };

const floor = { code: 2, name: 'House floor actions' };
const loc = { code: 9, name: 'Library of Congress' };
const committee = { name: 'Sample Affairs Committee', systemCode: 'hszz00' };
const referred: ApiActionSample[] = [
  {
    actionCode: 'H11100',
    actionDate: '2023-05-01',
    text: 'Referred to the House Committee on Sample Affairs.',
    type: 'IntroReferral',
    sourceSystem: floor,
    committees: [committee],
  },
  {
    actionCode: 'Intro-H',
    actionDate: '2023-05-01',
    text: 'Introduced in House',
    type: 'IntroReferral',
    sourceSystem: loc,
  },
];
const agreed: ApiActionSample[] = [
  {
    actionCode: 'H37300',
    actionDate: '2023-06-15',
    text: 'On agreeing to the resolution Agreed to by voice vote.',
    type: 'Floor',
    sourceSystem: floor,
  },
  {
    actionCode: '8000',
    actionDate: '2023-06-15',
    text: 'Passed/agreed to in House: On agreeing to the resolution Agreed to by voice vote.',
    type: 'Floor',
    sourceSystem: loc,
  },
  ...referred,
];

function bill(number: string, overrides: Partial<ApiBillSample> = {}): ApiBillSample {
  return {
    congress: 118,
    type: 'HRES',
    number,
    title: `API resolution ${number}`,
    originChamber: 'House',
    introducedDate: '2023-05-01',
    updateDate: '2024-01-01T10:00:00Z',
    sponsors: [
      {
        bioguideId: 'A999101',
        fullName: 'Rep. Apisample, Ada [D-OR-3]',
        firstName: 'Ada',
        lastName: 'Apisample',
        party: 'D',
        state: 'OR',
        district: 3,
      },
    ],
    actions: referred,
    cosponsors: [
      {
        bioguideId: 'A999102',
        fullName: 'Rep. Cosample, Ben [R-TX-7]',
        firstName: 'Ben',
        lastName: 'Cosample',
        party: 'R',
        state: 'TX',
        district: 7,
        isOriginalCosponsor: true,
        sponsorshipDate: '2023-05-01',
      },
      {
        bioguideId: 'A999103',
        fullName: 'Rep. Late, Cora [D-CA-12]',
        firstName: 'Cora',
        lastName: 'Late',
        party: 'D',
        state: 'CA',
        district: 12,
        isOriginalCosponsor: false,
        sponsorshipDate: '2023-05-20',
      },
    ],
    ...overrides,
  };
}

async function source(name: string, settings: Record<string, unknown> = {}) {
  return db.syncSource.create({
    data: {
      kind: 'congress-api',
      name,
      jurisdiction: 'United States',
      settings: { baseUrl: api.baseUrl, congresses: ['118'], billTypes: ['hres'], ...settings },
      schedule: '0 * * * *',
    },
  });
}

const run = (id: number, extra: Record<string, unknown> = {}) =>
  runSource(db, id, { http, congressApiKey: api.key, ...extra });

beforeAll(async () => {
  api = await startCongressApiServer();
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.bills.clear();
  api.requests.length = 0;
  api.keysSeen.length = 0;
});

describe('the Congress.gov API source', () => {
  it('lists the changed bills page by page and writes each with its actions and cosponsors', async () => {
    const s = await source('API first');
    // From the start of the 118th Congress (2023). 250 House bills the source does not follow fill the first page: the two resolutions are on the second.
    for (let n = 1; n <= 250; n++)
      api.put(bill(String(n), { type: 'HR', listOnly: true, updateDate: '2024-01-01T09:00:00Z' }));
    api.put(bill('7101', { actions: agreed }));
    api.put(bill('7102', { updateDate: '2024-01-02T10:00:00Z' }));

    const first = await run(s.id);
    expect(first).toMatchObject({ ran: true, status: 'succeeded', counts: { fetched: 2, created: 2, failed: 0 } });
    // Two list pages, then bill, actions, cosponsors for each resolution.
    expect(api.requests).toHaveLength(2 + 2 * 3);
    expect(api.requests[0]).toMatch(
      /^\/v3\/bill\/118\?fromDateTime=2023-01-01T00%3A00%3A00Z&sort=updateDate\+asc&limit=250&offset=0&format=json$/,
    );
    expect(api.requests[1]).toContain('offset=250');
    expect(api.requests.slice(2, 5)).toEqual([
      '/v3/bill/118/hres/7101?format=json',
      '/v3/bill/118/hres/7101/actions?limit=250&offset=0&format=json',
      '/v3/bill/118/hres/7101/cosponsors?limit=250&offset=0&format=json',
    ]);
    expect(new Set(api.keysSeen)).toEqual(new Set([api.key]));

    const adopted = await db.measure.findFirstOrThrow({
      where: { title: 'API resolution 7101' },
      include: { actions: true, sponsorships: { include: { person: true } } },
    });
    expect(adopted).toMatchObject({ identifier: 'H.Res. 7101', type: 'resolution', outcome: 'adopted' });
    expect(adopted.actions.map((a) => a.text)).toContain('On agreeing to the resolution Agreed to by voice vote.');
    expect(adopted.sponsorships.map((p) => [p.kind, p.person?.name, p.isOriginal]).sort()).toEqual([
      ['cosponsor', 'Ben Cosample', true],
      ['cosponsor', 'Cora Late', false],
      ['primary', 'Ada Apisample', true],
    ]);
    // Only referred, in a Congress that is over: it expired (lib/status, as for the XML).
    expect(await db.measure.findFirst({ where: { title: 'API resolution 7102' } })).toMatchObject({
      outcome: 'expired',
    });
    const events = await db.changeEvent.findMany({ where: { measureId: adopted.id } });
    expect(new Set(events.map((e) => e.actorLabel))).toEqual(new Set(['sync: API first']));
    const item = await db.syncItem.findUniqueOrThrow({
      where: { sourceId_key: { sourceId: s.id, key: 'bill:118hres7101' } },
    });
    expect(item).toMatchObject({ measureId: adopted.id, url: `${api.baseUrl}/bill/118/hres/7101?format=json` });

    // Next run: from the cursor; one bill changed (agreed to), so only it is read again.
    api.put(bill('7102', { actions: agreed, updateDate: '2024-02-01T10:00:00Z' }));
    api.requests.length = 0;
    const second = await run(s.id);
    expect(second).toMatchObject({ ran: true, status: 'succeeded', counts: { fetched: 1, updated: 1 } });
    expect(api.requests[0]).toContain('fromDateTime=2024-01-02T10%3A00%3A00Z');
    // The list, then the changed bill's three.
    expect(api.requests.filter((r) => r.startsWith('/v3/bill/118/hres/'))).toEqual([
      '/v3/bill/118/hres/7102?format=json',
      '/v3/bill/118/hres/7102/actions?limit=250&offset=0&format=json',
      '/v3/bill/118/hres/7102/cosponsors?limit=250&offset=0&format=json',
    ]);
    const now = await db.measure.findFirstOrThrow({ where: { title: 'API resolution 7102' } });
    expect(now.outcome).toBe('adopted');
    const event = await db.changeEvent.findFirst({
      where: { measureId: now.id, entityType: 'measure', operation: 'update' },
      orderBy: { id: 'desc' },
    });
    expect(event).toMatchObject({
      actorLabel: 'sync: API first',
      after: expect.objectContaining({ outcome: 'adopted' }),
    });
  });

  it('waits as a 429 asks, and never stores or shows the key when a request fails', async () => {
    const s = await source('API errors');
    api.put(bill('7201'));
    api.put(bill('7202', { updateDate: '2024-01-03T00:00:00Z' }));
    api.failNext('/v3/bill/118', { status: 429, headers: { 'retry-after': '1' } });
    api.failNext('/hres/7201/actions', { status: 500 }, 2);
    const started = Date.now();
    const result = await run(s.id, { http: { ...http, retries: 1 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(result).toMatchObject({ ran: true, status: 'partial', counts: { created: 1, failed: 1 } });
    const errors = await db.syncRunError.findMany({ where: { runId: (result as { runId: number }).runId } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ itemKey: 'bill:118hres7201' });
    expect(errors[0]!.message).toMatch(/HTTP 500/);
    const stored = JSON.stringify([errors, await db.syncItem.findMany({ where: { sourceId: s.id } })]);
    expect(stored).not.toContain(api.key);
    const runRow = await db.syncRun.findUniqueOrThrow({ where: { id: (result as { runId: number }).runId } });
    expect(JSON.stringify(runRow)).not.toContain(api.key);

    // The cursor stayed below the failed bill: the next run takes it (and skips 7202, already in).
    api.requests.length = 0;
    const again = await run(s.id);
    expect(again).toMatchObject({ ran: true, status: 'succeeded', counts: { created: 1, fetched: 1, unchanged: 1 } });
    expect(await db.measure.findFirst({ where: { title: 'API resolution 7201' } })).not.toBeNull();
  });

  it('refuses to run without a key, and the admin settings are checked', async () => {
    const s = await source('API no key');
    const result = await runSource(db, s.id, { http, congressApiKey: '' });
    expect(result).toMatchObject({ ran: true, status: 'failed' });
    const [error] = await db.syncRunError.findMany({ where: { runId: (result as { runId: number }).runId } });
    expect(error!.message).toMatch(/CONGRESS_API_KEY is not set/);
    expect(api.requests).toEqual([]);

    expect(parseSettings('congress-api', {})).toMatchObject({
      ok: true,
      settings: { baseUrl: 'https://api.congress.gov/v3', congresses: ['119'] },
    });
    expect(parseSettings('congress-api', { congresses: [] })).toEqual({
      ok: false,
      errors: ['congresses: at least one Congress, like ["119"]'],
    });
    expect(parseSettings('congress-api', { baseUrl: 'ftp://x', congresses: ['x'] })).toMatchObject({
      ok: false,
      errors: ['baseUrl: an http or https address', 'congresses.0: a Congress number like 119'],
    });
  });
});
