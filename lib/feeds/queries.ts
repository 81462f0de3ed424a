import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/lib/db';
import { pageTags, tags } from '@/lib/cache/tags';
import { readBodyFeed, readMeasureFeed, readPersonFeed, readSearchFeed, type FeedData } from '@/lib/feeds/read-feeds';
import type { Feed } from '@/lib/feeds/render';
import type { SearchParams } from '@/lib/search/params';
import { siteUrl } from '@/lib/site';

// Feeds are cached like the pages they follow and carry the same tags, so an edit that revalidates a page
// revalidates its feeds too.
function tagFeed(data: FeedData | null, ...extra: string[]): Feed | null {
  cacheTag(...pageTags(extra, { measures: data?.measureIds, people: data?.personIds, bodies: data?.bodyIds }));
  return data?.feed ?? null;
}

export async function getMeasureFeed(slug: string) {
  'use cache';
  cacheLife('days');
  return tagFeed(await readMeasureFeed(db, slug, siteUrl()), tags.measureSlug(slug));
}

export async function getPersonFeed(slug: string) {
  'use cache';
  cacheLife('days');
  return tagFeed(await readPersonFeed(db, slug, siteUrl()), tags.personSlug(slug), tags.measureList);
}

export async function getBodyFeed(slug: string) {
  'use cache';
  cacheLife('days');
  return tagFeed(await readBodyFeed(db, slug, siteUrl()), tags.bodySlug(slug), tags.measureList);
}

export async function getSearchFeed(params: SearchParams) {
  'use cache';
  cacheLife('days');
  return tagFeed(await readSearchFeed(db, params, siteUrl()), tags.measureList);
}
