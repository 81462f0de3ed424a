// Turns a registry entry (lib/api/endpoints.ts) into the route handlers of its file under app/api/v1: parameters
// checked with the endpoint's zod schema (400 problem naming each wrong one), the handler run (lib/api/answer.ts),
// `fields=` applied, or the answer taken from the cache for the endpoints that name their tags (lib/api/cached.ts),
// and the answer given with the headers of lib/api/http.ts. Nothing the client sends makes it answer 500: an
// unexpected error is logged and answered as a 500 problem without its details.
import type { z } from 'zod';
import { readQuery, runEndpoint, strictQuery, type Answer } from './answer';
import { cachedApiAnswer } from './cached';
import { endpoints, type Endpoint, type EndpointName } from './endpoints';
import { jsonTextResponse, preflightResponse, problem } from './http';
import { applyRateLimit } from './rate-limit';

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

const issuesOf = (error: z.ZodError, prefix = '') =>
  error.issues.map((issue) => ({
    parameter: prefix + (issue.path.map(String).join('.') || '(query)'),
    message: issue.message,
  }));

/** The response of an answer, from the cache or not. */
function answerResponse(request: Request, answer: Answer, instance: string): Response {
  switch (answer.kind) {
    case 'json':
      return jsonTextResponse(request, answer.body, answer.etag, {
        lastModified: answer.lastModified ? new Date(answer.lastModified) : undefined,
      });
    case 'response':
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    case 'bad-request':
      return problem(400, 'Some parameters are not valid.', { instance, errors: [answer.error] });
  }
}

export async function handleApiRequest(
  name: EndpointName,
  request: Request,
  context?: RouteContext,
): Promise<Response> {
  const endpoint = endpoints[name] as Endpoint;
  const url = new URL(request.url);
  const instance = url.pathname;
  try {
    const limited = await applyRateLimit(request);
    if (limited.response) return limited.response;
    const withLimit = (response: Response) => {
      for (const [name, value] of Object.entries(limited.headers)) response.headers.set(name, value);
      return response;
    };

    const { values, repeated, withNul } = readQuery(url);
    if (withNul.length > 0) {
      return withLimit(
        problem(400, 'A parameter holds a NUL character.', {
          instance,
          errors: withNul.map((parameter) => ({ parameter, message: 'must not contain a NUL character (%00)' })),
        }),
      );
    }
    if (repeated.length > 0) {
      return withLimit(
        problem(400, 'A parameter was given more than once.', {
          instance,
          errors: repeated.map((parameter) => ({ parameter, message: 'given more than once' })),
        }),
      );
    }
    const query = strictQuery(endpoint).safeParse(values);
    if (!query.success) {
      return withLimit(problem(400, 'Some parameters are not valid.', { instance, errors: issuesOf(query.error) }));
    }
    let params: Record<string, unknown> = {};
    let rawParams: Record<string, string> = {};
    if (endpoint.params) {
      rawParams = ((await context?.params) ?? {}) as Record<string, string>;
      const parsed = endpoint.params.safeParse(rawParams);
      if (!parsed.success) {
        // A path that cannot name a record names none.
        return withLimit(problem(404, 'No record has that address.', { instance }));
      }
      params = parsed.data as Record<string, unknown>;
    }
    const queryData = query.data as Record<string, unknown>;
    const answer =
      endpoint.cacheTags && queryData.format !== 'csv'
        ? await cachedApiAnswer(name, url.pathname + url.search, rawParams)
        : await runEndpoint(endpoint, url, queryData, params);
    return withLimit(answer instanceof Response ? answer : answerResponse(request, answer, instance));
  } catch (error) {
    console.error(`API ${request.method} ${url.pathname}${url.search}:`, error);
    return problem(500, 'The request could not be answered. It was logged; try again later.', { instance });
  }
}

/** The handlers of one endpoint's route file: `export const { GET, OPTIONS } = apiRoute('measures')` (Next answers HEAD with GET). */
export function apiRoute(name: EndpointName) {
  const GET = (request: Request, context: RouteContext) => handleApiRequest(name, request, context);
  return { GET, OPTIONS: async () => preflightResponse() };
}
