// The HTTP side of the public API (/api/v1): every header an API response carries lives here, apart from the pages'
// own (next.config.js): caching and revalidation, ETag / Last-Modified with 304s, CORS for GET, RFC 9457 problem
// details for errors, and CSV streamed in batches. Handlers return data; lib/api/route.ts turns it into a response.
import { createHash } from 'node:crypto';

/**
 * Public data changes only through writes that revalidate the cached pages (docs/decisions/022-caching.md); the API
 * answers from the same tagged caches (lib/api/cached.ts) or the database, so a shared cache may keep a response a
 * minute and serve it stale for five more while it revalidates, and a browser always asks again (with its validators).
 */
export const API_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';
export const NO_STORE = 'no-store';

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, X-API-Key, If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers':
    'ETag, Last-Modified, Link, Retry-After, RateLimit, RateLimit-Policy, X-Next-Cursor, Content-Disposition',
  'Access-Control-Max-Age': '86400',
};

/** The answer to a CORS preflight. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, 'Cache-Control': 'public, max-age=86400' } });
}

/** A parameter the handler found wrong after parsing (a cursor of another list): answered 400 naming it. */
export class BadRequest extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

export type ProblemStatus = 400 | 401 | 404 | 405 | 406 | 429 | 500 | 503;

const problemTitles: Record<ProblemStatus, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** For 400s: each parameter that was wrong, and why. */
  errors?: { parameter: string; message: string }[];
};

/** An RFC 9457 problem document. `type` is a page of the API reference naming the kind of problem. */
export function problem(
  status: ProblemStatus,
  detail: string,
  extra: { instance?: string; errors?: ProblemDetails['errors']; headers?: Record<string, string> } = {},
): Response {
  const body: ProblemDetails = {
    type: `/api/docs#problem-${status}`,
    title: problemTitles[status],
    status,
    detail,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...CORS_HEADERS,
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': NO_STORE,
      ...extra.headers,
    },
  });
}

/** A weak validator of a body: the same JSON gives the same ETag on every instance. */
export function etagOf(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether If-None-Match names the ETag (weak comparison, RFC 9110 13.1.2). */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

/** Whether the resource is unchanged since If-Modified-Since (read only without If-None-Match, RFC 9110 13.2.2). */
export function notModifiedSince(request: Request, lastModified: Date | undefined): boolean {
  if (!lastModified || request.headers.has('if-none-match')) return false;
  const since = request.headers.get('if-modified-since');
  if (!since) return false;
  const time = Date.parse(since);
  return Number.isFinite(time) && Math.floor(lastModified.getTime() / 1000) * 1000 <= time;
}

/** A JSON response with validators, answering 304 when the client's copy is current. */
export function jsonResponse(
  request: Request,
  data: unknown,
  options: { lastModified?: Date; headers?: Record<string, string>; contentType?: string } = {},
): Response {
  const body = JSON.stringify(data);
  return jsonTextResponse(request, body, etagOf(body), options);
}

/** The same, for a body already serialized with its ETag (an answer from the cache, lib/api/cached.ts). */
export function jsonTextResponse(
  request: Request,
  body: string,
  etag: string,
  options: { lastModified?: Date; headers?: Record<string, string>; contentType?: string } = {},
): Response {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'Cache-Control': API_CACHE_CONTROL,
    ETag: etag,
    Vary: 'Accept-Encoding',
    ...(options.lastModified ? { 'Last-Modified': options.lastModified.toUTCString() } : {}),
    ...options.headers,
  };
  if (etagMatches(request.headers.get('if-none-match'), etag) || notModifiedSince(request, options.lastModified)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...headers, 'Content-Type': options.contentType ?? 'application/json; charset=utf-8' },
  });
}

// ---------- CSV ----------

export { csvCell, csvRow } from '@/lib/dashboard/csv';

/**
 * CSV streamed batch by batch: `next` is called for each batch (keyset-paginated by the caller) until it returns
 * none, so only one batch is ever in memory, and a client that goes away stops the reading (cancel).
 */
export function csvStreamResponse(
  filename: string,
  header: string,
  next: () => Promise<string[] | null>,
  extraHeaders: Record<string, string> = {},
): Response {
  const encoder = new TextEncoder();
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte order mark, so spreadsheets read the file as UTF-8.
      controller.enqueue(encoder.encode('\uFEFF' + header));
    },
    async pull(controller) {
      if (done) return;
      try {
        const lines = await next();
        if (!lines) {
          done = true;
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(lines.join('')));
      } catch (error) {
        done = true;
        controller.error(error);
      }
    },
    cancel() {
      done = true;
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      ...CORS_HEADERS,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': API_CACHE_CONTROL,
      ...extraHeaders,
    },
  });
}
