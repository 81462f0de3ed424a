// U.S. Congress from GPO's bulk data repository, no key needed: the Bill Status sitemap index lists one sitemap per
// Congress and bill type (…/sitemap/bulkdata/BILLSTATUS/<congress><type>/sitemap.xml), each listing every file
// with its <lastmod>. A run reads the index, then only the sitemaps that changed, then only the files whose
// <lastmod> is newer than what it stored, and imports each through lib/import (the one write path). The layout is
// the one the unitedstates/congress downloader reads (docs/decisions/040-sync-scheduling.md).
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { importFile } from '@/lib/import/run-import';
import type { SyncItem } from '@/lib/generated/prisma/client';
import type { RunContext } from './run';
import { congressSettingsSchema, type CongressSettings } from './sources';

export type SitemapEntry = { loc: string; lastmod: string | null };
type Fetched = Awaited<ReturnType<RunContext['http']['get']>>;

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

/** The <url> or <sitemap> entries of a sitemap or sitemap index; throws on something that is neither. */
export function parseSitemap(text: string): SitemapEntry[] {
  const doc = parser.parse(text) as {
    urlset?: { url?: { loc?: string; lastmod?: string }[] };
    sitemapindex?: { sitemap?: { loc?: string; lastmod?: string }[] };
  };
  const entries = doc.urlset?.url ?? doc.sitemapindex?.sitemap;
  if (!entries && !doc.urlset && !doc.sitemapindex) throw new Error('not a sitemap (no <urlset> or <sitemapindex>)');
  return (entries ?? [])
    .filter((e) => typeof e.loc === 'string' && e.loc)
    .map((e) => ({ loc: e.loc!, lastmod: e.lastmod ?? null }));
}

export function indexUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/sitemap/bulkdata/BILLSTATUS/sitemapindex.xml`;
}

/** "117hr" from …/BILLSTATUS/117hr/sitemap.xml. */
function collectionOf(loc: string): { congress: string; type: string } | null {
  const m = /\/BILLSTATUS\/(\d+)([a-z]+)\/sitemap\.xml$/i.exec(loc);
  return m ? { congress: m[1]!, type: m[2]!.toLowerCase() } : null;
}

const time = (value: string | null) => {
  if (!value) return null;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? null : t;
};

async function saveItem(ctx: RunContext, key: string, data: Partial<SyncItem> & { url: string }) {
  await ctx.db.syncItem.upsert({
    where: { sourceId_key: { sourceId: ctx.source.id, key } },
    create: { sourceId: ctx.source.id, key, ...data },
    update: data,
  });
}

type Stored = Map<string, Pick<SyncItem, 'key' | 'lastModified' | 'etag' | 'httpLastModified'>>;
/** SyncSource.cursor of a congress-bulk source: when the last complete sitemap pass started. */
type CongressCursor = { lastFullPassAt?: string };

export function feedUrl(settings: CongressSettings): string {
  return settings.feedUrl ?? `${settings.baseUrl.replace(/\/+$/, '')}/rss/billstatus-batch.xml`;
}

/** A Bill Status file's address in the bulk data repository: …/bulkdata/BILLSTATUS/118/hr/BILLSTATUS-118hr1.xml. */
export function billStatusFileUrl(baseUrl: string, name: string): string {
  const m = /^BILLSTATUS-(\d+)([a-z]+?)(\d+)\.xml$/.exec(name)!;
  return `${baseUrl.replace(/\/+$/, '')}/bulkdata/BILLSTATUS/${m[1]}/${m[2]}/${name}`;
}

const feedParser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item',
});

/**
 * The Bill Status files an RSS 2.0 feed of batch updates names, each with the time of the latest batch naming it.
 * GPO's feed (https://www.govinfo.gov/rss/billstatus-batch.xml) has one <item> per finished batch job, its
 * <pubDate> the batch's time and its <description> listing the files the batch updated; an item's <link> may
 * itself be a file. Every BILLSTATUS-<congress><type><number>.xml named in <link>, <guid> or <description> is
 * taken, so the listing's exact markup (a list of links, plain names) does not matter.
 */
export function parseBillStatusFeed(text: string): { name: string; published: Date }[] {
  const doc = feedParser.parse(text) as {
    rss?: { channel?: { item?: Record<string, unknown>[] } };
  };
  if (!doc.rss?.channel) throw new Error('not an RSS 2.0 feed (no <rss><channel>)');
  const newest = new Map<string, Date>();
  for (const item of doc.rss.channel.item ?? []) {
    const published = time(typeof item.pubDate === 'string' ? item.pubDate : null);
    if (!published) continue;
    const text = [item.link, item.guid, item.description, item.title]
      .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? JSON.stringify(v) : ''))
      .join(' ');
    for (const m of text.matchAll(/BILLSTATUS-\d+[a-z]+\d+\.xml/g)) {
      const prior = newest.get(m[0]);
      if (!prior || prior < published) newest.set(m[0], published);
    }
  }
  return [...newest].map(([name, published]) => ({ name, published }));
}

export async function runCongressBulk(ctx: RunContext): Promise<void> {
  const settings = congressSettingsSchema.parse(ctx.source.settings);
  const stored: Stored = new Map();
  for (const item of await ctx.db.syncItem.findMany({
    where: { sourceId: ctx.source.id },
    select: { key: true, lastModified: true, etag: true, httpLastModified: true },
  }))
    stored.set(item.key, item);

  // Between full passes, the feed of batch updates names what changed: only those files are read.
  const cursor = (ctx.source.cursor ?? {}) as CongressCursor;
  const lastFull = cursor.lastFullPassAt ? new Date(cursor.lastFullPassAt) : null;
  const everyMs = settings.fullPassEveryHours * 3_600_000;
  if (lastFull && everyMs > 0 && Date.now() - lastFull.getTime() < everyMs) {
    if (await runFeed(ctx, settings, stored)) return;
    ctx.log('the feed could not be read: a full sitemap pass instead');
  }
  const started = new Date();
  if (await runSitemapPass(ctx, settings, stored))
    await ctx.db.syncSource.update({
      where: { id: ctx.source.id },
      data: { cursor: { ...cursor, lastFullPassAt: started.toISOString() } },
    });
}

/** Reads the feed and takes the files it names that are newer than stored. False when the feed is unreadable. */
async function runFeed(ctx: RunContext, settings: CongressSettings, stored: Stored): Promise<boolean> {
  const url = feedUrl(settings);
  const key = 'feed';
  const prior = stored.get(key);
  let listed: { name: string; published: Date }[];
  let fetched;
  try {
    fetched = await ctx.http.get(url, { etag: prior?.etag, lastModified: prior?.httpLastModified });
    if (fetched.notModified) {
      ctx.log('feed not modified: nothing to do');
      return true;
    }
    listed = parseBillStatusFeed(Buffer.from(fetched.body).toString('utf8'));
  } catch (error) {
    await ctx.report(key, `${url}: ${(error as Error).message}`, url);
    return false;
  }
  const files = listed.filter(({ name }) => {
    const m = /^BILLSTATUS-(\d+)([a-z]+?)\d+\.xml$/.exec(name)!;
    if (settings.congresses.length && !settings.congresses.includes(m[1]!)) return false;
    return (settings.billTypes as string[]).includes(m[2]!);
  });
  ctx.log(`feed: ${listed.length} files named, ${files.length} followed`);
  let done = true;
  for (const { name, published } of files) {
    const entry = { loc: billStatusFileUrl(settings.baseUrl, name), lastmod: published.toISOString() };
    if ((await takeFile(ctx, entry, stored, false)) !== true) done = false;
  }
  // Saved only when every file it names is in, so a failed one is tried again next run.
  if (done)
    await saveItem(ctx, key, {
      url,
      etag: fetched.etag,
      httpLastModified: fetched.lastModified,
      checkedAt: new Date(),
    });
  return true;
}

/** The full pass over the sitemaps; true when it finished everything (or nothing had changed). */
async function runSitemapPass(ctx: RunContext, settings: CongressSettings, stored: Stored): Promise<boolean> {
  // The index: unchanged since a run that finished everything means nothing changed.
  const indexKey = 'sitemapindex';
  const url = indexUrl(settings.baseUrl);
  const prior = stored.get(indexKey);
  const index = await ctx.http.get(url, { etag: prior?.etag, lastModified: prior?.httpLastModified });
  if (index.notModified) {
    ctx.log(`sitemap index not modified: nothing to do`);
    return true;
  }
  let sitemaps = parseSitemap(Buffer.from(index.body).toString('utf8'));
  sitemaps = sitemaps.filter((s) => {
    const c = collectionOf(s.loc);
    if (!c) return false;
    if (settings.congresses.length && !settings.congresses.includes(c.congress)) return false;
    return (settings.billTypes as string[]).includes(c.type);
  });
  ctx.log(`sitemap index: ${sitemaps.length} sitemaps followed`);
  let allDone = true;

  for (const sitemap of sitemaps) {
    const c = collectionOf(sitemap.loc)!;
    const key = `sitemap:${c.congress}${c.type}`;
    const last = stored.get(key);
    const lastmod = time(sitemap.lastmod);
    if (lastmod && last?.lastModified && lastmod.getTime() <= last.lastModified.getTime()) continue;
    let result;
    try {
      result = await ctx.http.get(sitemap.loc, { etag: last?.etag, lastModified: last?.httpLastModified });
    } catch (error) {
      allDone = false;
      await ctx.report(key, (error as Error).message, sitemap.loc);
      continue;
    }
    if (result.notModified) {
      await saveItem(ctx, key, { url: sitemap.loc, lastModified: lastmod, checkedAt: new Date() });
      continue;
    }
    let files: SitemapEntry[];
    try {
      files = parseSitemap(Buffer.from(result.body).toString('utf8'));
    } catch (error) {
      allDone = false;
      await ctx.report(key, `${sitemap.loc}: ${(error as Error).message}`, sitemap.loc);
      continue;
    }
    let sitemapDone = true;
    // Files are fetched and imported `concurrency` at a time; two that raced to create the same person or
    // committee lose one of them to a unique violation, which is taken again alone afterwards.
    const again: { file: SitemapEntry; fetched: Fetched }[] = [];
    let next = 0;
    let stopped = false;
    const lane = async () => {
      while (next < files.length && !stopped) {
        const file = files[next++]!;
        try {
          const outcome = await takeFile(ctx, file, stored, settings.concurrency > 1);
          if (typeof outcome === 'object') again.push({ file, fetched: outcome.conflict });
          else if (!outcome) sitemapDone = false;
        } catch (error) {
          stopped = true; // the run is over (lease lost): the other lanes finish their file and stop
          throw error;
        }
      }
    };
    const lanes = await Promise.allSettled(Array.from({ length: settings.concurrency }, lane));
    const failure = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
    if (failure) throw failure.reason;
    // Taken again alone, from the bytes already fetched.
    for (const { file, fetched } of again)
      if ((await takeFile(ctx, file, stored, false, fetched)) !== true) sitemapDone = false;
    // Saved only once every file of it is in, so a run that stops midway reads this sitemap again next time.
    if (sitemapDone)
      await saveItem(ctx, key, {
        url: sitemap.loc,
        lastModified: lastmod,
        etag: result.etag,
        httpLastModified: result.lastModified,
        checkedAt: new Date(),
      });
    else allDone = false;
  }
  if (allDone)
    await saveItem(ctx, indexKey, {
      url,
      etag: index.etag,
      httpLastModified: index.lastModified,
      checkedAt: new Date(),
    });
  return allDone;
}

/** One Bill Status file: fetched and imported when its <lastmod> is newer than stored. False when it failed,
 * 'conflict' when it lost a race with a file imported at the same time (taken again alone). */
async function takeFile(
  ctx: RunContext,
  file: SitemapEntry,
  stored: Stored,
  raced: boolean,
  fetched?: Fetched,
): Promise<boolean | { conflict: Fetched }> {
  const key = file.loc.split('/').pop() ?? file.loc;
  const prior = stored.get(key);
  const lastmod = time(file.lastmod);
  if (!fetched && prior?.lastModified && lastmod && lastmod.getTime() <= prior.lastModified.getTime()) {
    ctx.counts.unchanged++;
    return true;
  }
  let result = fetched;
  if (!result) {
    await ctx.heartbeat();
    try {
      result = await ctx.http.get(file.loc, { etag: prior?.etag, lastModified: prior?.httpLastModified });
    } catch (error) {
      ctx.counts.failed++;
      await ctx.report(key, (error as Error).message, file.loc);
      return false;
    }
  }
  if (result.notModified) {
    ctx.counts.unchanged++;
    await saveItem(ctx, key, { url: file.loc, lastModified: lastmod, checkedAt: new Date() });
    stored.set(key, {
      key,
      lastModified: lastmod,
      etag: prior?.etag ?? null,
      httpLastModified: prior?.httpLastModified ?? null,
    });
    return true;
  }
  const report = await importFile(ctx.db, { name: key, bytes: result.body }, { actorLabel: ctx.actorLabel });
  if (
    raced &&
    report.outcome === 'failed' &&
    /unique constraint|deadlock|could not serialize/i.test(report.error ?? '')
  )
    return { conflict: result };
  ctx.counts.fetched++;
  if (report.outcome === 'failed') {
    ctx.counts.failed++;
    await ctx.report(key, report.error ?? 'import failed', file.loc);
    return false;
  }
  const stale = report.warnings.find((w) => w.startsWith('older than what is stored'));
  if (stale) {
    ctx.counts.skipped++;
    await ctx.report(key, `skipped: ${stale}`, file.loc);
  } else ctx.counts[report.outcome]++;
  ctx.changed.push(...report.changed);
  await saveItem(ctx, key, {
    url: file.loc,
    lastModified: lastmod,
    etag: result.etag,
    httpLastModified: result.lastModified,
    contentHash: createHash('sha256').update(result.body).digest('hex'),
    checkedAt: new Date(),
    ...(report.recordId ? { measureId: report.recordId } : {}),
  });
  stored.set(key, { key, lastModified: lastmod, etag: result.etag, httpLastModified: result.lastModified });
  return true;
}
