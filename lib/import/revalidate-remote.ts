// The command runs outside the web server, so it cannot update cache tags itself: when REVALIDATE_URL and
// REVALIDATE_SECRET are set it asks the running app to (app/api/revalidate), 500 tags at a time.
import { tagsForChange, type ChangedRecord } from '@/lib/cache/tags';
import { config } from '@/lib/config/env';

export async function revalidateRemote(changed: ChangedRecord[]): Promise<string> {
  const { revalidateUrl: base, revalidateSecret: secret } = config();
  const tags = tagsForChange(changed);
  if (!tags.length) return 'no public page changed';
  if (!base || !secret)
    return `${tags.length} cache tags not revalidated (set REVALIDATE_URL and REVALIDATE_SECRET to tell a running app)`;
  for (let i = 0; i < tags.length; i += 500) {
    const response = await fetch(new URL('/api/revalidate', base), {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: tags.slice(i, i + 500) }),
    });
    if (!response.ok) return `revalidation refused by ${base}: ${response.status} ${await response.text()}`;
  }
  return `${tags.length} cache tags revalidated at ${base}`;
}
