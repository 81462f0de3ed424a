// Follows the cache tags the database says committed changes touched ("CacheTagChange", written by the triggers of
// migration 20261204093109_cache_tag_changes) and revalidates them in this process, so a change made anywhere (another
// app instance, `npm run import`, the worker, a sync job, psql) expires this instance's cached pages within about a
// second. docs/decisions/070-database-driven-revalidation.md.
//
// - Polls by id every second (one indexed statement), and LISTENs on channel rt_cache_tags when given a direct
//   connection (DATABASE_DIRECT_URL: LISTEN needs a session of its own, which a pooler in transaction mode does not
//   keep), to poll at once when a change commits. On the embedded PGlite there is no direct connection: polling only,
//   so a change shows after up to a second.
// - Ids come from a sequence, taken when a row is written, not when its transaction commits: a transaction that
//   committed later than a larger id leaves a gap the follower has passed. Gaps are remembered and asked for again
//   until they fill or GAP_TIMEOUT_MS passes (a rolled-back transaction never fills its gap).
// - Rows older than PRUNE_AFTER_MS are deleted (by every instance, now and then; deleting twice is harmless).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Prisma } from '@/lib/generated/prisma/client';

export type TagQuery = (sql: string, values: unknown[]) => Promise<Record<string, unknown>[]>;

export type TagFollowerOptions = {
  /** Runs one statement (through the app's pool: a pooler in transaction mode is fine). */
  query: TagQuery;
  /** Expires the tags in this process. A failure keeps them for the next poll. */
  revalidate: (tags: string[]) => Promise<void>;
  /** A direct (non-pooled) connection URL for LISTEN; without it, polling only. */
  listenUrl?: string;
  /**
   * Where the last id revalidated is kept across restarts (beside the server's page cache on disk): a restarted
   * instance first revalidates what changed while it was down, instead of serving its pages from disk as they were.
   */
  positionFile?: string;
  intervalMs?: number;
  gapTimeoutMs?: number;
  pruneAfterMs?: number;
  pruneEveryMs?: number;
  log?: (line: string) => void;
};

export type TagFollower = {
  /** Reads from the current end of the table on; resolves once the first position is known. */
  start(): Promise<void>;
  /** One poll now (tests; a notification). Resolves with the tags revalidated. */
  pollNow(): Promise<string[]>;
  stop(): Promise<void>;
  /** The last id seen and the gaps still awaited (tests, diagnostics). */
  state(): { last: bigint; gaps: bigint[] };
};

export const CHANNEL = 'rt_cache_tags';
/** Rows read per poll at most; a longer backlog is read over the next polls at once (`again`). */
export const BATCH = 5000;
const MAX_GAPS = 20_000;

export function createTagFollower(options: TagFollowerOptions): TagFollower {
  const intervalMs = options.intervalMs ?? 1000;
  const gapTimeoutMs = options.gapTimeoutMs ?? 10 * 60_000;
  const pruneAfterMs = options.pruneAfterMs ?? 60 * 60_000;
  const pruneEveryMs = options.pruneEveryMs ?? 10 * 60_000;
  const log = options.log ?? ((line: string) => console.log(line));
  let last = 0n;
  const gaps = new Map<bigint, number>(); // id → when it was first missed
  const pending = new Set<string>(); // tags read but not yet revalidated (a failed revalidation)
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<string[]> | undefined;
  let again = false;
  let stopped = false;
  let lastPrune = Date.now();
  let listener: { end(): Promise<void> } | undefined;

  async function pollOnce(): Promise<string[]> {
    // The rows after the last one seen, and the gaps' rows that have committed since, each read by the primary key
    // and ordered by the number (one condition with OR was a sequential scan of the whole table once it held
    // millions of rows, and ordering the text of the id put "10000" before "9999", so a backlog longer than a batch
    // that crossed a power of ten skipped the rows in between).
    const rows = await options.query(
      `SELECT c."id"::text AS "id", c."tag" FROM (
         (SELECT "id", "tag" FROM "CacheTagChange" WHERE "id" > $1::bigint ORDER BY "id" LIMIT ${BATCH})
         UNION ALL
         (SELECT "id", "tag" FROM "CacheTagChange" WHERE "id" = ANY($2::bigint[]) AND "id" <= $1::bigint)
       ) c ORDER BY c."id" LIMIT ${BATCH}`,
      [last.toString(), [...gaps.keys()].map(String)],
    );
    const now = Date.now();
    for (const row of rows) {
      const id = BigInt(row.id as string);
      if (id <= last) {
        gaps.delete(id);
      } else {
        if (id - last > 1n && gaps.size + Number(id - last) <= MAX_GAPS) {
          for (let missing = last + 1n; missing < id; missing++) gaps.set(missing, now);
        }
        last = id;
      }
      pending.add(row.tag as string);
    }
    for (const [id, since] of gaps) if (now - since > gapTimeoutMs) gaps.delete(id);
    const tags = [...pending];
    if (tags.length) {
      await options.revalidate(tags);
      for (const tag of tags) pending.delete(tag);
      if (options.positionFile) await savePosition(options.positionFile, last);
    }
    if (now - lastPrune > pruneEveryMs) {
      lastPrune = now;
      await options.query(`DELETE FROM "CacheTagChange" WHERE "createdAt" < $1`, [new Date(now - pruneAfterMs)]);
    }
    if (rows.length === BATCH) again = true;
    return tags;
  }

  function pollNow(): Promise<string[]> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      const done: string[] = [];
      do {
        again = false;
        done.push(...(await pollOnce()));
      } while (again && !stopped);
      return done;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      pollNow()
        .catch((error) => log(`cache tag follower: ${(error as Error).message}`))
        .finally(schedule);
    }, intervalMs);
    timer.unref?.();
  }

  async function listen(url: string) {
    const pg = (await import('pg')).default;
    let retry: NodeJS.Timeout | undefined;
    let client: InstanceType<typeof pg.Client> | undefined;
    const connect = async () => {
      if (stopped) return;
      const next = new pg.Client({ connectionString: url });
      next.on('notification', () => void pollNow().catch(() => undefined));
      next.on('error', (error) => {
        log(`cache tag follower: LISTEN connection lost (${error.message}); polling until it is back`);
        void next.end().catch(() => undefined);
        if (!stopped) (retry = setTimeout(() => void connect(), 5000)).unref?.();
      });
      try {
        await next.connect();
        await next.query(`LISTEN ${CHANNEL}`);
        client = next;
      } catch (error) {
        log(`cache tag follower: cannot LISTEN (${(error as Error).message}); polling every ${intervalMs} ms`);
        void next.end().catch(() => undefined);
        if (!stopped) (retry = setTimeout(() => void connect(), 5000)).unref?.();
      }
    };
    await connect();
    listener = {
      end: async () => {
        clearTimeout(retry);
        await client?.end().catch(() => undefined);
      },
    };
  }

  return {
    async start() {
      const [row] = await options.query(`SELECT COALESCE(MAX("id"), 0)::text AS "last" FROM "CacheTagChange"`, []);
      last = BigInt((row?.last as string) ?? '0');
      const saved = options.positionFile ? await readPosition(options.positionFile) : null;
      if (saved !== null && saved < last) {
        log(`cache tag follower: revalidating what changed since id ${saved}, while this server was stopped`);
        last = saved;
      }
      if (options.listenUrl) await listen(options.listenUrl);
      schedule();
    },
    pollNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await listener?.end();
      await running?.catch(() => undefined);
    },
    state: () => ({ last, gaps: [...gaps.keys()] }),
  };
}

async function readPosition(file: string): Promise<bigint | null> {
  try {
    const { last } = JSON.parse(await readFile(file, 'utf8')) as { last?: string };
    return typeof last === 'string' && /^\d+$/.test(last) ? BigInt(last) : null;
  } catch {
    return null;
  }
}

async function savePosition(file: string, last: bigint) {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ last: last.toString() }));
  } catch {
    // A read-only disk: a restart then starts from the end, as without a file.
  }
}

/** A TagQuery on a Prisma client ($queryRawUnsafe: the statements above are fixed, the values parameters). */
export function prismaTagQuery(db: {
  $queryRawUnsafe: (sql: string, ...values: unknown[]) => Prisma.PrismaPromise<unknown>;
}): TagQuery {
  return async (sql, values) => (await db.$queryRawUnsafe(sql, ...values)) as Record<string, unknown>[];
}
