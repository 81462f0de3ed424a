import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { z } from 'zod';
import { InvalidCachedArgumentsError, cachedArgs } from '@/lib/cache/cached-args';
import { readQuery, runEndpoint, strictQuery, type Answer } from './answer';
import { endpoints, type EndpointName } from './endpoints';

/** The endpoints whose JSON answers are cached (those that declare the tags revalidating them). */
const cacheable = Object.entries(endpoints)
  .filter(([, endpoint]) => endpoint.cacheTags)
  .map(([name]) => name) as [EndpointName, ...EndpointName[]];

const argsSchema = z.object({
  name: z.enum(cacheable),
  pathAndSearch: z.string().startsWith('/api/v1/').max(8192),
  params: z.record(z.string(), z.string()),
});

/**
 * One endpoint's JSON answer, cached per request path and query string (as sent: the answer's `self` link repeats
 * it) and revalidated by the tags the endpoint names, which are broad on purpose: any change to a measure expires
 * every cached measures list and measure answer, while the data functions under them (getMeasureBySlug) keep their
 * exact tags, so an answer expired by another record's change is rebuilt from cached data. CSV never comes here; it
 * streams. Like every 'use cache' function this is a server function anyone may call with any arguments: they are
 * parsed again here, as the route parsed them (lib/cache/cached-args.ts).
 */
export async function cachedApiAnswer(
  name: EndpointName,
  pathAndSearch: string,
  params: Record<string, string>,
): Promise<Answer> {
  'use cache';
  cacheLife('hours');
  const args = cachedArgs('cachedApiAnswer', argsSchema, { name, pathAndSearch, params });
  const endpoint = endpoints[args.name];
  const url = new URL(args.pathAndSearch, 'http://api.invalid');
  const { values, repeated, withNul } = readQuery(url);
  if (repeated.length > 0 || withNul.length > 0) throw new InvalidCachedArgumentsError('cachedApiAnswer');
  const query = strictQuery(endpoint).safeParse(values);
  const parsedParams = endpoint.params ? endpoint.params.safeParse(args.params) : { success: true, data: {} };
  if (!query.success || !parsedParams.success || (query.data as { format?: string }).format === 'csv') {
    throw new InvalidCachedArgumentsError('cachedApiAnswer');
  }
  const queryData = query.data as Record<string, unknown>;
  const paramData = parsedParams.data as Record<string, unknown>;
  cacheTag(...endpoint.cacheTags!({ query: queryData, params: paramData }));
  const answer = await runEndpoint(endpoint, url, queryData, paramData);
  if (answer instanceof Response) throw new Error(`${args.name} streamed an answer the cache cannot keep`);
  return answer;
}
