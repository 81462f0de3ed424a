// `npm run bench [-- --sizes 1000,100000 --connections 50 --duration 10 --warmup 5 --rounds 1 --reload --no-lighthouse --no-plans]`
// For each size: a PostgreSQL database with the founding case and that many synthetic measures (scripts/bench/
// dataset.ts), a production build against it, the server started and warmed, then every page of scripts/bench/
// pages.ts loaded in turn with autocannon (`--rounds N`: all of them N times over, each page's figure its median
// round). Then, at the largest size: the dashboard's server time one request at a time, the JavaScript each public
// page ships against an empty Next.js page, and Lighthouse on the measure and person pages. Last, every statement of
// every page's data functions is EXPLAINed on the largest database (scripts/bench/plans.ts). Prints the figures side
// by side with each target's verdict and writes them to bench/results/.
// `npm run bench -- --search [--clients 10 --duration 10]`: the search data layer alone (scripts/bench/search.ts).
// `npm run bench -- --sizes 1000000 --prepare [--reload]`: only create or reuse the datasets (a long load ahead of a run).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@/lib/db/paths';
import { createDbClient } from '@/lib/db/client';
import { runDashboardScenario, seedScenario } from './bench/dashboard';
import { findTargets, prepareDataset } from './bench/dataset';
import { EMPTY_PAGE, measurePageJs, withEmptyNextApp, type PageJs } from './bench/js-size';
import { lighthouseRow, runLighthouse, type LighthouseScore } from './bench/lighthouse';
import { loadInRounds, medianRun, runLoad } from './bench/load';
import type { PagePlans } from './bench/plans';
import {
  benchPages,
  CACHED_TARGET_RATIO,
  DYNAMIC_P99_TARGET_MS,
  JS_TARGET_RATIO,
  LIGHTHOUSE_TARGETS,
  SCALING_P50_LIMIT,
  type BenchPage,
} from './bench/pages';
import { findFreePort, runToCompletion, serverNodeVersion, startProductionServer } from './bench/server';

const RESULTS_DIR = 'bench/results';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,100000' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '1' },
    reload: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-plans': { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
    prepare: { type: 'boolean', default: false },
    clients: { type: 'string', default: '10' },
  },
});

function positiveNumber(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return number;
}

function wholeNumber(name: string, value: string): number {
  const number = positiveNumber(name, value);
  if (!Number.isInteger(number)) throw new Error(`--${name} must be a whole number, got ${value}`);
  return number;
}

const options = {
  sizes: flags.sizes
    .split(',')
    .map((size) => positiveNumber('sizes', size.trim()))
    .sort((a, b) => a - b),
  connections: positiveNumber('connections', flags.connections),
  durationSeconds: positiveNumber('duration', flags.duration),
  warmupSeconds: positiveNumber('warmup', flags.warmup),
  rounds: wholeNumber('rounds', flags.rounds),
};

type PageRun = BenchPage & ReturnType<typeof medianRun> & { ratioToBaseline: number | null };
type SizeRun = { size: number; pages: PageRun[]; baselineRuns: number[]; database: DatabaseSize };
type DatabaseSize = { bytes: number; measures: number; actions: number };

const log = (line: string) => console.log(line);

async function runSize(size: number, withExtras: boolean) {
  const url = await prepareDataset(size, { reload: flags.reload, log });
  process.env.DATABASE_URL = url;
  const targets = await findTargets(url);
  if (!flags['no-build']) await runToCompletion('npm', ['run', 'build']);
  const db = createDbClient(url, 2);
  const scenario = await seedScenario(db);
  const measureIds = (await db.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Measure"`).map((row) => row.id);
  // The database's size on disk and its largest tables' rows, printed beside the figures of that size.
  const [sizeRow] = await db.$queryRaw<{ bytes: bigint; actions: bigint }[]>`
    SELECT pg_database_size(current_database()) AS "bytes", (SELECT count(*) FROM "Action") AS "actions"`;
  const database: DatabaseSize = {
    bytes: Number(sizeRow!.bytes),
    measures: measureIds.length,
    actions: Number(sizeRow!.actions),
  };
  // The API's per-address limit (60 a minute) would answer the load with 429s: the bench is one address.
  process.env.API_RATE_LIMIT ??= '1000000';
  const server = await startProductionServer(await findFreePort());
  const stopOnSignal = () => void server.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  try {
    const pages = benchPages(targets);
    const load = async (page: BenchPage, seconds: number, connections: number) => {
      // A sync writing in the background: a random measure updated each time, as an import would. The database's
      // triggers expire the dashboards of the members following it (about half the measures here are followed), and
      // leave the others' cached views alone (lib/dashboard/data-version.ts, decision 070).
      const writer = page.writesPerSecond
        ? setInterval(() => {
            const id = measureIds[Math.floor(Math.random() * measureIds.length)];
            void db.$executeRaw`UPDATE "Measure" SET "updatedAt" = now() WHERE "id" = ${id}`;
          }, 1000 / page.writesPerSecond)
        : undefined;
      try {
        return await runLoad(`${server.baseUrl}${page.path}`, {
          connections,
          durationSeconds: seconds,
          headers: page.signedIn ? { cookie: scenario.cookie } : undefined,
        });
      } finally {
        clearInterval(writer);
      }
    };
    for (const page of pages) {
      log(`[${size}] warming ${page.path}`);
      await load(page, options.warmupSeconds, Math.min(10, options.connections));
    }
    // Every page once per round, each page's figure its median round, the static page loaded again at the end as the
    // yardstick (loadInRounds).
    const { loads, baseline, baselineRuns } = await loadInRounds(
      pages,
      options.rounds,
      (page) => load(page, options.durationSeconds, options.connections),
      (line) => log(`[${size}] ${line} for ${options.durationSeconds} s`),
    );
    const run: SizeRun = {
      size,
      pages: pages.map((page, i) => ({
        ...page,
        ...loads[i]!,
        ratioToBaseline: baseline > 0 ? loads[i]!.requestsPerSecond / baseline : null,
      })),
      baselineRuns,
      database,
    };
    let js: { empty: PageJs; pages: PageJs[] } | undefined;
    let lighthouse: LighthouseScore[] | undefined;
    let dashboardServerTime: Awaited<ReturnType<typeof runDashboardScenario>> | undefined;
    if (withExtras) {
      log(`[${size}] dashboard server time, one request at a time`);
      dashboardServerTime = await runDashboardScenario(server.baseUrl);
      log(`[${size}] JavaScript per page, and an empty Next.js page to compare`);
      const publicPages = pages
        .filter((page) => page.kind !== 'dynamic' || page.key === 'list' || page.key === 'search')
        .filter((page) => !page.signedIn);
      // The empty page is also Lighthouse's yardstick: what the framework alone scores on this machine.
      const empty = await withEmptyNextApp(repoRoot, async (baseUrl) => ({
        js: await measurePageJs(baseUrl, '/'),
        lighthouse: flags['no-lighthouse'] ? [] : await runLighthouse(baseUrl, ['/']),
      }));
      js = { empty: empty.js, pages: [] };
      for (const page of publicPages) js.pages.push(await measurePageJs(server.baseUrl, page.path));
      if (!flags['no-lighthouse']) {
        log(`[${size}] Lighthouse on the measure and person pages, and an empty Next.js page to compare`);
        lighthouse = [
          ...(await runLighthouse(server.baseUrl, [targets.measure, targets.person])),
          ...empty.lighthouse.map((score) => ({ ...score, path: EMPTY_PAGE })),
        ];
      }
    }
    return { run, js, lighthouse, dashboardServerTime };
  } finally {
    process.off('SIGINT', stopOnSignal);
    await server.stop();
    await scenario.cleanup();
    await db.$disconnect();
  }
}

const fmt = (n: number | null | undefined, digits = 0) => (n == null || !Number.isFinite(n) ? '-' : n.toFixed(digits));

function table(rows: Record<string, string>[]) {
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(columns)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
  for (const row of rows) console.log(line(columns.map((column) => row[column]!)));
}

type Verdict = { target: string; page: string; value: string; pass: boolean };

function judge(
  runs: SizeRun[],
  js?: { empty: PageJs; pages: PageJs[] },
  lighthouse?: LighthouseScore[],
  plans?: PagePlans[],
): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const plan of plans ?? []) {
    const value = plan.largeSeqScans.length
      ? `scans ${plan.largeSeqScans.join(', ')}`
      : `${plan.statements} statements, ${plan.ms} ms`;
    verdicts.push({
      target: `EXPLAIN: large tables read by index @${runs.at(-1)!.size}`,
      page: plan.page,
      value,
      pass: plan.largeSeqScans.length === 0,
    });
  }
  for (const run of runs) {
    for (const page of run.pages) {
      const clean = page.non2xx === 0 && page.errors === 0 && page.timeouts === 0;
      if (!clean)
        verdicts.push({
          target: 'no errors',
          page: `${page.name} @${run.size}`,
          value: `${page.non2xx} non-2xx, ${page.errors + page.timeouts} errors`,
          pass: false,
        });
      if (page.kind === 'cached') {
        verdicts.push({
          target: `cached >= ${CACHED_TARGET_RATIO}x static`,
          page: `${page.name} @${run.size}`,
          value: `${fmt(page.ratioToBaseline, 2)}x`,
          pass: (page.ratioToBaseline ?? 0) >= CACHED_TARGET_RATIO,
        });
      }
      if (page.kind === 'dynamic') {
        verdicts.push({
          target: `dynamic p99 < ${DYNAMIC_P99_TARGET_MS} ms`,
          page: `${page.name} @${run.size}`,
          value: `${page.p99Ms} ms`,
          pass: page.p99Ms < DYNAMIC_P99_TARGET_MS,
        });
      }
    }
  }
  const [small, large] = [runs[0], runs.at(-1)];
  if (small && large && small !== large) {
    for (const page of large.pages) {
      const before = small.pages.find((p) => p.key === page.key);
      if (!before || before.p50Ms <= 0) continue;
      const ratio = page.p50Ms / Math.max(before.p50Ms, 1);
      verdicts.push({
        target: `p50 @${large.size} <= ${SCALING_P50_LIMIT}x @${small.size}`,
        page: page.name,
        value: `${fmt(ratio, 2)}x (${before.p50Ms} -> ${page.p50Ms} ms)`,
        pass: ratio <= SCALING_P50_LIMIT,
      });
    }
  }
  if (js) {
    for (const page of js.pages) {
      const ratio = page.totalBytesGzip / js.empty.totalBytesGzip;
      verdicts.push({
        target: `JS <= ${JS_TARGET_RATIO}x empty page`,
        page: page.path,
        value: `${fmt(ratio, 2)}x (${fmt(page.totalBytesGzip / 1024, 1)} KB gz)`,
        pass: ratio <= JS_TARGET_RATIO,
      });
    }
  }
  for (const score of (lighthouse ?? []).filter((s) => s.path !== EMPTY_PAGE)) {
    verdicts.push({
      target: `Lighthouse ${score.formFactor} perf >= ${LIGHTHOUSE_TARGETS.performance}, a11y ${LIGHTHOUSE_TARGETS.accessibility}`,
      page: score.path,
      value: `${score.performance} (median of ${score.performanceRuns.join(', ')}) / ${score.accessibility}`,
      pass:
        score.performance >= LIGHTHOUSE_TARGETS.performance && score.accessibility >= LIGHTHOUSE_TARGETS.accessibility,
    });
  }
  return verdicts;
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const runs: SizeRun[] = [];
  let extras: Partial<Omit<Awaited<ReturnType<typeof runSize>>, 'run'>> = {};
  for (const size of options.sizes) {
    const result = await runSize(size, size === options.sizes.at(-1));
    runs.push(result.run);
    if (result.js || result.lighthouse || result.dashboardServerTime)
      extras = { js: result.js, lighthouse: result.lighthouse, dashboardServerTime: result.dashboardServerTime };
  }

  // The query plans of every page's data functions, on the largest size's database (scripts/bench/plans.ts).
  // --no-plans leaves them out (a load comparison, e.g. with and without REDIS_URL).
  const plansFile = path.join(RESULTS_DIR, 'plans.json');
  await mkdir(RESULTS_DIR, { recursive: true });
  let plans: PagePlans[] | undefined;
  if (!flags['no-plans']) {
    log(`[${options.sizes.at(-1)}] query plans of every page's statements`);
    await rm(plansFile, { force: true });
    await runToCompletion('npx', ['tsx', 'scripts/bench/plans.ts', '--json', plansFile]);
    plans = JSON.parse(await readFile(plansFile, 'utf8')) as PagePlans[];
  }

  // The server runs on the first `node` on the PATH, as the bench itself does when started by npm (decision 075).
  const serverNode = serverNodeVersion();
  console.log(`\nThe server on Node ${serverNode}, ${os.cpus().length} cores: ${os.cpus()[0]?.model}`);
  const keys = runs[0]!.pages.map((page) => page.key);
  table(
    keys.map((key) => {
      const row: Record<string, string> = { page: runs.at(-1)!.pages.find((p) => p.key === key)!.name };
      for (const run of runs) {
        const page = run.pages.find((p) => p.key === key)!;
        row[`req/s @${run.size}`] = fmt(page.requestsPerSecond);
        row[`p50 @${run.size}`] = String(page.p50Ms);
        row[`p99 @${run.size}`] = String(page.p99Ms);
        row[`x static @${run.size}`] = page.kind === 'baseline' ? '1.00' : fmt(page.ratioToBaseline, 2);
        if (options.rounds > 1) row[`rounds' req/s @${run.size}`] = page.roundsPerSecond.map((r) => fmt(r)).join(' / ');
      }
      return row;
    }),
  );
  if (extras.js) {
    table([
      {
        page: EMPTY_PAGE,
        scripts: String(extras.js.empty.scripts),
        'KB gz': fmt(extras.js.empty.totalBytesGzip / 1024, 1),
        'x empty': '1.00',
      },
      ...extras.js.pages.map((page) => ({
        page: page.path,
        scripts: String(page.scripts),
        'KB gz': fmt(page.totalBytesGzip / 1024, 1),
        'x empty': fmt(page.totalBytesGzip / extras.js!.empty.totalBytesGzip, 2),
      })),
    ]);
  }
  if (extras.lighthouse) {
    table(extras.lighthouse.map(lighthouseRow));
  }
  table(
    runs.map((run) => ({
      database: `rt_bench_${run.size}`,
      measures: String(run.database.measures),
      actions: String(run.database.actions),
      'size MB': fmt(run.database.bytes / 2 ** 20),
    })),
  );
  const verdicts = judge(runs, extras.js, extras.lighthouse, plans);
  table(verdicts.map((v) => ({ target: v.target, page: v.page, value: v.value, verdict: v.pass ? 'PASS' : 'MISS' })));

  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const report = {
    startedAt: startedAt.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: serverNode,
      loadAverage: os.loadavg(),
    },
    options,
    runs,
    ...extras,
    plans,
    verdicts,
  };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
  const misses = verdicts.filter((v) => !v.pass).length;
  console.log(misses ? `${misses} of ${verdicts.length} targets missed` : `All ${verdicts.length} targets met`);
  return 0;
}

async function searchBench(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('The search benchmark needs DATABASE_URL (load data with npm run seed:synthetic first).');
  const { runSearchBench } = await import('./bench/search');
  return runSearchBench(url, {
    clients: positiveNumber('clients', flags.clients),
    durationSeconds: options.durationSeconds,
  });
}

/** --prepare: create (or reuse) each size's database and stop, e.g. to load 1,000,000 measures ahead of the run. */
async function prepareOnly(): Promise<number> {
  for (const size of options.sizes) await prepareDataset(size, { reload: flags.reload, log });
  log(`Peak RSS of this process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  return 0;
}

(flags.search ? searchBench() : flags.prepare ? prepareOnly() : main()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
