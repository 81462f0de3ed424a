// The benchmark's databases: one per size (`rt_bench_1000`, `rt_bench_100000`) on the PostgreSQL server of
// BENCH_DATABASE_URL or DATABASE_URL (default: the local server), holding the founding case and the synthetic world
// of that many measures. A database already loaded at that size is reused (loading 100,000 measures takes minutes);
// --reload loads it afresh.
import pg from 'pg';
import { applyMigrations } from '@/lib/db/migrate';
import { runSeed } from '@/lib/db/run-seed';
import { redactUrl, withDatabase } from '@/lib/db/url';
import { loadSynthetic } from '@/lib/synthetic/load';
import { SLUG_PREFIX } from '@/lib/synthetic/world';

const DEFAULT_SERVER = 'postgresql://postgres@127.0.0.1:5432/postgres';

export function benchServerUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_SERVER;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function loadedSize(url: string): Promise<number | null> {
  try {
    return await withClient(url, async (client) => {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Measure" m JOIN "Jurisdiction" j ON j."id" = m."jurisdictionId" WHERE j."slug" LIKE $1`,
        [`${SLUG_PREFIX}%`],
      );
      return rows[0]?.n ?? null;
    });
  } catch {
    return null; // no such database, or not migrated
  }
}

/** The URL of a database with the founding case and `size` synthetic measures, created or reused. */
export async function prepareDataset(
  size: number,
  options: { reload: boolean; log: (line: string) => void },
): Promise<string> {
  const server = benchServerUrl();
  const name = `rt_bench_${size}`;
  const url = withDatabase(server, name);
  if (!options.reload && (await loadedSize(url)) === size) {
    options.log(`Dataset ${name}: reusing ${size} synthetic measures (${redactUrl(url)})`);
    await applyMigrations(url);
    return url;
  }
  options.log(`Dataset ${name}: loading the founding case and ${size} synthetic measures`);
  await withClient(server, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  await applyMigrations(url);
  await runSeed(url);
  const summary = await loadSynthetic(url, { measures: size, seed: 1, replace: false, log: options.log });
  options.log(
    `Dataset ${name}: ${summary.measures} measures, ${summary.actions} actions, ${summary.sponsorships} sponsorships, ${summary.relations} relations in ${summary.seconds.toFixed(0)} s, peak RSS ${summary.peakRssMb} MB`,
  );
  return url;
}

export type BenchTargets = {
  measure: string;
  person: string;
  personSponsored: number;
  body: string;
  list: string;
  search: string;
};

/** The pages to load, chosen from the data: a typical measure, the person nearest 500 sponsored measures, the busiest body. */
export async function findTargets(url: string): Promise<BenchTargets> {
  return withClient(url, async (client) => {
    const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;
    const synthetic = `${SLUG_PREFIX}%`;
    const measure = await one<{ slug: string }>(
      `SELECT "slug" FROM "Measure" WHERE "slug" LIKE $1 ORDER BY "id" OFFSET (SELECT count(*) / 2 FROM "Measure" WHERE "slug" LIKE $1) LIMIT 1`,
      [synthetic],
    );
    const person = await one<{ slug: string; n: number }>(
      `SELECT p."slug", count(*)::int AS n FROM "Sponsorship" s JOIN "Person" p ON p."id" = s."personId" GROUP BY p."slug" ORDER BY abs(count(*) - 500), p."slug" LIMIT 1`,
    );
    const body = await one<{ slug: string }>(
      `SELECT b."slug" FROM "Measure" m JOIN "Body" b ON b."id" = m."originBodyId" GROUP BY b."slug" ORDER BY count(*) DESC, b."slug" LIMIT 1`,
    );
    const bills = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Measure" WHERE "type" = 'bill'`);
    const page = Math.max(1, Math.min(50, Math.ceil(bills.n / 25)));
    return {
      measure: `/measures/${measure.slug}`,
      person: `/people/${person.slug}`,
      personSponsored: person.n,
      body: `/bodies/${body.slug}`,
      list: `/measures?type=bill&sort=title&page=${page}`,
      search: '/search?q=affordable+housing',
    };
  });
}
