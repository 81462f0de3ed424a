// Loads a synthetic world and N measures into PostgreSQL (or PGlite) in one transaction. The search and cache-tag
// triggers are switched off for the load (inside the transaction, so a failure leaves them on) and the search documents are
// computed afterwards in chunks: one pass instead of one per action statement.
import { FINAL_OUTCOMES } from '@/lib/status';
import pg from 'pg';
import { normalizeIdentifier } from '@/lib/measures/identifier';
import { arrayLiteral, insertRows } from '@/lib/synthetic/insert';
import { generateMeasure, type NumberCounters } from '@/lib/synthetic/measures';
import { createRandom } from '@/lib/synthetic/random';
import { buildWorld, SLUG_PREFIX } from '@/lib/synthetic/world';

export type LoadOptions = { measures: number; seed: number; replace: boolean; log?: (line: string) => void };
export type LoadSummary = {
  jurisdictions: number;
  bodies: number;
  people: number;
  measures: number;
  actions: number;
  sponsorships: number;
  relations: number;
  seconds: number;
  /** The process's peak resident memory so far (the load streams batches of BATCH measures, so it stays bounded). */
  peakRssMb: number;
};

const SEARCH_TRIGGERS: [string, string][] = [
  ['Measure', 'Measure_search_vector'],
  ['Action', 'Action_search_vector_insert'],
  ['Action', 'Action_search_vector_update'],
  ['Action', 'Action_search_vector_delete'],
];
// The cache-tag triggers (migration 20261204093109_cache_tag_changes) record every inserted row's tags, and the
// primary-sponsor trigger's UPDATE of each batch's measures records them again: four times per measure, each time
// looking up its sponsors and followers. A bulk load of new rows has no cached page of its own to expire, so they are
// off for the load and the lists' tags are recorded once at the end (the home page, lists and search show the new
// measures). Sampling the 1,000,000-measure load showed it spending most of its time in those INSERTs.
const CACHE_TAG_TRIGGERS: [string, string][] = [
  ['Measure', 'rt_cache_tags_ins'],
  ['Measure', 'rt_cache_tags_upd'],
  ['Action', 'rt_cache_tags_ins'],
  ['Sponsorship', 'rt_cache_tags_ins'],
  ['MeasureRelation', 'rt_cache_tags_ins'],
];
const LOADED_TAGS = ['measures', 'people', 'bodies'];
const BATCH = 2000;
const VECTOR_CHUNK = 10_000;

async function removeSynthetic(client: pg.ClientBase) {
  const like = `${SLUG_PREFIX}%`;
  await client.query(
    `DELETE FROM "Measure" WHERE "jurisdictionId" IN (SELECT "id" FROM "Jurisdiction" WHERE "slug" LIKE $1)`,
    [like],
  );
  await client.query(`DELETE FROM "Membership" WHERE "personId" IN (SELECT "id" FROM "Person" WHERE "slug" LIKE $1)`, [
    like,
  ]);
  await client.query(`DELETE FROM "Person" WHERE "slug" LIKE $1`, [like]);
  await client.query(
    `DELETE FROM "LegislativeSession" WHERE "bodyId" IN (SELECT "id" FROM "Body" WHERE "slug" LIKE $1)`,
    [like],
  );
  // Children before parents: committees, then chambers, then the rest.
  for (const classification of ['committee', 'chamber']) {
    await client.query(`DELETE FROM "Body" WHERE "slug" LIKE $1 AND "classification" = $2::"BodyClassification"`, [
      like,
      classification,
    ]);
  }
  await client.query(`DELETE FROM "Body" WHERE "slug" LIKE $1`, [like]);
  await client.query(`DELETE FROM "Jurisdiction" WHERE "slug" LIKE $1`, [like]);
}

export async function loadSynthetic(url: string, options: LoadOptions): Promise<LoadSummary> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const random = createRandom(options.seed);
  const world = buildWorld(random);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const existing = await client.query(`SELECT count(*)::int AS n FROM "Jurisdiction" WHERE "slug" LIKE $1`, [
      `${SLUG_PREFIX}%`,
    ]);
    if (existing.rows[0].n > 0) {
      if (!options.replace)
        throw new Error('Synthetic data is already loaded: run again with --replace to load it afresh.');
      log('Removing the synthetic data loaded before');
    }
    for (const [table, trigger] of [...SEARCH_TRIGGERS, ...CACHE_TAG_TRIGGERS])
      await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
    if (existing.rows[0].n > 0) await removeSynthetic(client);

    const jurisdictionIds = new Map<string, number>();
    const jRows = await insertRows<{ id: number; slug: string }>(
      client,
      'Jurisdiction',
      [
        { name: 'slug', type: 'text' },
        { name: 'name', type: 'text' },
        { name: 'classification', type: 'text' },
        { name: 'updatedAt', type: 'timestamp' },
      ],
      world.jurisdictions.map((j) => [j.slug, j.name, j.classification, new Date()]),
      '"id", "slug"',
    );
    for (const j of world.jurisdictions) jurisdictionIds.set(j.key, jRows.find((r) => r.slug === j.slug)!.id);

    // Level by level (legislatures, chambers, committees) so that each parent has its id before its children.
    const bodyIds = new Map<string, number>();
    while (bodyIds.size < world.bodies.length) {
      const pending = world.bodies.filter((b) => !bodyIds.has(b.key) && (b.parent === null || bodyIds.has(b.parent)));
      if (pending.length === 0) throw new Error('Synthetic bodies whose parent is never created');
      const rows = await insertRows<{ id: number; slug: string }>(
        client,
        'Body',
        [
          { name: 'slug', type: 'text' },
          { name: 'name', type: 'text' },
          { name: 'shortName', type: 'text' },
          { name: 'classification', type: 'text', cast: '"BodyClassification"' },
          { name: 'jurisdictionId', type: 'int' },
          { name: 'parentId', type: 'int' },
          { name: 'updatedAt', type: 'timestamp' },
        ],
        pending.map((b) => [
          b.slug,
          b.name,
          b.shortName,
          b.classification,
          jurisdictionIds.get(b.jurisdiction),
          b.parent ? bodyIds.get(b.parent) : null,
          new Date(),
        ]),
        '"id", "slug"',
      );
      const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
      for (const b of pending) bodyIds.set(b.key, bySlug.get(b.slug)!);
    }

    const sessionIds = new Map<string, number>();
    const sessionRows = world.legislatures.flatMap((l) => l.sessions.map((s) => ({ l, s })));
    const sRows = await insertRows<{ id: number; bodyId: number; identifier: string }>(
      client,
      'LegislativeSession',
      [
        { name: 'bodyId', type: 'int' },
        { name: 'identifier', type: 'text' },
        { name: 'name', type: 'text' },
        { name: 'startDate', type: 'date' },
      ],
      sessionRows.map(({ l, s }) => [bodyIds.get(l.body), s.identifier, s.name, `${s.year}-01-03`]),
      '"id", "bodyId", "identifier"',
    );
    for (const row of sRows) sessionIds.set(`${row.bodyId}|${row.identifier}`, row.id);

    const personIds: number[] = [];
    for (let i = 0; i < world.people.length; i += BATCH) {
      const chunk = world.people.slice(i, i + BATCH);
      const rows = await insertRows<{ id: number }>(
        client,
        'Person',
        [
          { name: 'slug', type: 'text' },
          { name: 'name', type: 'text' },
          { name: 'givenName', type: 'text' },
          { name: 'familyName', type: 'text' },
          { name: 'updatedAt', type: 'timestamp' },
        ],
        chunk.map((p) => [p.slug, p.name, p.givenName, p.familyName, new Date()]),
        '"id"',
      );
      personIds.push(...rows.map((r) => r.id));
    }
    await insertRows(
      client,
      'Membership',
      [
        { name: 'personId', type: 'int' },
        { name: 'bodyId', type: 'int' },
        { name: 'role', type: 'text' },
        { name: 'district', type: 'text' },
        { name: 'party', type: 'text' },
      ],
      world.memberships.map((m) => [personIds[m.person], bodyIds.get(m.body), m.role, m.district, m.party]),
    );
    log(
      `World: ${world.jurisdictions.length} jurisdictions, ${world.bodies.length} bodies, ${world.people.length} people`,
    );

    const counters: NumberCounters = new Map();
    let actions = 0;
    let sponsorships = 0;
    let firstMeasureId = Number.MAX_SAFE_INTEGER;
    let lastMeasureId = 0;
    for (let done = 0; done < options.measures; done += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, options.measures - done) }, () =>
        generateMeasure(random, world, counters),
      );
      const now = new Date();
      const rows = await insertRows<{ id: number }>(
        client,
        'Measure',
        [
          { name: 'slug', type: 'text' },
          { name: 'identifier', type: 'text' },
          { name: 'normalizedIdentifier', type: 'text' },
          { name: 'type', type: 'text', cast: '"MeasureType"' },
          { name: 'title', type: 'text' },
          { name: 'summary', type: 'text' },
          { name: 'text', type: 'text' },
          { name: 'subjects', type: 'text', cast: 'text[]' },
          { name: 'jurisdictionId', type: 'int' },
          { name: 'originBodyId', type: 'int' },
          { name: 'sessionId', type: 'int' },
          { name: 'introducedOn', type: 'date' },
          { name: 'stage', type: 'text', cast: '"Stage"' },
          { name: 'outcome', type: 'text', cast: '"Outcome"' },
          { name: 'currentBodyId', type: 'int' },
          { name: 'stageDate', type: 'date' },
          { name: 'lastActionDate', type: 'date' },
          { name: 'updatedAt', type: 'timestamp' },
        ],
        batch.map((m) => {
          const legislatureId = bodyIds.get(m.legislature.body)!;
          return [
            m.slug,
            m.identifier,
            normalizeIdentifier(m.identifier),
            m.type,
            m.title,
            m.summary,
            m.text,
            arrayLiteral(m.subjects),
            jurisdictionIds.get(m.legislature.jurisdiction),
            bodyIds.get(m.originBody),
            m.session ? sessionIds.get(`${legislatureId}|${m.session}`) : null,
            m.introducedOn,
            m.stage,
            m.outcome,
            FINAL_OUTCOMES.has(m.outcome) ? null : bodyIds.get(m.currentBody),
            m.lastActionDate,
            m.lastActionDate,
            now,
          ];
        }),
        '"id"',
      );
      const ids = rows.map((r) => r.id);
      firstMeasureId = Math.min(firstMeasureId, ...ids);
      lastMeasureId = Math.max(lastMeasureId, ...ids);
      const actionRows = batch.flatMap((m, i) =>
        m.actions.map((a, position) => [
          ids[i],
          position,
          a.date,
          bodyIds.get(a.actingBody),
          a.relatedBody ? bodyIds.get(a.relatedBody) : null,
          a.text,
          'synthetic',
          arrayLiteral(a.classification),
        ]),
      );
      await insertRows(
        client,
        'Action',
        [
          { name: 'measureId', type: 'int' },
          { name: 'position', type: 'int' },
          { name: 'date', type: 'date' },
          { name: 'actingBodyId', type: 'int' },
          { name: 'relatedBodyId', type: 'int' },
          { name: 'text', type: 'text' },
          { name: 'sourceSystem', type: 'text' },
          { name: 'classification', type: 'text', cast: 'text[]' },
        ],
        actionRows,
      );
      const sponsorRows = batch.flatMap((m, i) =>
        m.sponsors.map((s, position) => [
          ids[i],
          personIds[s.person],
          s.name,
          s.kind,
          position === 0,
          m.introducedOn,
          position,
        ]),
      );
      await insertRows(
        client,
        'Sponsorship',
        [
          { name: 'measureId', type: 'int' },
          { name: 'personId', type: 'int' },
          { name: 'nameAsGiven', type: 'text' },
          { name: 'kind', type: 'text', cast: '"SponsorshipKind"' },
          { name: 'isOriginal', type: 'bool' },
          { name: 'sponsoredOn', type: 'date' },
          { name: 'position', type: 'int' },
        ],
        sponsorRows,
      );
      actions += actionRows.length;
      sponsorships += sponsorRows.length;
      if ((done / BATCH) % 10 === 0 || done + BATCH >= options.measures)
        log(
          `Measures: ${Math.min(done + BATCH, options.measures)} of ${options.measures} (${actions} actions, ` +
            `${Math.round((Date.now() - started) / 1000)} s, RSS ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB)`,
        );
    }

    // Relations as advocacy work finds them: about one measure in twelve endorses, follows up or resembles an earlier
    // one (ids are consecutive within this load), and one in a hundred names a measure not in the database yet.
    const relationTypes = ['endorses', 'companion', 'similar', 'responds_to', 'supersedes'] as const;
    const relationRows: unknown[][] = [];
    for (let id = firstMeasureId + 1; id <= lastMeasureId; id += 1) {
      if (random.chance(1 / 12))
        relationRows.push([
          random.pick(relationTypes),
          id,
          random.int(firstMeasureId, id - 1),
          null,
          null,
          'synthetic',
        ]);
      else if (random.chance(1 / 100)) {
        const identifier = `H.Res. ${random.int(1, 9999)}`;
        relationRows.push(['endorses', id, null, identifier, normalizeIdentifier(identifier), 'synthetic']);
      }
    }
    for (let i = 0; i < relationRows.length; i += BATCH) {
      await insertRows(
        client,
        'MeasureRelation',
        [
          { name: 'type', type: 'text', cast: '"RelationType"' },
          { name: 'fromMeasureId', type: 'int' },
          { name: 'toMeasureId', type: 'int' },
          { name: 'targetIdentifier', type: 'text' },
          { name: 'targetNormalized', type: 'text' },
          { name: 'addedByLabel', type: 'text' },
        ],
        relationRows.slice(i, i + BATCH),
      );
    }
    log(`Relations: ${relationRows.length}`);

    for (let from = firstMeasureId; from <= lastMeasureId; from += VECTOR_CHUNK) {
      await client.query(
        `UPDATE "Measure" m SET "searchVector" = "measure_search_document"(m."id", m."identifier", m."normalizedIdentifier", m."title", m."summary", m."subjects", m."text", m."introducedOn"),
                                "titleVector" = "measure_title_document"(m."identifier", m."normalizedIdentifier", m."title", m."introducedOn")
         WHERE m."id" BETWEEN $1 AND $2 AND m."jurisdictionId" IN (SELECT "id" FROM "Jurisdiction" WHERE "slug" LIKE $3)`,
        [from, Math.min(from + VECTOR_CHUNK - 1, lastMeasureId), `${SLUG_PREFIX}%`],
      );
      log(`Search documents: up to measure ${Math.min(from + VECTOR_CHUNK - 1, lastMeasureId)}`);
    }
    for (const [table, trigger] of [...SEARCH_TRIGGERS, ...CACHE_TAG_TRIGGERS])
      await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
    await client.query('SELECT rt_cache_record_tags($1::text[])', [LOADED_TAGS]);
    await client.query('COMMIT');
    // Fresh statistics for the planner, and a visibility map so the sponsor facet's index-only scans stay index-only.
    await client.query('VACUUM (ANALYZE) "Measure", "Sponsorship"');
    await client.query('ANALYZE "Action", "Person", "Body", "Membership"');
    return {
      jurisdictions: world.jurisdictions.length,
      bodies: world.bodies.length,
      people: world.people.length,
      measures: options.measures,
      actions,
      sponsorships,
      relations: relationRows.length,
      seconds: (Date.now() - started) / 1000,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
