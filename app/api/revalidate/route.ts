import { timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { isInAppToken } from '@/lib/cache/revalidate-in-app';
import { config } from '@/lib/config/env';

const bodySchema = z.object({
  tags: z
    .array(z.string().regex(/^[a-z-]+(:[a-z0-9-]+)?$/, 'a tag looks like "measure:12" or "measures"'))
    .min(1, 'name at least one tag')
    .max(500, 'at most 500 tags at once'),
});

function authorized(request: Request, secret: string): boolean {
  const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Lets writers outside this server process (the seed, the import command) expire the public pages they changed.
 * Machine clients only: a shared secret, no cookies, so no cross-site request can use it.
 */
export async function POST(request: Request) {
  const secret = config().revalidateSecret;
  // A sync running inside this server (lib/cache/revalidate-in-app.ts).
  const inApp = isInAppToken(request.headers.get('x-in-app-revalidate'));
  if (!secret && !inApp)
    return Response.json({ error: 'Revalidation is off: REVALIDATE_SECRET is not set.' }, { status: 503 });
  if (!inApp && !authorized(request, secret!))
    return Response.json({ error: 'Missing or wrong bearer token.' }, { status: 401 });

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
