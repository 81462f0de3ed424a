// Revalidation for work running inside the app's own process but outside a request (a sync run by the worker that
// instrumentation.ts starts): Next's revalidateTag needs a request scope there, so the worker asks the server it
// runs in, over loopback, with a token that lives only in this process's memory (no configuration needed).
// Outside the app (npm run sync), revalidateRemote (REVALIDATE_URL and REVALIDATE_SECRET) is used instead.
// To be replaced by database-driven revalidation (NOTIFY followed by every instance) when that lands.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { tagsForChange, type ChangedRecord } from '@/lib/cache/tags';
import { revalidateRemote } from '@/lib/import/revalidate-remote';

const holder = globalThis as unknown as { rtInAppRevalidateToken?: string };

function token(): string {
  return (holder.rtInAppRevalidateToken ??= randomBytes(24).toString('hex'));
}

/** Whether a request carries this process's token (app/api/revalidate accepts it besides REVALIDATE_SECRET). */
export function isInAppToken(given: string | null): boolean {
  const expected = holder.rtInAppRevalidateToken;
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Expires the pages of the changed records in the server this code runs in; elsewhere, the remote way. */
export async function revalidateInApp(changed: ChangedRecord[]): Promise<string> {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin) return revalidateRemote(changed);
  const tags = tagsForChange(changed);
  if (!tags.length) return 'no public page changed';
  for (let i = 0; i < tags.length; i += 500) {
    const response = await fetch(new URL('/api/revalidate', origin), {
      method: 'POST',
      headers: { 'x-in-app-revalidate': token(), 'content-type': 'application/json' },
      body: JSON.stringify({ tags: tags.slice(i, i + 500) }),
    });
    if (!response.ok) return `in-app revalidation refused: ${response.status} ${await response.text()}`;
  }
  return `${tags.length} cache tags revalidated in this server`;
}
