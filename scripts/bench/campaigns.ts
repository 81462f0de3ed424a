// `npm run bench:campaigns [-- --size 100000 --gap-runs 20 --template-measures 50 --reload --pages --no-build
// --connections 50 --duration 10 --warmup 5 --rounds 1]`: the query targets of
// issue 19 on the benchmark database of that many synthetic measures (scripts/bench/dataset.ts, reused when
// loaded). It adds, once, a campaign of 500 members: a synthetic House bill as the lead with cosponsors and 499
// adopted council and state-body measures across places as endorsements, PlaceDistrict rows for those places, and
// states and districts on the synthetic House's memberships (the synthetic world has none). All of that is
// synthetic bench data: the district rows cite no real source. Then it times the cosponsor gap of that campaign
// (target p95 < 100 ms) and the template candidates of 50 measures spread over the table (target p95 < 200 ms),
// EXPLAINs both and flags sequential scans of large tables. With --pages: a production build against that database
// (skipped with --no-build), `next start`, and autocannon on the static page, the campaign page and an addressee
// page (target: each cached page at >= 0.8x the static page's requests/s, as in scripts/bench/pages.ts), in rounds
// and against the static page loaded again at the end, as `npm run bench` does (loadInRounds). Results in
// bench/results/campaigns-*.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { getCampaignGaps } from '@/lib/campaigns/gap';
import {
  TEMPLATE_MIN_LENGTH,
  TEMPLATE_THRESHOLD_SETTING,
  templateCandidatesQuery,
  templateMatches,
} from '@/lib/campaigns/templates';
import { createDbClient } from '@/lib/db/client';
import { SLUG_PREFIX } from '@/lib/synthetic/world';
import { prepareDataset } from './dataset';
import { loadInRounds, runLoad } from './load';
import { CACHED_TARGET_RATIO } from './pages';
import { findFreePort, runToCompletion, serverNodeVersion, startProductionServer } from './server';

export const GAP_P95_TARGET_MS = 100;
export const TEMPLATE_P95_TARGET_MS = 200;
export const BENCH_CAMPAIGN_SLUG = 'bench-campaign-500';
const ENDORSEMENTS = 499;
const HOUSE_SLUG = `${SLUG_PREFIX}us-congress-house-of-representatives`;
/** Tables large at 100,000 measures, where a sequential scan is a plan to fix (CampaignMeasure holds 500 rows here). */
const LARGE_TABLES = ['Measure', 'MeasureTemplate', 'Sponsorship', 'Action', 'MeasureRelation', 'Membership'];
const STATES = (
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR ' +
  'PA RI SC SD TN TX UT VT VA WA WV WI WY'
).split(' ');

const { values: flags } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    'gap-runs': { type: 'string', default: '20' },
    'template-measures': { type: 'string', default: '50' },
    reload: { type: 'boolean', default: false },
    pages: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '1' },
  },
});

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, not "${value}"`);
  return n;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (n: number) => Math.round(n * 10) / 10;

/** Creates the bench campaign once (in one transaction) and returns its id; reuses it when present. */
async function prepareCampaign(client: pg.Client, log: (line: string) => void): Promise<number> {
  const existing = await client.query<{ id: number }>(`SELECT "id" FROM "Campaign" WHERE "slug" = $1`, [
    BENCH_CAMPAIGN_SLUG,
  ]);
  if (existing.rows[0]) {
    log(`Campaign ${BENCH_CAMPAIGN_SLUG}: reusing`);
    return existing.rows[0].id;
  }
  await client.query('BEGIN');
  try {
    const house = await client.query<{ id: number }>(`SELECT "id" FROM "Body" WHERE "slug" = $1`, [HOUSE_SLUG]);
    const houseId = house.rows[0]?.id;
    if (!houseId) throw new Error(`No body ${HOUSE_SLUG}: is this a synthetic bench database?`);

    // Seats: the synthetic House has 435 memberships with a district label and no state; give each a state and a
    // district number (round robin over the 50 states) and a start date so the gap finds them in any Congress.
    await client.query(
      `WITH seats AS (
         SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS i FROM "Membership" WHERE "bodyId" = $1
       )
       UPDATE "Membership" ms SET "state" = ($2::text[])[(seats.i % 50) + 1],
              "district" = ((seats.i / 50) + 1)::text, "startDate" = COALESCE(ms."startDate", DATE '2013-01-03')
       FROM seats WHERE seats."id" = ms."id" AND ms."state" IS NULL`,
      [houseId, STATES],
    );

    const lead = await client.query<{ id: number; startDate: Date }>(
      `SELECT m."id", s."startDate" FROM "Measure" m JOIN "LegislativeSession" s ON s."id" = m."sessionId"
       WHERE m."originBodyId" = $1 AND m."type" = 'bill' ORDER BY m."id" LIMIT 1`,
      [houseId],
    );
    const leadRow = lead.rows[0];
    if (!leadRow) throw new Error('No synthetic House bill with a session to lead the campaign');

    // Cosponsors: every third seat's member, one in ten of them withdrawn later.
    await client.query(
      `WITH seats AS (
         SELECT ms."personId", p."name", row_number() OVER (ORDER BY ms."id") AS i
         FROM "Membership" ms JOIN "Person" p ON p."id" = ms."personId" WHERE ms."bodyId" = $1
       )
       INSERT INTO "Sponsorship" ("measureId", "personId", "nameAsGiven", "kind", "sponsoredOn", "withdrawnOn", "position")
       SELECT $2, seats."personId", seats."name", 'cosponsor', $3::date + (seats.i::int % 300),
              CASE WHEN seats.i % 30 = 0 THEN $3::date + 320 END, 1000 + seats.i
       FROM seats WHERE seats.i % 3 = 0
         AND NOT EXISTS (SELECT 1 FROM "Sponsorship" s WHERE s."measureId" = $2 AND s."personId" = seats."personId")`,
      [houseId, leadRow.id, leadRow.startDate],
    );

    const campaign = await client.query<{ id: number }>(
      `INSERT INTO "Campaign" ("slug", "name", "description", "updatedAt")
       VALUES ($1, 'Bench campaign (500 measures)', 'Synthetic campaign for npm run bench:campaigns.', now())
       RETURNING "id"`,
      [BENCH_CAMPAIGN_SLUG],
    );
    const campaignId = campaign.rows[0]!.id;
    await client.query(
      `INSERT INTO "CampaignMeasure" ("campaignId", "measureId", "role", "status", "confirmedAt")
       VALUES ($1, $2, 'LEAD', 'CONFIRMED', now())`,
      [campaignId, leadRow.id],
    );
    // Endorsements: adopted measures of councils and state bodies, taken round robin across places.
    const endorsed = await client.query(
      `WITH ranked AS (
         SELECT m."id", row_number() OVER (PARTITION BY m."jurisdictionId" ORDER BY m."id") AS r
         FROM "Measure" m JOIN "Jurisdiction" j ON j."id" = m."jurisdictionId"
         WHERE j."classification" IN ('municipality', 'state') AND m."outcome" = 'adopted' AND m."slug" LIKE $3
       )
       INSERT INTO "CampaignMeasure" ("campaignId", "measureId", "role", "status", "confirmedAt")
       SELECT $1, "id", 'ENDORSEMENT', 'CONFIRMED', now() FROM ranked ORDER BY r, "id" LIMIT $2`,
      [campaignId, ENDORSEMENTS, `${SLUG_PREFIX}%`],
    );
    // Districts of the endorsing places: one or two seats each, synthetic (no real source).
    const districts = await client.query(
      `WITH places AS (
         SELECT DISTINCT m."jurisdictionId" AS id FROM "CampaignMeasure" cm JOIN "Measure" m ON m."id" = cm."measureId"
         WHERE cm."campaignId" = $1 AND cm."role" = 'ENDORSEMENT'
       ), numbered AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM places)
       INSERT INTO "PlaceDistrict" ("jurisdictionId", "state", "district", "sourceUrl", "note")
       SELECT id, ($2::text[])[(k % 50) + 1], d::text, 'https://example.invalid/bench-synthetic-districts',
              'Synthetic bench data (npm run bench:campaigns), not a real district.'
       FROM numbered CROSS JOIN LATERAL generate_series(1, CASE WHEN k % 2 = 0 THEN 2 ELSE 1 END) AS d
       ON CONFLICT DO NOTHING`,
      [campaignId, STATES],
    );
    await client.query('COMMIT');
    log(
      `Campaign ${BENCH_CAMPAIGN_SLUG}: lead measure ${leadRow.id}, ${endorsed.rowCount} endorsements, ${districts.rowCount} synthetic district rows`,
    );
    for (const table of ['Membership', 'Sponsorship', 'CampaignMeasure', 'PlaceDistrict', 'Campaign'])
      await client.query(`ANALYZE "${table}"`);
    return campaignId;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Every measure should have its MeasureTemplate row (the trigger, or the migration's backfill); fills any gaps. */
async function ensureTemplates(client: pg.Client, log: (line: string) => void): Promise<number> {
  const missing = await client.query(
    `INSERT INTO "MeasureTemplate" ("measureId", "normalized")
     SELECT m."id", measure_template_text(m."title", m."text") FROM "Measure" m
     WHERE NOT EXISTS (SELECT 1 FROM "MeasureTemplate" t WHERE t."measureId" = m."id")`,
  );
  const counts = await client.query<{ measures: number; templates: number }>(
    `SELECT (SELECT count(*)::int FROM "Measure") AS measures, (SELECT count(*)::int FROM "MeasureTemplate") AS templates`,
  );
  const { measures, templates } = counts.rows[0]!;
  log(`MeasureTemplate: ${templates} rows for ${measures} measures (${missing.rowCount ?? 0} backfilled now)`);
  if ((missing.rowCount ?? 0) > 0) await client.query('ANALYZE "MeasureTemplate"');
  return missing.rowCount ?? 0;
}

async function explain(client: pg.Client, label: string, sql: string, params: unknown[]) {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, params);
  const lines = rows.map((row) => row['QUERY PLAN']);
  const seqScans = lines
    .map((line) => /Seq Scan on "?(\w+)"?/.exec(line)?.[1])
    .filter((table): table is string => !!table && LARGE_TABLES.includes(table));
  console.log(`\n-- EXPLAIN ANALYZE: ${label}`);
  for (const line of lines) console.log(line);
  console.log(
    seqScans.length
      ? `!! sequential scans of large tables: ${seqScans.join(', ')}`
      : 'no sequential scan of a large table',
  );
  return seqScans;
}

type PageFigure = {
  path: string;
  requestsPerSecond: number;
  /** Every round's requests per second (the static page's last run included). */
  roundsPerSecond: number[];
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
};

/** The static page, the campaign page and the busiest addressee's page under load, on a production server. */
async function runPages(url: string, client: pg.Client, log: (line: string) => void) {
  const connections = positive('connections', flags.connections);
  const duration = positive('duration', flags.duration);
  const warmup = positive('warmup', flags.warmup);
  const addressee = await client.query<{ kind: string; key: string }>(
    `SELECT CASE WHEN b."slug" IS NOT NULL THEN 'bodies' ELSE 'people' END AS kind, coalesce(b."slug", p."slug") AS key
     FROM "MeasureTarget" t LEFT JOIN "Body" b ON b."id" = t."bodyId" LEFT JOIN "Person" p ON p."id" = t."personId"
     WHERE coalesce(b."slug", p."slug") IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC, 2 LIMIT 1`,
  );
  const pages = [
    { key: 'static', path: '/about' },
    { key: 'campaign', path: `/campaigns/${BENCH_CAMPAIGN_SLUG}` },
    ...(addressee.rows[0]
      ? [{ key: 'addressee', path: `/addressees/${addressee.rows[0].kind}/${addressee.rows[0].key}` }]
      : []),
  ];
  process.env.DATABASE_URL = url;
  if (!flags['no-build']) await runToCompletion('npm', ['run', 'build']);
  const server = await startProductionServer(await findFreePort());
  const figures: Record<string, PageFigure> = {};
  let baseline = 0;
  try {
    for (const page of pages) {
      const check = await fetch(`${server.baseUrl}${page.path}`);
      if (!check.ok) throw new Error(`${page.path} answered ${check.status}`);
      log(`warming ${page.path}`);
      await runLoad(`${server.baseUrl}${page.path}`, {
        connections: Math.min(10, connections),
        durationSeconds: warmup,
      });
    }
    const rounds = await loadInRounds(
      pages,
      positive('rounds', flags.rounds),
      (page) => runLoad(`${server.baseUrl}${page.path}`, { connections, durationSeconds: duration }),
      (line) => log(`${line} (${connections} connections, ${duration} s)`),
    );
    baseline = rounds.baseline;
    for (const [i, page] of pages.entries()) {
      const result = rounds.loads[i]!;
      figures[page.key] = {
        path: page.path,
        requestsPerSecond: Math.round(result.requestsPerSecond),
        roundsPerSecond: result.roundsPerSecond.map(Math.round),
        p50Ms: result.p50Ms,
        p99Ms: result.p99Ms,
        non2xx: result.non2xx,
        errors: result.errors,
      };
    }
    // The yardstick: the static page's median run, its last run (after the other pages) included.
    figures.static!.requestsPerSecond = Math.round(rounds.baseline);
    figures.static!.roundsPerSecond = rounds.baselineRuns.map(Math.round);
  } finally {
    await server.stop();
  }
  return Object.fromEntries(
    Object.entries(figures).map(([key, f]) => {
      const ratio = baseline ? Math.round((f.requestsPerSecond / baseline) * 100) / 100 : 0;
      const pass = key === 'static' ? null : ratio >= CACHED_TARGET_RATIO && f.non2xx === 0 && f.errors === 0;
      return [key, { ...f, ratio, pass }];
    }),
  );
}

async function main(): Promise<number> {
  const size = positive('size', flags.size);
  const gapRuns = positive('gap-runs', flags['gap-runs']);
  const templateCount = positive('template-measures', flags['template-measures']);
  const log = (line: string) => console.log(line);
  const url = await prepareDataset(size, { reload: flags.reload, log });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = createDbClient(url, 2);
  try {
    const backfilled = await ensureTemplates(client, log);
    const campaignId = await prepareCampaign(client, log);

    // The cosponsor gap: one warm-up, then the timed runs.
    const [warm] = await getCampaignGaps(db, campaignId);
    if (!warm) throw new Error('The bench campaign has no gap (no federal lead with states)');
    const gapTimes: number[] = [];
    for (let i = 0; i < gapRuns; i++) {
      const start = performance.now();
      await getCampaignGaps(db, campaignId);
      gapTimes.push(performance.now() - start);
    }
    gapTimes.sort((a, b) => a - b);
    const gap = {
      members: warm.endorsements.length + 1,
      endorsingPlaces: new Set(warm.endorsements.map((e) => e.placeId)).size,
      seats: warm.rows.length,
      cosponsored: warm.rows.filter((r) => r.status === 'cosponsor').length,
      runs: gapRuns,
      p50Ms: ms(percentile(gapTimes, 50)),
      p95Ms: ms(percentile(gapTimes, 95)),
      pass: percentile(gapTimes, 95) < GAP_P95_TARGET_MS,
    };

    // Template candidates: measures spread evenly over the table, each as if just added (its template is in).
    const picks = await client.query<{ id: number }>(
      `WITH eligible AS (
         SELECT t."measureId" AS id, row_number() OVER (ORDER BY t."measureId") AS r, count(*) OVER () AS n
         FROM "MeasureTemplate" t WHERE length(t."normalized") >= $1
       )
       SELECT id FROM eligible WHERE r % greatest(1, n / $2) = 0 ORDER BY id LIMIT $2`,
      [TEMPLATE_MIN_LENGTH, templateCount],
    );
    const templateTimes: number[] = [];
    let found = 0;
    await templateMatches(db, picks.rows[0]!.id); // warm-up
    for (const { id } of picks.rows) {
      const start = performance.now();
      const matches = await templateMatches(db, id);
      templateTimes.push(performance.now() - start);
      found += matches.length;
    }
    templateTimes.sort((a, b) => a - b);
    const templates = {
      measures: picks.rows.length,
      candidatesFound: found,
      p50Ms: ms(percentile(templateTimes, 50)),
      p95Ms: ms(percentile(templateTimes, 95)),
      maxMs: ms(templateTimes.at(-1) ?? 0),
      pass: percentile(templateTimes, 95) < TEMPLATE_P95_TARGET_MS,
    };

    // Plans: the gap's queries and the template query, as lib/campaigns runs them.
    const lead = warm.lead;
    const seqScans = [
      ...(await explain(
        client,
        'gap: confirmed endorsements of the campaign',
        `SELECT m."id", j."id", COALESCE(m."outcomeDate", m."lastActionDate") AS "date"
         FROM "CampaignMeasure" cm JOIN "Measure" m ON m."id" = cm."measureId"
         JOIN "Jurisdiction" j ON j."id" = m."jurisdictionId"
         WHERE cm."campaignId" = $1 AND cm."role" = 'ENDORSEMENT' AND cm."status" = 'CONFIRMED'
           AND m."outcome" IN ('adopted', 'became_law') ORDER BY "date" NULLS LAST, m."id"`,
        [campaignId],
      )),
      ...(await explain(
        client,
        'gap: the leads and their chamber',
        `SELECT m."id", b."name",
                EXISTS (SELECT 1 FROM "Membership" ms WHERE ms."bodyId" = m."originBodyId" AND ms."state" IS NOT NULL),
                EXISTS (SELECT 1 FROM "Membership" ms WHERE ms."bodyId" = m."originBodyId" AND ms."district" IS NOT NULL)
         FROM "CampaignMeasure" cm JOIN "Measure" m ON m."id" = cm."measureId"
         JOIN "Body" b ON b."id" = m."originBodyId"
         LEFT JOIN "LegislativeSession" ls ON ls."id" = m."sessionId"
         WHERE cm."campaignId" = $1 AND cm."role" = 'LEAD' AND cm."status" = 'CONFIRMED'
         ORDER BY cm."createdAt", m."id"`,
        [campaignId],
      )),
      ...(await explain(
        client,
        'gap: districts of the endorsing places',
        `SELECT DISTINCT pd."jurisdictionId", pd."state", pd."district", j."name"
         FROM "PlaceDistrict" pd JOIN "Jurisdiction" j ON j."id" = pd."jurisdictionId"
         WHERE pd."jurisdictionId" IN (
           SELECT m."jurisdictionId" FROM "CampaignMeasure" cm JOIN "Measure" m ON m."id" = cm."measureId"
           WHERE cm."campaignId" = $1 AND cm."role" = 'ENDORSEMENT' AND cm."status" = 'CONFIRMED'
             AND m."outcome" IN ('adopted', 'became_law'))
         ORDER BY pd."state", pd."district"`,
        [campaignId],
      )),
      ...(await explain(
        client,
        'gap: members for the seats and their sponsorship of the lead',
        `SELECT DISTINCT ON (ms."personId", ms."state", ms."district") p."id", ms."state", ms."district", s."kind"
         FROM "Membership" ms JOIN "Person" p ON p."id" = ms."personId"
         LEFT JOIN "Sponsorship" s ON s."measureId" = $1 AND s."personId" = ms."personId"
         WHERE ms."bodyId" = (SELECT "originBodyId" FROM "Measure" WHERE "id" = $1)
           AND (ms."state", COALESCE(ms."district", '')) IN (
             SELECT * FROM unnest($2::text[], $3::text[]))
         ORDER BY ms."personId", ms."state", ms."district", s."kind" NULLS LAST`,
        [lead.id, warm.rows.map((r) => r.state), warm.rows.map((r) => r.district ?? '')],
      )),
    ];
    const source = await client.query<{ normalized: string }>(
      `SELECT "normalized" FROM "MeasureTemplate" WHERE "measureId" = $1`,
      [picks.rows[0]!.id],
    );
    // The query the app runs (lib/campaigns/templates.ts), in a transaction as there, with its threshold set.
    const candidates = templateCandidatesQuery(picks.rows[0]!.id, source.rows[0]!.normalized, 10);
    await client.query('BEGIN');
    await client.query(TEMPLATE_THRESHOLD_SETTING.text, TEMPLATE_THRESHOLD_SETTING.values);
    seqScans.push(
      ...(await explain(
        client,
        `template candidates of measure ${picks.rows[0]!.id}`,
        candidates.text,
        candidates.values,
      )),
    );
    await client.query('COMMIT');

    const pages = flags.pages ? await runPages(url, client, log) : null;

    const serverNode = serverNodeVersion();
    console.log(
      `\nCampaign figures at ${size} measures on Node ${serverNode} (the machine is shared; figures are noisy under load)`,
    );
    const pageRows = Object.fromEntries(
      Object.entries(pages ?? {}).map(([key, f]) => [
        `${key} page`,
        {
          detail: `${f.path}: ${f.requestsPerSecond} req/s${f.roundsPerSecond.length > 1 ? ` (runs ${f.roundsPerSecond.join(' / ')})` : ''}, p99 ${f.p99Ms} ms, ${f.non2xx} non-2xx`,
          p50_ms: f.p50Ms,
          p95_ms: '',
          target: key === 'static' ? 'baseline' : `>= ${CACHED_TARGET_RATIO}x static (${f.ratio}x)`,
          verdict: f.pass === null ? '' : f.pass ? 'PASS' : 'MISS',
        },
      ]),
    );
    console.table({
      'cosponsor gap': {
        detail: `${gap.members} members, ${gap.endorsingPlaces} places, ${gap.seats} seat rows, ${gap.runs} runs`,
        p50_ms: gap.p50Ms,
        p95_ms: gap.p95Ms,
        target: `p95 < ${GAP_P95_TARGET_MS} ms`,
        verdict: gap.pass ? 'PASS' : 'MISS',
      },
      'template candidates': {
        detail: `${templates.measures} measures, ${templates.candidatesFound} candidates, max ${templates.maxMs} ms`,
        p50_ms: templates.p50Ms,
        p95_ms: templates.p95Ms,
        target: `p95 < ${TEMPLATE_P95_TARGET_MS} ms`,
        verdict: templates.pass ? 'PASS' : 'MISS',
      },
      ...pageRows,
    });

    const result = {
      at: new Date().toISOString(),
      node: serverNode,
      size,
      templatesBackfilled: backfilled,
      gap,
      templates,
      seqScans,
      pages,
    };
    await mkdir('bench/results', { recursive: true });
    const file = path.join('bench/results', `campaigns-${result.at.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`Written to ${file}`);
    const pagesPass = Object.values(pages ?? {}).every((f) => f.pass !== false);
    return gap.pass && templates.pass && pagesPass ? 0 : 1;
  } finally {
    await db.$disconnect();
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
