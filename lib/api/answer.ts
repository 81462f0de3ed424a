// One endpoint's answer as plain data: what its handler found, with `fields=` applied, serialized once. The route
// (lib/api/route.ts) turns it into a response; the answer cache (lib/api/cached.ts) keeps it between requests, which
// it can because an answer, unlike a Response, is plain strings and numbers.
import type { Endpoint } from './endpoints';
import { BadRequest, etagOf, type ProblemDetails } from './http';

export type Answer =
  /** A JSON body with its validator and the time of its newest record. */
  | { kind: 'json'; body: string; etag: string; lastModified?: string }
  /** A response the handler made itself (a 404 problem), kept whole. */
  | { kind: 'response'; status: number; body: string; headers: [string, string][] }
  /** A parameter the handler found wrong (a cursor of another list, an unknown field): answered 400. */
  | { kind: 'bad-request'; error: NonNullable<ProblemDetails['errors']>[number] };

const strictQueries = new WeakMap<Endpoint['query'], Endpoint['query']>();

/**
 * The endpoint's query schema refusing unknown parameters, made once per endpoint: zod builds a parser for each new
 * object schema on its first use, so `.strict()` on every request cost about 70 microseconds each time.
 */
export function strictQuery(endpoint: Endpoint): Endpoint['query'] {
  let schema = strictQueries.get(endpoint.query);
  if (!schema) {
    schema = endpoint.query.strict();
    strictQueries.set(endpoint.query, schema);
  }
  return schema;
}

/**
 * The query string as an object; a parameter given twice is an error (which one would count?), and so is a NUL
 * character, which no text column can hold (PostgreSQL refuses it outright).
 */
export function readQuery(url: URL): { values: Record<string, string>; repeated: string[]; withNul: string[] } {
  const values: Record<string, string> = {};
  const repeated: string[] = [];
  const withNul: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (key in values) repeated.push(key);
    if (value.includes('\u0000')) withNul.push(key);
    values[key] = value;
  }
  return { values, repeated, withNul };
}

/** `fields=a,b`: only those properties (and id, slug) of each item, or of the record. */
function selectFields(
  result: { body: unknown; fieldsOn?: 'data' | 'body' },
  fields: string | undefined,
  allowed: string[] | undefined,
) {
  if (!fields || !allowed || !result.fieldsOn) return result.body;
  const names = fields.split(',').filter(Boolean);
  const unknown = names.filter((name) => !allowed.includes(name));
  if (unknown.length > 0) {
    throw new BadRequest(
      'fields',
      `unknown field ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${allowed.join(', ')}`,
    );
  }
  const keep = new Set(['id', 'slug', ...names]);
  const pick = (item: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(item).filter(([key]) => keep.has(key)));
  const body = result.body as Record<string, unknown>;
  if (result.fieldsOn === 'body') return pick(body);
  return { ...body, data: (body.data as Record<string, unknown>[]).map(pick) };
}

/**
 * Runs the handler on parameters its schemas have already accepted. A Response it returns comes back as is when it
 * streams (CSV), and as an answer otherwise.
 */
export async function runEndpoint(
  endpoint: Endpoint,
  url: URL,
  query: Record<string, unknown>,
  params: Record<string, unknown>,
): Promise<Answer | Response> {
  try {
    const result = await endpoint.handler({ request: new Request(url), url, query, params } as never);
    if (result instanceof Response) {
      if (result.headers.get('content-type')?.startsWith('text/csv')) return result;
      return {
        kind: 'response',
        status: result.status,
        body: await result.text(),
        headers: [...result.headers.entries()],
      };
    }
    const body = JSON.stringify(selectFields(result, (query as { fields?: string }).fields, endpoint.fields));
    return { kind: 'json', body, etag: etagOf(body), lastModified: result.lastModified?.toISOString() };
  } catch (error) {
    if (error instanceof BadRequest) {
      return { kind: 'bad-request', error: { parameter: error.parameter, message: error.message } };
    }
    throw error;
  }
}
