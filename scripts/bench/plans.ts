// "EXPLAIN of every list query uses an index" (the performance issue), checked on the bench database: the data
// functions behind every page `npm run bench` loads are called as the pages call them, each SQL statement they send
// is captured and EXPLAINed, and a sequential scan of a large table (over 10,000 rows) fails the check. The number of
// statements per page shows N+1 reads (it would grow with the rows shown). Search's statements are EXPLAINed by
// `npm run bench -- --search`. Run by `npm run bench` on the largest size's database once the servers are stopped, or
// alone:
//   DATABASE_URL=…/rt_bench_100000 npx tsx scripts/bench/plans.ts [--json out.json] [--log]
import { writeFile } from 'node:fs/promises';
import { register } from 'node:module';
import { parseArgs } from 'node:util';
import { installAppClient, type Statement } from './app-client';
import { findTargets } from './dataset';

register('./plans/stub-hooks.mjs', import.meta.url);

export const LARGE_TABLE_ROWS = 10_000;

type Plan = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: Plan[] };
/** `ms`: the data functions' time on a second call (warm), one at a time. */
export type PagePlans = { page: string; statements: number; ms: number; indexes: string[]; largeSeqScans: string[] };

const { values } = parseArgs({ options: { json: { type: 'string' }, log: { type: 'boolean', default: false } } });
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a bench database (npm run bench loads rt_bench_<size>).');

let captured: Statement[] = [];
const db = installAppClient(url, 4, (statement) => captured.push(statement));

const walk = (plan: Plan): Plan[] => [plan, ...(plan.Plans ?? []).flatMap(walk)];

async function explain(statement: Statement): Promise<Plan[]> {
  const params = JSON.parse(statement.params) as unknown[];
  const rows = await db.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: Plan }] }[]>(
    `EXPLAIN (FORMAT JSON) ${statement.query}`,
    ...params,
  );
  return walk(rows[0]!['QUERY PLAN'][0].Plan);
}

async function main() {
  const targets = await findTargets(url!);
  const sizes = await db.$queryRaw<{ table: string; rows: number }[]>`
    SELECT c.relname AS "table", c.reltuples::float8 AS "rows" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'`;
  const large = new Set(sizes.filter((s) => s.rows > LARGE_TABLE_ROWS).map((s) => s.table));

  const { findMeasures, getMeasureBodies, getMeasureBySlug, getMeasureListFilterNames, getRecentActions } =
    await import('@/lib/measures/queries');
  const { parseMeasureListParams } = await import('@/lib/measures/list-params');
  const { getPersonBySlug } = await import('@/lib/people/queries');
  const { getBodyBySlug, getBodyMembersBySlug } = await import('@/lib/bodies/queries');
  const { loadDashboard } = await import('@/lib/dashboard/load');
  const { parseDashboardParams } = await import('@/lib/dashboard/params');
  const { seedScenario } = await import('./dashboard');

  const slug = (path: string) => path.split('/').pop()!;
  const listParams = parseMeasureListParams(Object.fromEntries(new URL(targets.list, 'http://bench').searchParams));
  const pages: [string, () => Promise<unknown>][] = [
    ['home', () => getRecentActions(12)],
    [`measure page ${targets.measure}`, () => getMeasureBySlug(slug(targets.measure))],
    [`person page ${targets.person}`, () => getPersonBySlug(slug(targets.person))],
    [`body page ${targets.body}`, () => getBodyBySlug(slug(targets.body))],
    [`body members ${targets.body}/members`, () => getBodyMembersBySlug(slug(targets.body))],
    [
      `measures list ${targets.list}`,
      // As components/measures/measure-list-view.tsx calls it: the three filters only (its cached arguments are
      // checked against a strict schema, so the whole params object throws InvalidCachedArgumentsError).
      () =>
        Promise.all([
          findMeasures(listParams),
          getMeasureListFilterNames({
            sponsor: listParams.sponsor,
            cosponsor: listParams.cosponsor,
            addressee: listParams.addressee,
          }),
          getMeasureBodies(),
        ]),
    ],
    ...(['identifier', 'title', 'body', 'stage', 'lastAction'] as const).flatMap((sort) =>
      (['asc', 'desc'] as const).map((dir): [string, () => Promise<unknown>] => [
        `measures list /measures?sort=${sort}&dir=${dir}&page=50`,
        () => findMeasures(parseMeasureListParams({ sort, dir, page: '50' })),
      ]),
    ),
    [
      `measures list by sponsor`,
      () => findMeasures(parseMeasureListParams({ sponsor: slug(targets.person), sort: 'lastAction', page: '3' })),
    ],
    [`measures list by body`, () => findMeasures(parseMeasureListParams({ body: slug(targets.body), page: '40' }))],
  ];

  const scenario = await seedScenario(db as never);
  const results: PagePlans[] = [];
  try {
    const user = await db.user.findUniqueOrThrow({ where: { id: scenario.userId } });
    const viewer = { id: user.id, email: user.email, name: user.name, role: user.role };
    for (const view of ['', 'sort=title&dir=desc&page=7', 'changed=1&q=parks', 'stage=referred&sort=body']) {
      pages.push([
        `dashboard ?${view}`,
        () => loadDashboard(viewer, parseDashboardParams(Object.fromEntries(new URLSearchParams(view)))),
      ]);
    }
    for (const [page, load] of pages) {
      captured = [];
      await load();
      const statements = captured;
      captured = [];
      const indexes = new Set<string>();
      const largeSeqScans: string[] = [];
      for (const statement of statements) {
        const nodes = await explain(statement);
        for (const node of nodes) {
          if (node['Index Name']) indexes.add(node['Index Name']);
          if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && large.has(node['Relation Name']))
            largeSeqScans.push(node['Relation Name']);
        }
        if (values.log)
          console.log(
            `\n-- ${page}\n${statement.query}\n${nodes.map((n) => `${n['Node Type']} ${n['Relation Name'] ?? ''} ${n['Index Name'] ?? ''}`).join('\n')}`,
          );
      }
      const started = performance.now();
      await load();
      const ms = Math.round((performance.now() - started) * 10) / 10;
      captured = [];
      results.push({ page, statements: statements.length, ms, indexes: [...indexes].sort(), largeSeqScans });
    }
  } finally {
    await scenario.cleanup();
  }
  console.log(`\nQuery plans (EXPLAIN of every statement; large tables: ${[...large].sort().join(', ')})`);
  console.table(
    results.map((r) => ({
      page: r.page,
      statements: r.statements,
      ms: r.ms,
      'seq scans of large tables': r.largeSeqScans.join(', ') || 'none',
      indexes: r.indexes.length,
    })),
  );
  if (values.json) await writeFile(values.json, JSON.stringify(results, null, 2));
  return results.every((r) => r.largeSeqScans.length === 0);
}

main().then(
  async (pass) => {
    await db.$disconnect();
    console.log(
      pass ? 'PASS every statement reads large tables through an index' : 'MISS a statement scans a large table',
    );
    // With --json the caller (npm run bench) judges; alone, the exit code says.
    process.exit(pass || values.json ? 0 : 1);
  },
  async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  },
);
