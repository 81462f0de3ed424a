// Starts this server's cache tag follower (instrumentation.ts): every app instance runs one.
import path from 'node:path';
import { config } from '@/lib/config/env';
import { db } from '@/lib/db';
import { processRevalidateToken, revalidateInThisProcess } from './self-revalidate';
import { createTagFollower, prismaTagQuery, type TagFollower } from './tag-follower';

export async function startTagFollower(log: (line: string) => void = console.log): Promise<TagFollower> {
  processRevalidateToken();
  const listenUrl = config().databaseDirectUrl;
  const follower = createTagFollower({
    query: prismaTagQuery(db),
    revalidate: revalidateInThisProcess,
    listenUrl,
    // Beside the page cache Next keeps on disk (.next/cache), which outlives a restart; one per port, as two instances
    // started from one folder share that cache but not their positions.
    positionFile: path.join(
      process.cwd(),
      '.next',
      'cache',
      `rt-cache-tag-follower-${process.env.PORT ?? 'default'}.json`,
    ),
    log,
  });
  await follower.start();
  log(
    `cache tag follower started (${listenUrl ? 'LISTEN on DATABASE_DIRECT_URL and polling' : 'polling every second'})`,
  );
  return follower;
}
