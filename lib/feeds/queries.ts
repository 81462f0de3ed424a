import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/lib/db';
import { pageTags, tags } from '@/lib/cache/tags';
import { readBodyFeed, readMeasureFeed, readPersonFeed, readSearchFeed, type FeedData } from '@/lib/feeds/read-feeds';
import type { Feed } from '@/lib/feeds/render';
import { siteUrl } from '@/lib/site';
import { cachedArgs, isSlug } from '@/lib/cache/cached-args';
import { searchParamsSchema, type SearchParams } from '@/lib/search/params';

// Feeds are cached like the pages they follow and carry the same tags, so an edit that revalidates a page
// revalidates its feeds too.
function tagFeed(data: FeedData | null, ...extra: string[]): Feed | null {
  cacheTag(...pageTags(extra, { measures: data?.measureIds, people: data?.personIds, bodies: data?.bodyIds }));
  return data?.feed ?? null;
}

export async function getMeasureFeed(slug: string) {
  'use cache';
  cacheLife('days');
  // Anything but a slug names nothing (a NUL byte would fail the query): no feed, without a query.
  if (!isSlug(slug)) return null;
  return tagFeed(await readMeasureFeed(db, slug, siteUrl()), tags.measureSlug(slug));
}

export async function getPersonFeed(slug: string) {
  'use cache';
  cacheLife('days');
  if (!isSlug(slug)) return null;
  return tagFeed(await readPersonFeed(db, slug, siteUrl()), tags.personSlug(slug), tags.measureList);
}

export async function getBodyFeed(slug: string) {
  'use cache';
  cacheLife('days');
  if (!isSlug(slug)) return null;
  return tagFeed(await readBodyFeed(db, slug, siteUrl()), tags.bodySlug(slug), tags.measureList);
}

export async function getSearchFeed(search: SearchParams) {
  'use cache';
  cacheLife('days');
  const params = cachedArgs('getSearchFeed', searchParamsSchema, search);
  return tagFeed(await readSearchFeed(db, params, siteUrl()), tags.measureList);
}
