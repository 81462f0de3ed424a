// The dashboard's data layer alone, without a server: seeds the scenario of scripts/bench/dashboard.ts on
// DATABASE_URL, then times loadDashboard (everything the page reads) for each view one call at a time and counts
// its SQL statements. Run with the react-server condition so 'server-only' modules load:
//   NODE_OPTIONS=--conditions=react-server DATABASE_URL=... npx tsx scripts/bench/dashboard-data.ts [--requests 60]
import { parseArgs } from 'node:util';
import { installAppClient, type Statement } from './app-client';
import { seedScenario } from './dashboard';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '60' }, log: { type: 'boolean', default: false } },
});
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL.');

let statements: Statement[] = [];
const db = installAppClient(url, 10, (statement) => statements.push(statement));

const { loadDashboard } = await import('@/lib/dashboard/load');
const { parseDashboardParams } = await import('@/lib/dashboard/params');

// PostgreSQL's own count of time spent running statements in this database (sessions report it when idle, at
// most once a second: hence the pause). Only meaningful on a database nothing else is using.
async function databaseActiveMs(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const [row] = await db.$queryRaw<
    { ms: number }[]
  >`SELECT active_time AS "ms" FROM pg_stat_database WHERE datname = current_database()`;
  return Number(row!.ms);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const views = {
  '/dashboard': {},
  'sort=title&dir=desc&page=7': { sort: 'title', dir: 'desc', page: '7' },
  'changed=1&q=parks': { changed: '1', q: 'parks' },
  'stage=referred&sort=body': { stage: 'referred', sort: 'body' },
};

const scenario = await seedScenario(db);
try {
  const user = await db.user.findUniqueOrThrow({ where: { id: scenario.userId } });
  const viewer = { id: user.id, email: user.email, name: user.name, role: user.role };
  const figures = [];
  for (const [name, query] of Object.entries(views)) {
    const params = parseDashboardParams(query);
    for (let i = 0; i < 5; i += 1) await loadDashboard(viewer, params);
    statements = [];
    await loadDashboard(viewer, params);
    const once = statements;
    statements = [];
    if (values.log) for (const s of once) console.log(`${s.ms} ms  ${s.query.slice(0, 400)}`);
    const durations: number[] = [];
    const dbBefore = await databaseActiveMs();
    const cpu = process.cpuUsage();
    for (let i = 0; i < Number(values.requests); i += 1) {
      const started = performance.now();
      await loadDashboard(viewer, params);
      durations.push(performance.now() - started);
    }
    const used = process.cpuUsage(cpu);
    const dbMs = (await databaseActiveMs()) - dbBefore;
    statements = [];
    durations.sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 10) / 10;
    figures.push({
      view: name,
      statements: once.length,
      p50Ms: round(percentile(durations, 50)),
      p95Ms: round(percentile(durations, 95)),
      maxMs: round(durations.at(-1)!),
      nodeCpuMsPerCall: round((used.user + used.system) / 1000 / durations.length),
      dbActiveMsPerCall: round(dbMs / durations.length),
    });
  }
  console.table(figures);
} finally {
  await scenario.cleanup();
  await db.$disconnect();
}
