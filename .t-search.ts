import { createDbClient } from './lib/db/client';
import { matchQuery } from './lib/search/facets';
import { hitRowsQuery } from './lib/search/queries';
import { namesQuery } from './lib/search/names';
import { parseSearchParams } from './lib/search/params';
const db = createDbClient(process.env.DATABASE_URL!, 2);
async function t(label: string, fn: () => Promise<unknown>) { const times: number[] = []; for (let i = 0; i < 5; i++) { const s = performance.now(); await fn(); times.push(performance.now() - s); } console.log(label.padEnd(40), times.map((x) => x.toFixed(0)).join(' ')); }
for (const q of ['veterans', 'affordable housing', 'housing']) {
  const p = parseSearchParams({ q }).params;
  let ids: number[] = [];
  await t(`match ${q}`, async () => { const rows = await db.$queryRaw<any[]>(matchQuery(p, [])); ids = rows.filter((r) => r.facet === 'hit').map((r) => Number(r.value)); });
  await t(`hits ${q}`, () => db.$queryRaw(hitRowsQuery(q, ids)));
  await t(`names ${q}`, () => Promise.all([db.$queryRaw(namesQuery('Person', q)), db.$queryRaw(namesQuery('Body', q))]));
}
process.exit(0);
