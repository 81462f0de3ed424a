// PostgreSQL without installing PostgreSQL: PGlite (PostgreSQL 18 in WebAssembly) served over the wire protocol,
// so the app reaches it through the same `pg` driver as production. See docs/decisions/021-embedded-postgres.md.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { SessionQueue } from '@/lib/db/embedded-queue';
import { repoRoot } from '@/lib/db/paths';

export const DEFAULT_EMBEDDED_DATA_DIR = path.join(repoRoot, '.data/pglite');

export interface EmbeddedPostgresOptions {
  /** Where PGlite keeps its files; created when missing. */
  dataDir?: string;
  /** Defaults to a free port. */
  port?: number;
  /** Concurrent client connections accepted (queries still run one at a time). */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  url: string;
  /** True when another process already serves this data directory and we connected to it instead. */
  shared: boolean;
  stop(): Promise<void>;
}

interface ServerFile {
  pid: number;
  url: string;
}

// Two PGlite instances on one directory would corrupt it: the serving process writes this file beside the data,
// and a second launcher (a migration while `npm run dev` runs) connects to that server instead.
const serverFileFor = (dataDir: string) => `${dataDir.replace(/[\\/]+$/, '')}.server.json`;

async function runningServer(dataDir: string): Promise<ServerFile | null> {
  const info = await readFile(serverFileFor(dataDir), 'utf8')
    .then((text) => JSON.parse(text) as ServerFile)
    .catch(() => null);
  if (!info || info.pid === process.pid) return null;
  try {
    process.kill(info.pid, 0);
  } catch {
    return null; // stale: that process is gone
  }
  const { port, hostname } = new URL(info.url);
  return (await canConnect(hostname, Number(port))) ? info : null;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Starts PGlite on `dataDir` behind a PostgreSQL socket server on 127.0.0.1, with pg_trgm available. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_EMBEDDED_DATA_DIR);
  const existing = await runningServer(dataDir);
  if (existing) return { url: existing.url, shared: true, stop: async () => {} };

  await mkdir(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0, // 0: the OS picks a free port, read back below
    maxConnections: options.maxConnections ?? 100,
  });
  // pglite-socket's own queue lets concurrent connections' parameterised queries interleave (see embedded-queue.ts).
  (server as unknown as { queryQueue: SessionQueue }).queryQueue = new SessionQueue(db);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
  const serverFile = serverFileFor(dataDir);
  await writeFile(serverFile, JSON.stringify({ pid: process.pid, url } satisfies ServerFile));

  let stopped: Promise<void> | undefined;
  return {
    url,
    shared: false,
    stop: () =>
      (stopped ??= (async () => {
        await server.stop();
        await db.close();
        await rm(serverFile, { force: true });
      })()),
  };
}
