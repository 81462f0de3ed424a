// Revalidation for a sync run by the worker inside the app's own process (instrumentation.ts). Every committed change
// to a table the public pages read is already announced by the database and followed by every instance
// (lib/cache/tag-follower.ts, decision 070); this expires the changed records' pages in this server at once, without
// waiting for the follower's next poll. Outside a server (npm run sync, npm run worker) there is nothing to do here:
// the database's announcement reaches the running instances.
import { tagsForChange, type ChangedRecord } from '@/lib/cache/tags';
import { revalidateInThisProcess } from '@/lib/cache/self-revalidate';

export async function revalidateInApp(changed: ChangedRecord[]): Promise<string> {
  if (!process.env.__NEXT_PRIVATE_ORIGIN) return 'announced to the running instances by the database';
  const tags = tagsForChange(changed);
  if (!tags.length) return 'no public page changed';
  await revalidateInThisProcess(tags);
  return `${tags.length} cache tags revalidated in this server`;
}
