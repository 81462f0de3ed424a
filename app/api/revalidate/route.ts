import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { isProcessRevalidateToken } from '@/lib/cache/self-revalidate';
import { config } from '@/lib/config/env';

const bodySchema = z.object({
  tags: z
    .array(z.string().regex(/^[a-z-]+(:[A-Za-z0-9_-]+)?$/, 'a tag looks like "measure:12" or "measures"'))
    .min(1, 'name at least one tag')
    .max(500, 'at most 500 tags at once'),
});

function bearer(request: Request): string {
  return request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
}

function authorized(request: Request, secret: string): boolean {
  const given = Buffer.from(bearer(request));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Expires cache tags in this server process. Used by the process's own cache tag follower (lib/cache/tag-follower.ts,
 * with a token made for this process: revalidateTag cannot run outside a request), and, when REVALIDATE_SECRET is set,
 * by writers outside (REVALIDATE_URL, no longer needed since the database announces every change: decision 070).
 * Machine clients only: a bearer token, no cookies, so no cross-site request can use it.
 */
export async function POST(request: Request) {
  if (!isProcessRevalidateToken(bearer(request))) {
    const secret = config().revalidateSecret;
    if (!secret) return Response.json({ error: 'Revalidation is off: REVALIDATE_SECRET is not set.' }, { status: 503 });
    if (!authorized(request, secret))
      return Response.json({ error: 'Missing or wrong bearer token.' }, { status: 401 });
  }

  const json = await request.json().catch(() => undefined);
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    return Response.json(
      { error: 'Expected JSON like {"tags": ["measure:12"]}.', issues: z.flattenError(parsed.error).fieldErrors },
      { status: 400 },
    );
  }
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags });
}
