// The OpenAPI 3.1 document of /api/v1, generated from the registry's zod schemas (lib/api/endpoints.ts) by
// zod-openapi: the same objects parse the requests, so the document describes what the code does.
import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from 'zod';
import { endpoints, type Endpoint } from './endpoints';
import { problemSchema } from './schemas';

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

const rateLimitHeaders = {
  RateLimit: {
    description: 'The remaining quota of this window and when it resets (draft-ietf-httpapi-ratelimit-headers).',
    schema: { type: 'string' as const },
  },
  'RateLimit-Policy': { description: 'The quota and window, e.g. `60;w=60`.', schema: { type: 'string' as const } },
};

/** An object with only some of its properties: those `fields=` named, and id and slug (always kept) when it has them. */
function selectedObject(schema: z.ZodObject): z.ZodType {
  const always = Object.fromEntries(['id', 'slug'].filter((key) => key in schema.shape).map((key) => [key, true]));
  return schema.partial().required(always as never);
}

/**
 * What an endpoint with `fields=` answers when it is given: each item of `data` (a list) or the record itself with
 * only the named properties (lib/api/answer.ts selectFields). Null when the response has no such shape.
 */
export function selectedResponse(response: z.ZodType): z.ZodType | null {
  if (!(response instanceof z.ZodObject)) return null;
  const data = response.shape.data;
  if (data instanceof z.ZodArray && data.element instanceof z.ZodObject) {
    return response.extend({ data: z.array(selectedObject(data.element)) });
  }
  return selectedObject(response);
}

function operation(name: string, endpoint: Endpoint) {
  const selected = endpoint.fields ? selectedResponse(endpoint.response) : null;
  const json = selected
    ? z
        .union([endpoint.response, selected])
        .meta({ description: 'Every property, or with `fields=` only those named (and id and slug).' })
    : endpoint.response;
  const content: Record<string, { schema: z.ZodType }> = { 'application/json': { schema: json } };
  if (endpoint.csv) content['text/csv'] = { schema: z.string().meta({ description: 'CSV with a header row.' }) };
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [endpoint.tag],
    requestParams: { query: endpoint.query, ...(endpoint.params ? { path: endpoint.params } : {}) },
    responses: {
      '200': {
        description: 'OK',
        headers: {
          ETag: { description: 'A validator: send it back in If-None-Match.', schema: { type: 'string' as const } },
          ...rateLimitHeaders,
        },
        content,
      },
      '304': { description: 'Not modified since the ETag or Last-Modified you sent.' },
      '400': problemResponse('A parameter is not valid: `errors` names each.'),
      ...(endpoint.notFound ? { '404': problemResponse(`No such record (${name}).`) } : {}),
      '429': {
        ...problemResponse('Too many requests: wait Retry-After seconds.'),
        headers: { 'Retry-After': { schema: { type: 'string' as const } }, ...rateLimitHeaders },
      },
      '500': problemResponse('The server failed; the error is logged.'),
    },
  };
}

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  if (cached) return cached;
  const paths: ZodOpenApiPathsObject = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    paths[endpoint.path] = { ...paths[endpoint.path], get: operation(name, endpoint) };
  }
  cached = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Resolution Tracker API',
      version: '1.0.0',
      description:
        'Read-only public data: measures, people, bodies, jurisdictions, actions and search. Cursor pagination ' +
        '(pass `pagination.nextCursor` back as `cursor`), `fields=` selection, ETag/Last-Modified validators, ' +
        'CSV with `format=csv` on lists. Anonymous requests are limited per address; send an API key (from your ' +
        'account page) as `Authorization: Bearer <key>` or `X-API-Key` for a higher limit. Errors are RFC 9457 ' +
        'problem details.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key from your account page.' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
    security: [{}, { bearer: [] }, { apiKey: [] }],
    paths,
  });
  return cached;
}
