// `npm run bench:api [-- --measures 100000] [--clients 10] [--duration 15] [--no-build]`: the public API at scale.
// Loads (or reuses) the bench database of that many synthetic measures (scripts/bench/dataset.ts), builds and starts
// the production server on it, then prints:
//   - the measures list (/api/v1/measures, filters and cursors varied) and one measure (/api/v1/measures/<slug>,
//     slugs varied) at 10 clients: p50/p95/p99 against the 50 ms and 20 ms p95 targets; for scale, the static page
//     (/about) and the API's floor (a 404 for a slug the parameter schema refuses: no cache or database read) at the
//     same clients;
//   - the full measures CSV (every row, format=csv) fetched from the server: its time and size, and the server's
//     memory while it streams: VmHWM of the next-server process reset before the export, so the export's own growth
//     (peak less the resident memory before it) is judged against the 200 MB target, and the resident memory
//     sampled as rows arrive (first quarter against last: flat, not growing with the rows);
//   - the nightly dump (lib/dumps) written in this process: its time, size and this process's peak memory.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createDbClient } from '@/lib/db/client';
import { writeDump } from '@/lib/dumps/dump';
import { prepareDataset } from './dataset';
import { findFreePort, runToCompletion, serverNodeVersion, startProductionServer } from './server';

const { values: flags } = parseArgs({
  options: {
    measures: { type: 'string', default: '100000' },
    clients: { type: 'string', default: '10' },
    duration: { type: 'string', default: '15' },
    'no-build': { type: 'boolean', default: false },
    reload: { type: 'boolean', default: false },
  },
});

const LIST_P95_TARGET_MS = 50;
const ONE_P95_TARGET_MS = 20;
const CSV_MEMORY_TARGET_MB = 200;

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

/** `clients` loops, each requesting the next URL of the list as soon as its previous answer is read. */
async function load(urls: string[], clients: number, seconds: number, headers: Record<string, string>) {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const url = urls[next++ % urls.length]!;
        const started = performance.now();
        const response = await fetch(url, { headers });
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses,
  };
}

/** The pid of the next-server process listening on `port` (a child of `next start`). */
function serverPid(port: number): number | null {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const match = out.match(/pid=(\d+)/);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function peakMemoryMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmHWM:\s+(\d+) kB/)![1]) / 1024;
}

async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+) kB/)![1]) / 1024;
}

async function main() {
  const size = Number(flags.measures);
  const clients = Number(flags.clients);
  const seconds = Number(flags.duration);
  const log = (line: string) => console.log(line);
  const url = await prepareDataset(size, { reload: flags.reload, log });
  process.env.DATABASE_URL = url;
  // The bench measures the API, not its limits: a key-free limit far above what 10 clients send.
  process.env.API_RATE_LIMIT = '1000000';
  if (!flags['no-build']) await runToCompletion('npm', ['run', 'build']);

  const db = createDbClient(url, 2);
  const slugs = (
    await db.$queryRawUnsafe<{ slug: string }[]>(`SELECT "slug" FROM "Measure" ORDER BY md5("id"::text) LIMIT 500`)
  ).map((row) => row.slug);
  const bodies = (
    await db.$queryRawUnsafe<{ slug: string }[]>(
      `SELECT b."slug" FROM "Body" b WHERE EXISTS (SELECT 1 FROM "Measure" m WHERE m."originBodyId" = b."id") LIMIT 20`,
    )
  ).map((row) => row.slug);
  const sponsors = (
    await db.$queryRawUnsafe<{ slug: string }[]>(
      `SELECT p."slug" FROM "Person" p WHERE EXISTS (SELECT 1 FROM "Sponsorship" s WHERE s."personId" = p."id") LIMIT 20`,
    )
  ).map((row) => row.slug);

  const port = await findFreePort();
  const server = await startProductionServer(port, '/api/v1/jurisdictions');
  try {
    const base = `${server.baseUrl}/api/v1`;
    // Cursors from real pages, so later pages are part of the mix.
    const cursors: string[] = [];
    let page = `${base}/measures?limit=50`;
    for (let i = 0; i < 20; i++) {
      const body = (await (await fetch(page)).json()) as { links: { next: string | null } };
      if (!body.links.next) break;
      page = `${server.baseUrl}${body.links.next}`;
      cursors.push(page);
    }
    const listUrls = [
      `${base}/measures`,
      `${base}/measures?limit=100&sort=updatedAt`,
      `${base}/measures?stage=referred`,
      `${base}/measures?type=bill&outcome=pending`,
      `${base}/measures?subject=Housing`,
      `${base}/measures?introducedFrom=2021-01-01&introducedTo=2021-12-31`,
      ...bodies.map((slug) => `${base}/measures?body=${slug}`),
      ...sponsors.map((slug) => `${base}/measures?sponsor=${slug}`),
      ...cursors,
    ];
    const oneUrls = slugs.map((slug) => `${base}/measures/${slug}`);
    const headers = { 'accept-encoding': 'identity' };

    log('warming up');
    await load(listUrls, clients, 3, headers);
    await load(oneUrls, clients, 3, headers);
    log(`loading the list for ${seconds} s at ${clients} clients`);
    const list = await load(listUrls, clients, seconds, headers);
    log(`loading one measure for ${seconds} s at ${clients} clients`);
    const one = await load(oneUrls, clients, seconds, headers);
    // For scale, the same clients on two answers that do no work of the API's own: the static page, and the API's
    // floor, a 404 for a slug the route's parameter schema refuses (the rate limit counted, no cache or database read).
    log(`loading the static page and the API's floor for ${seconds} s each at ${clients} clients`);
    const staticPage = await load([`${server.baseUrl}/about`], clients, seconds, headers);
    const floor = await load([`${base}/measures/Not-A-Slug`], clients, seconds, headers);

    const pid = serverPid(port);
    if (pid) await writeFile(`/proc/${pid}/clear_refs`, '5').catch(() => {}); // resets VmHWM (Linux)
    const before = pid ? await peakMemoryMb(pid) : NaN;
    log('fetching the full measures CSV');
    const started = performance.now();
    const response = await fetch(`${base}/measures?format=csv`, { headers });
    let bytes = 0;
    let lines = 0;
    // The server's resident memory sampled as the rows stream: flat means the last quarter's is no higher than the
    // first's, whatever the number of rows.
    const samples: { lines: number; mb: number }[] = [];
    const sampler = pid
      ? setInterval(() => void residentMb(pid).then((mb) => samples.push({ lines, mb })), 250)
      : undefined;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
    clearInterval(sampler);
    const csvSeconds = (performance.now() - started) / 1000;
    const csvPeak = pid ? await peakMemoryMb(pid) : NaN;
    const quarter = (from: number, to: number) => {
      const inside = samples.filter((x) => x.lines >= from * lines && x.lines < to * lines).map((x) => x.mb);
      return inside.length ? Math.max(...inside) : NaN;
    };
    const growth = csvPeak - before;

    log('writing the nightly dump');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rt-bench-dumps-'));
    const dumpStarted = performance.now();
    const dump = await writeDump(db, dir);
    const dumpSeconds = (performance.now() - dumpStarted) / 1000;
    const dumpBytes = dump.manifest.tables.flatMap((t) => t.files).reduce((sum, f) => sum + f.bytes, 0);
    const dumpRows = dump.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    await rm(dir, { recursive: true, force: true });

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const verdict = (value: number, target: number) => (value < target ? 'meets' : 'MISSES');
    console.log(
      `\nPublic API at ${size.toLocaleString('en-US')} measures, ${clients} clients, ${seconds} s each, Node ${serverNodeVersion()}`,
    );
    console.log(
      `  list     p50 ${ms(list.p50)}  p95 ${ms(list.p95)}  p99 ${ms(list.p99)}  ${list.perSecond.toFixed(0)} req/s  statuses ${JSON.stringify(list.statuses)}  (${verdict(list.p95, LIST_P95_TARGET_MS)} p95 < ${LIST_P95_TARGET_MS} ms)`,
    );
    console.log(
      `  measure  p50 ${ms(one.p50)}  p95 ${ms(one.p95)}  p99 ${ms(one.p99)}  ${one.perSecond.toFixed(0)} req/s  statuses ${JSON.stringify(one.statuses)}  (${verdict(one.p95, ONE_P95_TARGET_MS)} p95 < ${ONE_P95_TARGET_MS} ms)`,
    );
    console.log(
      `  for scale: the static page p50 ${ms(staticPage.p50)}  p95 ${ms(staticPage.p95)}  ${staticPage.perSecond.toFixed(0)} req/s; the API's floor (a refused slug's 404) p50 ${ms(floor.p50)}  p95 ${ms(floor.p95)}  ${floor.perSecond.toFixed(0)} req/s  statuses ${JSON.stringify(floor.statuses)}`,
    );
    console.log(
      `  CSV      ${(lines - 1).toLocaleString('en-US')} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${csvSeconds.toFixed(1)} s; server resident memory ${before.toFixed(0)} MB before, peak ${csvPeak.toFixed(0)} MB: the export's own growth ${growth.toFixed(0)} MB (${verdict(growth, CSV_MEMORY_TARGET_MB)} < ${CSV_MEMORY_TARGET_MB} MB); highest in the first quarter of the rows ${quarter(0, 0.25).toFixed(0)} MB, in the last quarter ${quarter(0.75, 1.01).toFixed(0)} MB (${samples.length} samples)`,
    );
    console.log(
      `  dump     ${dumpRows.toLocaleString('en-US')} rows in ${dump.manifest.tables.length} tables, ${(dumpBytes / 1024 / 1024).toFixed(1)} MB compressed (JSONL + CSV) in ${dumpSeconds.toFixed(1)} s; bench process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
