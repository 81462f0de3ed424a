import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { cachedArgs } from '@/lib/cache/cached-args';
import { searchParamsSchema, type SearchParams } from '@/lib/search/params';
import { searchMeasures, type SearchResult } from '@/lib/search/queries';

/**
 * The search page's answer, cached per query (its words, facets, sort and page as parsed, so spellings of the same
 * URL share an entry) and revalidated by any change to a measure, person or body: every write names those list
 * tags (lib/cache/tags.ts tagsForChange). A popular search costs one query per change instead of one per visitor;
 * Next's cache handler bounds the memory it uses and drops the least recently used entries.
 */
export async function cachedSearch(search: SearchParams): Promise<SearchResult> {
  'use cache';
  cacheLife('hours');
  const params = cachedArgs('cachedSearch', searchParamsSchema, search);
  cacheTag(tags.measureList, tags.peopleList, tags.bodyList);
  return searchMeasures(db, params);
}
