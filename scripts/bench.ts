// `npm run bench [-- --no-build --connections 50 --duration 10 --warmup 5 --page /about --page / --dashboard]`
// --dashboard also runs the signed-in dashboard scenario (scripts/bench/dashboard.ts; needs DATABASE_URL).
// `npm run bench -- --search [--clients 10 --duration 10]`: the search benchmark instead (scripts/bench/search.ts).
// Builds the app, starts the production server, warms each page, then loads each one in turn with autocannon and
// compares its throughput with a static page of the same server in the same run (absolute figures vary run to run).
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_PAGES, CACHED_TARGET_RATIO, type BenchPage } from './bench/pages';
import { runDashboardScenario } from './bench/dashboard';
import { runLoad, type LoadResult } from './bench/load';
import { findFreePort, runToCompletion, startProductionServer, type RunningServer } from './bench/server';

const RESULTS_DIR = 'bench/results';

const { values: flags } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    page: { type: 'string', multiple: true },
    search: { type: 'boolean', default: false },
    clients: { type: 'string', default: '10' },
    dashboard: { type: 'boolean', default: false },
  },
});

const options = {
  build: !flags['no-build'],
  connections: positiveNumber('connections', flags.connections),
  durationSeconds: positiveNumber('duration', flags.duration),
  warmupSeconds: positiveNumber('warmup', flags.warmup),
};

function positiveNumber(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return number;
}

function selectPages(): BenchPage[] {
  if (!flags.page?.length) return BENCH_PAGES;
  const baseline = BENCH_PAGES.filter((page) => page.kind === 'baseline');
  const chosen = flags.page.map((pagePath) => BENCH_PAGES.find((page) => page.path === pagePath) ?? { name: pagePath, path: pagePath, kind: 'dynamic' as const });
  return [...baseline, ...chosen.filter((page) => page.kind !== 'baseline')];
}

type PageResult = BenchPage & LoadResult & { ratioToBaseline: number | null; verdict: 'PASS' | 'MISS' | 'FAIL' | null };

/**
 * The yardstick is the better of the baseline's two runs (first and last): a server still warming up, or a machine
 * busier at one moment, would otherwise flatter every ratio.
 */
function judge(pages: BenchPage[], loads: LoadResult[], baselineAgain?: LoadResult): PageResult[] {
  const baselineIndex = pages.findIndex((page) => page.kind === 'baseline');
  const first = baselineIndex === -1 ? undefined : loads[baselineIndex];
  const baseline = first && baselineAgain && baselineAgain.requestsPerSecond > first.requestsPerSecond ? baselineAgain : first;
  return pages.map((page, index) => {
    const load = loads[index]!;
    const ratio = baseline && baseline.requestsPerSecond > 0 ? load.requestsPerSecond / baseline.requestsPerSecond : null;
    const clean = load.non2xx === 0 && load.errors === 0 && load.timeouts === 0;
    const verdict = page.kind !== 'cached' || ratio === null ? null : !clean ? 'FAIL' : ratio >= CACHED_TARGET_RATIO ? 'PASS' : 'MISS';
    return { ...page, ...load, ratioToBaseline: ratio, verdict };
  });
}

function printTable(results: PageResult[]) {
  const rows: Record<string, string>[] = results.map((result) => ({
    page: `${result.name} ${result.path}`,
    'req/s': result.requestsPerSecond.toFixed(0),
    'p50 ms': String(result.p50Ms),
    'p99 ms': String(result.p99Ms),
    'x static': result.ratioToBaseline === null ? '-' : result.ratioToBaseline.toFixed(2),
    [`target ${CACHED_TARGET_RATIO}x`]: result.verdict ?? (result.kind === 'baseline' ? 'baseline' : '-'),
    'non-2xx': String(result.non2xx),
    errors: String(result.errors + result.timeouts),
  }));
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(columns)}\n${line(widths.map((width) => '-'.repeat(width)))}`);
  for (const row of rows) console.log(line(columns.map((column) => row[column]!)));
}

function describeFailures(results: PageResult[]): string[] {
  return results.flatMap((result) => {
    const failures: string[] = [];
    if (result.non2xx > 0) {
      const statuses = Object.entries(result.statusCodes).filter(([code]) => !code.startsWith('2'));
      failures.push(`${result.path}: ${result.non2xx} non-2xx responses (${statuses.map(([code, count]) => `${code} x${count}`).join(', ')})`);
    }
    if (result.errors + result.timeouts > 0) {
      const messages = Object.entries(result.errorMessages).map(([message, count]) => `${message} x${count}`);
      failures.push(`${result.path}: ${result.errors} errors, ${result.timeouts} timeouts (${messages.join(', ') || 'no detail'})`);
    }
    return failures;
  });
}

async function main(): Promise<number> {
  const pages = selectPages();
  if (options.build) await runToCompletion('npm', ['run', 'build']);

  const server: RunningServer = await startProductionServer(await findFreePort());
  const stopOnSignal = () => void server.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  const startedAt = new Date();
  const loads: LoadResult[] = [];
  let baselineAgain: LoadResult | undefined;
  let dashboard: Awaited<ReturnType<typeof runDashboardScenario>> | undefined;
  try {
    if (flags.dashboard) dashboard = await runDashboardScenario(server.baseUrl);
    // Warm every page first, so the first page measured does not pay for the server's JIT warm-up alone.
    for (const page of pages) {
      console.log(`Warming ${page.path} for ${options.warmupSeconds} s`);
      await runLoad(`${server.baseUrl}${page.path}`, { connections: Math.min(10, options.connections), durationSeconds: options.warmupSeconds });
    }
    for (const page of pages) {
      console.log(`Loading ${page.path} for ${options.durationSeconds} s`);
      loads.push(await runLoad(`${server.baseUrl}${page.path}`, options));
    }
    const baselinePage = pages.find((page) => page.kind === 'baseline');
    if (baselinePage) {
      console.log(`Loading ${baselinePage.path} again for ${options.durationSeconds} s (the yardstick is its better run)`);
      baselineAgain = await runLoad(`${server.baseUrl}${baselinePage.path}`, options);
    }
  } finally {
    await server.stop();
  }

  const results = judge(pages, loads, baselineAgain);
  printTable(results);
  const failures = describeFailures(results);
  for (const failure of failures) console.error(`FAIL ${failure}`);

  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const report = {
    startedAt: startedAt.toISOString(),
    database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PGlite',
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    options,
    targetRatio: CACHED_TARGET_RATIO,
    results,
    baselineAgain,
    failures,
    dashboard,
  };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
  return failures.length || (dashboard && !dashboard.pass) ? 1 : 0;
}

async function searchBench(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('The search benchmark needs DATABASE_URL (load data with npm run seed:synthetic first).');
  const { runSearchBench } = await import('./bench/search');
  return runSearchBench(url, { clients: positiveNumber('clients', flags.clients), durationSeconds: options.durationSeconds });
}

(flags.search ? searchBench() : main()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
