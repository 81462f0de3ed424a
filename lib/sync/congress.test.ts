// The Congress source against a local server speaking GPO's bulk data layout: first sync, an incremental one where
// one file changed (only it is fetched), 304s, 429 with Retry-After, a 500 then recovery, a malformed file reported
// while the run goes on, an older record that never overwrites a newer one, a run killed midway and resumed, two
// workers racing for one source, and a source removed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ownTestDb } from '@/lib/test/db';
import { sampleText } from '@/lib/test/samples';
import { runSource } from './run';
import { billFileName, billStatusXml } from './testing/bills';
import { startGpoServer, type GpoServer } from './testing/gpo-server';

const { db } = ownTestDb();
let gpo: GpoServer;
const http = { ratePerSecond: 1000, backoffMs: 20 };
const at = (iso: string) => new Date(iso);

/** The sample H.Res. 9003 (118th) renumbered, with its own title and update time. */
function bill(number: string, { title = `Sync test resolution ${number}`, updated = '2023-06-20T10:00:00Z' } = {}) {
  return sampleText('billstatus', 'BILLSTATUS-118hres9003.xml')
    .replace('<billNumber>9003</billNumber>', `<billNumber>${number}</billNumber>`)
    .replace(/(<bill>[\s\S]*?)<title>[^<]*<\/title>/, `$1<title>${title}</title>`)
    .replace(
      '<updateDate>2023-06-20T10:00:00Z</updateDate>\n  </bill>',
      `<updateDate>${updated}</updateDate>\n  </bill>`,
    );
}

/** A source that always makes the full sitemap pass unless `fullPassEveryHours` says otherwise (then runs in
 * between read the feed). */
async function source(name: string, concurrency = 2, fullPassEveryHours = 0) {
  return db.syncSource.create({
    data: {
      kind: 'congress-bulk',
      name,
      jurisdiction: 'United States',
      settings: { baseUrl: gpo.url, congresses: [], billTypes: ['hr', 'hres', 's'], concurrency, fullPassEveryHours },
      schedule: '*/5 * * * *',
    },
  });
}

beforeAll(async () => {
  gpo = await startGpoServer();
});
afterAll(async () => {
  await gpo.close();
});
beforeEach(() => {
  gpo.files.clear();
  gpo.batches.length = 0;
  gpo.requests.length = 0;
});

const measureTitled = (title: string) => db.measure.findFirst({ where: { title } });

describe('the Congress bulk data source', () => {
  it('imports every file on the first run, then fetches only what changed, with conditional requests', async () => {
    const s = await source('GPO first');
    gpo.put('BILLSTATUS-118hres8101.xml', bill('8101'), at('2024-01-01T00:00:00Z'));
    gpo.put('BILLSTATUS-118hres8102.xml', bill('8102'), at('2024-01-01T00:00:00Z'));
    gpo.put(
      'BILLSTATUS-119hr8103.xml',
      sampleText('billstatus', 'BILLSTATUS-119hr9001.xml').replace(
        '<billNumber>9001</billNumber>',
        '<billNumber>8103</billNumber>',
      ),
      at('2024-01-02T00:00:00Z'),
    );

    const first = await runSource(db, s.id, { http, trigger: 'command' });
    expect(first).toMatchObject({ ran: true, status: 'succeeded', counts: { fetched: 3, created: 3, failed: 0 } });
    // The index, two sitemaps, three files.
    expect(gpo.requests).toHaveLength(6);
    const made = await measureTitled('Sync test resolution 8101');
    expect(made).not.toBeNull();
    const events = await db.changeEvent.findMany({ where: { measureId: made!.id } });
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.actorLabel))).toEqual(new Set(['sync: GPO first']));
    const item = await db.syncItem.findUnique({
      where: { sourceId_key: { sourceId: s.id, key: 'BILLSTATUS-118hres8101.xml' } },
    });
    expect(item).toMatchObject({
      measureId: made!.id,
      url: `${gpo.url}/bulkdata/BILLSTATUS/118/hres/BILLSTATUS-118hres8101.xml`,
    });
    const after = await db.syncSource.findUniqueOrThrow({ where: { id: s.id } });
    expect(after.lastRunAt).not.toBeNull();
    expect(after.nextRunAt!.getTime()).toBeGreaterThan(after.lastRunAt!.getTime());
    expect(after.lockedBy).toBeNull();

    // Nothing changed: the index answers 304 and that is all.
    gpo.requests.length = 0;
    const idle = await runSource(db, s.id, { http });
    expect(idle).toMatchObject({ ran: true, status: 'succeeded', counts: { fetched: 0 } });
    expect(gpo.requests).toEqual(['/sitemap/bulkdata/BILLSTATUS/sitemapindex.xml']);

    // One file changed: the index, its sitemap, that file; nothing else.
    gpo.put(
      'BILLSTATUS-118hres8102.xml',
      bill('8102', { title: 'Sync test resolution 8102, amended', updated: '2024-02-01T00:00:00Z' }),
      at('2024-02-01T00:00:00Z'),
    );
    gpo.requests.length = 0;
    const incremental = await runSource(db, s.id, { http });
    expect(incremental).toMatchObject({
      ran: true,
      status: 'succeeded',
      counts: { fetched: 1, updated: 1, created: 0 },
    });
    expect(gpo.requests).toEqual([
      '/sitemap/bulkdata/BILLSTATUS/sitemapindex.xml',
      '/sitemap/bulkdata/BILLSTATUS/118hres/sitemap.xml',
      '/bulkdata/BILLSTATUS/118/hres/BILLSTATUS-118hres8102.xml',
    ]);
    const amended = await measureTitled('Sync test resolution 8102, amended');
    const titleEvent = await db.changeEvent.findFirst({
      where: { measureId: amended!.id, operation: 'update' },
      orderBy: { id: 'desc' },
    });
    expect(titleEvent?.actorLabel).toBe('sync: GPO first');

    // A newer <lastmod> with the same content: the file answers 304 (If-None-Match) and nothing is imported.
    const same = gpo.files.get('BILLSTATUS-118hres8101.xml')!;
    gpo.put(same.name, same.xml, at('2024-03-01T00:00:00Z'));
    const notModified = await runSource(db, s.id, { http });
    expect(notModified).toMatchObject({ ran: true, counts: { fetched: 0, unchanged: 2 } });
  });

  it('waits as a 429 asks, retries a 500, and goes on past a malformed file, reporting it', async () => {
    const s = await source('GPO retries', 1);
    gpo.put('BILLSTATUS-118hres8201.xml', bill('8201'), at('2024-01-01T00:00:00Z'));
    gpo.put('BILLSTATUS-118hres8202.xml', '<billStatus><bill><congress>118', at('2024-01-01T00:00:00Z'));
    gpo.put('BILLSTATUS-118hres8203.xml', bill('8203'), at('2024-01-01T00:00:00Z'));
    gpo.failNext('BILLSTATUS-118hres8201.xml', { status: 429, headers: { 'retry-after': '1' } });
    gpo.failNext('/118hres/sitemap.xml', { status: 500 });
    const started = Date.now();
    const result = await runSource(db, s.id, { http });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(result).toMatchObject({ ran: true, status: 'partial', counts: { created: 2, failed: 1 } });
    // index, sitemap (500), sitemap, 8201 (429), 8201, 8202, 8203
    expect(gpo.requests).toHaveLength(7);
    const errors = await db.syncRunError.findMany({ where: { runId: (result as { runId: number }).runId } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ itemKey: 'BILLSTATUS-118hres8202.xml' });
    expect(errors[0]!.message).toMatch(/broken XML/);

    // The malformed file is tried again next time (and only it); fixed at the source, it goes in.
    gpo.put('BILLSTATUS-118hres8202.xml', bill('8202'), at('2024-01-01T00:00:00Z'));
    gpo.requests.length = 0;
    const again = await runSource(db, s.id, { http });
    expect(again).toMatchObject({ ran: true, status: 'succeeded', counts: { created: 1, fetched: 1 } });
    expect(gpo.requests.filter((r) => r.startsWith('/bulkdata/'))).toEqual([
      '/bulkdata/BILLSTATUS/118/hres/BILLSTATUS-118hres8202.xml',
    ]);
  });

  it('gives up on a file when the server keeps failing, and reports it', async () => {
    const s = await source('GPO down');
    gpo.put('BILLSTATUS-118hres8301.xml', bill('8301'), at('2024-01-01T00:00:00Z'));
    gpo.failNext('BILLSTATUS-118hres8301.xml', { status: 503 }, 10);
    const result = await runSource(db, s.id, { http: { ...http, retries: 2 } });
    expect(result).toMatchObject({ ran: true, status: 'partial', counts: { failed: 1 } });
    const [error] = await db.syncRunError.findMany({ where: { runId: (result as { runId: number }).runId } });
    expect(error!.message).toMatch(/HTTP 503/);
  });

  it('never lets an older record overwrite a newer one', async () => {
    const s = await source('GPO stale');
    gpo.put(
      'BILLSTATUS-118hres8401.xml',
      bill('8401', { updated: '2024-05-01T00:00:00Z' }),
      at('2024-05-01T00:00:00Z'),
    );
    await runSource(db, s.id, { http });
    gpo.put(
      'BILLSTATUS-118hres8401.xml',
      bill('8401', { title: 'An old copy', updated: '2024-01-01T00:00:00Z' }),
      at('2024-06-01T00:00:00Z'),
    );
    const result = await runSource(db, s.id, { http });
    expect(result).toMatchObject({ ran: true, counts: { fetched: 1, skipped: 1, updated: 0 } });
    expect(await measureTitled('An old copy')).toBeNull();
    expect(await measureTitled('Sync test resolution 8401')).not.toBeNull();
  });

  it('resumes a run killed midway without fetching again what it had written', async () => {
    const s = await source('GPO killed', 1);
    for (const n of ['8501', '8502', '8503'])
      gpo.put(`BILLSTATUS-118hres${n}.xml`, bill(n), at('2024-01-01T00:00:00Z'));
    const killed = await runSource(db, s.id, { http, dieAfterItems: 1 });
    expect(killed).toMatchObject({ ran: true, status: 'running' });
    expect(await measureTitled('Sync test resolution 8501')).not.toBeNull();
    expect(await measureTitled('Sync test resolution 8502')).toBeNull();
    // Its lease still holds: no one else runs the source meanwhile.
    expect(await runSource(db, s.id, { http })).toMatchObject({ ran: false });
    // The lease runs out; the next run marks the dead one interrupted and takes up the rest.
    await db.syncSource.update({ where: { id: s.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    gpo.requests.length = 0;
    const resumed = await runSource(db, s.id, { http });
    expect(resumed).toMatchObject({ ran: true, status: 'succeeded', counts: { created: 2, fetched: 2 } });
    expect(gpo.requests.filter((r) => r.startsWith('/bulkdata/'))).toEqual([
      '/bulkdata/BILLSTATUS/118/hres/BILLSTATUS-118hres8502.xml',
      '/bulkdata/BILLSTATUS/118/hres/BILLSTATUS-118hres8503.xml',
    ]);
    const runs = await db.syncRun.findMany({ where: { sourceId: s.id }, orderBy: { id: 'asc' } });
    expect(runs.map((r) => r.status)).toEqual(['interrupted', 'succeeded']);
  });

  it('runs a source once when two workers race for it', async () => {
    const s = await source('GPO race');
    gpo.put('BILLSTATUS-118hres8601.xml', bill('8601'), at('2024-01-01T00:00:00Z'));
    const results = await Promise.all([
      runSource(db, s.id, { http, workerId: 'worker-a' }),
      runSource(db, s.id, { http, workerId: 'worker-b' }),
    ]);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
    expect(results.find((r) => !r.ran)).toMatchObject({ reason: /already going on/ });
    expect(await db.syncRun.count({ where: { sourceId: s.id } })).toBe(1);
    expect(await db.measure.count({ where: { title: 'Sync test resolution 8601' } })).toBe(1);
  });

  it('forgets a removed source but keeps what it imported', async () => {
    const s = await source('GPO removed');
    gpo.put('BILLSTATUS-118hres8701.xml', bill('8701'), at('2024-01-01T00:00:00Z'));
    await runSource(db, s.id, { http });
    await db.syncSource.delete({ where: { id: s.id } });
    expect(await db.syncItem.count({ where: { sourceId: s.id } })).toBe(0);
    expect(await db.syncRun.count({ where: { sourceId: s.id } })).toBe(0);
    expect(await measureTitled('Sync test resolution 8701')).not.toBeNull();
    expect(await runSource(db, s.id, { http })).toEqual({ ran: false, reason: `no source ${s.id} (removed?)` });
  });

  it('carries a status change at the source to the measure, as a change event of the sync', async () => {
    const s = await source('GPO status');
    gpo.put(billFileName(8801), billStatusXml(8801, { version: 'referred' }), at('2024-01-01T00:00:00Z'));
    await runSource(db, s.id, { http });
    const before = await measureTitled('Synced resolution 8801');
    // The 118th Congress is over: undecided, it expired.
    expect(before).toMatchObject({ outcome: 'expired' });
    gpo.put(billFileName(8801), billStatusXml(8801), at('2024-01-02T00:00:00Z'));
    expect(await runSource(db, s.id, { http })).toMatchObject({ counts: { updated: 1 } });
    const after = await db.measure.findUniqueOrThrow({ where: { id: before!.id } });
    expect(after.outcome).toBe('adopted');
    const event = await db.changeEvent.findFirst({
      where: { measureId: after.id, entityType: 'measure', operation: 'update' },
      orderBy: { id: 'desc' },
    });
    expect(event).toMatchObject({
      actorLabel: 'sync: GPO status',
      after: expect.objectContaining({ outcome: 'adopted' }),
    });
  });

  it('between full passes reads only the feed of batch updates and fetches only the files it names as changed', async () => {
    const s = await source('GPO feed', 2, 24);
    for (const n of ['8901', '8902', '8903'])
      gpo.put(`BILLSTATUS-118hres${n}.xml`, bill(n), at('2024-01-01T00:00:00Z'));
    // The first run has no full pass behind it: the sitemaps.
    const first = await runSource(db, s.id, { http });
    expect(first).toMatchObject({ ran: true, status: 'succeeded', counts: { created: 3 } });
    expect(gpo.requests[0]).toBe('/sitemap/bulkdata/BILLSTATUS/sitemapindex.xml');
    const cursor = (await db.syncSource.findUniqueOrThrow({ where: { id: s.id } })).cursor as {
      lastFullPassAt: string;
    };
    expect(Date.now() - new Date(cursor.lastFullPassAt).getTime()).toBeLessThan(60_000);

    // One file changes in a new batch; the feed still lists the first batch too (its files are not newer).
    gpo.put(
      'BILLSTATUS-118hres8902.xml',
      bill('8902', { title: 'Sync test resolution 8902, from the feed', updated: '2024-02-01T00:00:00Z' }),
      at('2024-02-01T00:00:00Z'),
    );
    gpo.requests.length = 0;
    const viaFeed = await runSource(db, s.id, { http });
    expect(viaFeed).toMatchObject({ ran: true, status: 'succeeded', counts: { fetched: 1, updated: 1, created: 0 } });
    expect(viaFeed).toMatchObject({ requests: 2 });
    expect(gpo.requests).toEqual([
      '/rss/billstatus-batch.xml',
      '/bulkdata/BILLSTATUS/118/hres/BILLSTATUS-118hres8902.xml',
    ]);
    expect(await measureTitled('Sync test resolution 8902, from the feed')).not.toBeNull();

    // The feed unchanged: one conditional request, answered 304.
    gpo.requests.length = 0;
    expect(await runSource(db, s.id, { http })).toMatchObject({ ran: true, counts: { fetched: 0 }, requests: 1 });
    expect(gpo.requests).toEqual(['/rss/billstatus-batch.xml']);

    // A change the feed missed waits for the full pass, which comes once the interval has gone by.
    gpo.put('BILLSTATUS-118hres8903.xml', bill('8903', { title: 'Missed by the feed' }), at('2024-03-01T00:00:00Z'), {
      feed: false,
    });
    expect(await runSource(db, s.id, { http })).toMatchObject({ counts: { fetched: 0 } });
    expect(await measureTitled('Missed by the feed')).toBeNull();
    await db.syncSource.update({
      where: { id: s.id },
      data: { cursor: { lastFullPassAt: new Date(Date.now() - 25 * 3_600_000).toISOString() } },
    });
    gpo.requests.length = 0;
    const full = await runSource(db, s.id, { http });
    expect(full).toMatchObject({ ran: true, status: 'succeeded', counts: { fetched: 1, updated: 1 } });
    expect(gpo.requests).toEqual([
      '/sitemap/bulkdata/BILLSTATUS/sitemapindex.xml',
      '/sitemap/bulkdata/BILLSTATUS/118hres/sitemap.xml',
      '/bulkdata/BILLSTATUS/118/hres/BILLSTATUS-118hres8903.xml',
    ]);
    expect(await measureTitled('Missed by the feed')).not.toBeNull();
    const after = (await db.syncSource.findUniqueOrThrow({ where: { id: s.id } })).cursor as {
      lastFullPassAt: string;
    };
    expect(Date.now() - new Date(after.lastFullPassAt).getTime()).toBeLessThan(60_000);
  });

  it('falls back to the full pass when the feed cannot be read, and reports the feed', async () => {
    const s = await source('GPO feed down', 2, 24);
    gpo.put('BILLSTATUS-118hres8951.xml', bill('8951'), at('2024-01-01T00:00:00Z'));
    await runSource(db, s.id, { http });
    gpo.put(
      'BILLSTATUS-118hres8951.xml',
      bill('8951', { title: 'Changed while the feed was down' }),
      at('2024-02-01T00:00:00Z'),
    );
    gpo.failNext('/rss/billstatus-batch.xml', { status: 404 });
    gpo.requests.length = 0;
    const result = await runSource(db, s.id, { http });
    expect(result).toMatchObject({ ran: true, status: 'partial', counts: { updated: 1 } });
    expect(gpo.requests[0]).toBe('/rss/billstatus-batch.xml');
    expect(gpo.requests[1]).toBe('/sitemap/bulkdata/BILLSTATUS/sitemapindex.xml');
    const [error] = await db.syncRunError.findMany({ where: { runId: (result as { runId: number }).runId } });
    expect(error).toMatchObject({ itemKey: 'feed' });
    expect(error!.message).toMatch(/HTTP 404/);
  });
});
