// The database's cache-tag triggers (migration 20261204093109_cache_tag_changes) and the follower that reads them,
// on a real PostgreSQL database (TEST_DATABASE_URL's server, or DATABASE_URL's): no app server, the follower's
// revalidate collects the tags it would expire.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSiblingTestDatabase, type TestDatabase } from '@/lib/test/database';
import { BATCH, createTagFollower, type TagQuery } from './tag-follower';

const server = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
let database: TestDatabase;
let pool: pg.Pool;
/** The embedded PGlite serves one connection at a time: the follower's tests hold two (a transaction left open, LISTEN). */
let embedded = false;
const query: TagQuery = async (sql, values) => (await pool.query(sql, values)).rows;

async function tagsAfter(id: bigint): Promise<string[]> {
  const { rows } = await pool.query(`SELECT "tag" FROM "CacheTagChange" WHERE "id" > $1 ORDER BY "tag"`, [String(id)]);
  return [...new Set(rows.map((row) => row.tag as string))].sort();
}

async function lastId(): Promise<bigint> {
  const { rows } = await pool.query(`SELECT COALESCE(MAX("id"), 0)::text AS "id" FROM "CacheTagChange"`);
  return BigInt(rows[0].id);
}

beforeAll(async () => {
  database = await createSiblingTestDatabase(server);
  pool = new pg.Pool({ connectionString: database.url, max: 4 });
  const { rows } = await pool.query(`SELECT version() AS v`);
  embedded = /emscripten|wasm/i.test(rows[0].v);
  await pool.query(`
    INSERT INTO "Jurisdiction" ("id", "slug", "name", "classification", "updatedAt") VALUES (1, 'us', 'United States', 'country', now());
    INSERT INTO "Body" ("id", "slug", "name", "classification", "updatedAt") VALUES (1, 'house', 'House', 'chamber', now());
    INSERT INTO "Person" ("id", "slug", "name", "updatedAt") VALUES (1, 'ada', 'Ada', now());
    INSERT INTO "User" ("id", "email", "updatedAt") VALUES ('u1', 'u1@example.org', now()), ('u2', 'u2@example.org', now());`);
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

describe('cache tag triggers', () => {
  it('write the tags a new measure touches, once per statement', async () => {
    const before = await lastId();
    await pool.query(`
      INSERT INTO "Measure" ("id", "slug", "type", "title", "jurisdictionId", "originBodyId", "updatedAt")
      VALUES (1, 'hres-1', 'resolution', 'One', 1, 1, now()), (2, 'hres-2', 'resolution', 'Two', 1, 1, now())`);
    expect(await tagsAfter(before)).toEqual(
      ['body:1', 'measure-slug:hres-1', 'measure-slug:hres-2', 'measure:1', 'measure:2', 'measures'].sort(),
    );
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "CacheTagChange" WHERE "id" > $1`, [
      String(before),
    ]);
    expect(rows[0].n).toBe(6); // distinct per statement
  });

  it('name old and new rows of an update, and the rows of a delete', async () => {
    await pool.query(`INSERT INTO "Body" ("id", "slug", "name", "classification", "updatedAt")
      VALUES (2, 'senate', 'Senate', 'chamber', now())`);
    let before = await lastId();
    await pool.query(`UPDATE "Measure" SET "currentBodyId" = 2 WHERE "id" = 1`);
    expect(await tagsAfter(before)).toContain('body:2');
    before = await lastId();
    await pool.query(
      `INSERT INTO "Sponsorship" ("measureId", "personId", "nameAsGiven", "kind") VALUES (1, 1, 'Ada', 'primary')`,
    );
    // (The primary sponsors trigger updates the measure too: its tags come along.)
    expect(await tagsAfter(before)).toEqual(expect.arrayContaining(['measure:1', 'measures', 'person:1']));
    before = await lastId();
    await pool.query(`DELETE FROM "Sponsorship" WHERE "measureId" = 1`);
    expect(await tagsAfter(before)).toEqual(expect.arrayContaining(['measure:1', 'measures', 'person:1']));
  });

  it('expire the dashboards of the members following a changed measure, its sponsor or its body', async () => {
    await pool.query(
      `INSERT INTO "Sponsorship" ("measureId", "personId", "nameAsGiven", "kind") VALUES (2, 1, 'Ada', 'primary')`,
    );
    let before = await lastId();
    await pool.query(`INSERT INTO "Follow" ("userId", "measureId") VALUES ('u1', 1)`);
    expect(await tagsAfter(before)).toEqual(['dashboard:u1']);
    await pool.query(`INSERT INTO "Follow" ("userId", "personId") VALUES ('u2', 1)`);
    before = await lastId();
    await pool.query(`UPDATE "Measure" SET "title" = 'One, amended' WHERE "id" = 1`);
    expect(await tagsAfter(before)).not.toContain('dashboard:u2'); // measure 1 has no sponsor now
    expect(await tagsAfter(before)).toContain('dashboard:u1');
    before = await lastId();
    await pool.query(`UPDATE "Measure" SET "title" = 'Two, amended' WHERE "id" = 2`);
    expect(await tagsAfter(before)).toContain('dashboard:u2'); // sponsored by the person u2 follows
    expect(await tagsAfter(before)).not.toContain('dashboard:u1');
    before = await lastId();
    await pool.query(`INSERT INTO "Position" ("measureId", "stance", "authorId") VALUES (1, 'support', 'u2')`);
    expect(await tagsAfter(before)).toEqual(['dashboard:u1']); // never a public tag
  });

  it('name the campaign pages a campaign, its members or a place district touches, and a meeting’s body and agenda', async () => {
    let before = await lastId();
    await pool.query(
      `INSERT INTO "Campaign" ("id", "slug", "name", "updatedAt") VALUES (1, 'free-them', 'Free them', now())`,
    );
    expect(await tagsAfter(before)).toEqual(['campaign-slug:free-them', 'campaign:1', 'campaigns']);
    before = await lastId();
    await pool.query(`INSERT INTO "CampaignMeasure" ("campaignId", "measureId") VALUES (1, 2)`);
    expect(await tagsAfter(before)).toEqual(expect.arrayContaining(['campaign:1', 'campaigns', 'measure:2']));
    before = await lastId();
    await pool.query(`INSERT INTO "PlaceDistrict" ("jurisdictionId", "state", "district", "sourceUrl")
      VALUES (1, 'CA', '30', 'https://example.org/districts')`);
    expect(await tagsAfter(before)).toEqual(['campaign:1', 'campaigns']);
    before = await lastId();
    await pool.query(`INSERT INTO "Meeting" ("id", "externalId", "bodyId", "bodyName", "startsAt", "updatedAt")
      VALUES (1, 'e1', 2, 'Senate', now() + interval '1 day', now())`);
    expect(await tagsAfter(before)).toEqual(['body:2']);
    before = await lastId();
    await pool.query(
      `INSERT INTO "MeetingItem" ("meetingId", "position", "title", "measureId") VALUES (1, 1, 'Two', 2)`,
    );
    expect(await tagsAfter(before)).toEqual(expect.arrayContaining(['body:2', 'measure:2']));
    before = await lastId();
    await pool.query(`UPDATE "Meeting" SET "location" = 'Room 1' WHERE "id" = 1`);
    expect(await tagsAfter(before)).toEqual(expect.arrayContaining(['body:2', 'measure:2']));
  });

  it('refuse a table the function has no tags for, so a watched table without a branch is found at once', async () => {
    await expect(pool.query(`SELECT rt_cache_tags_of('Nope', '{}'::jsonb)`)).rejects.toThrow(/no cache tags defined/);
  });
});

describe('the tag follower', () => {
  beforeEach((context) => {
    if (embedded) context.skip('PGlite: one connection at a time (the follower polls there, decision 070)');
  });

  it('revalidates what committed after it started, including a transaction that committed after a larger id', async () => {
    const seen: string[][] = [];
    const follower = createTagFollower({
      query,
      revalidate: async (tags) => void seen.push(tags),
      intervalMs: 60_000,
      log: () => undefined,
    });
    await follower.start();
    expect(await follower.pollNow()).toEqual([]);

    const slow = await pool.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(`UPDATE "Person" SET "name" = 'Ada L.' WHERE "id" = 1`); // takes the lower ids, commits later
      await pool.query(`UPDATE "Body" SET "name" = 'The House' WHERE "id" = 1`);
      expect((await follower.pollNow()).sort()).toContain('body:1');
      expect(follower.state().gaps.length).toBeGreaterThan(0);
      await slow.query('COMMIT');
    } finally {
      slow.release();
    }
    const late = await follower.pollNow();
    expect(late.sort()).toEqual(['people', 'person-slug:ada', 'person:1', 'dashboard:u2'].sort());
    expect(follower.state().gaps).toEqual([]);
    await follower.stop();
  });

  it('reads a backlog longer than a batch in the order of the ids, across a power of ten', async () => {
    const follower = createTagFollower({ query, revalidate: async () => {}, intervalMs: 60_000, log: () => undefined });
    await follower.start();
    // The backlog's ids cross from seven digits to eight: 21,000 below the power of ten, a batch from it on. Read in
    // the order of their text, the batch from the power of ten would come first and the 21,000 before it (more than
    // the follower keeps as gaps) would never be read.
    const below = 21_000;
    const next = 10n ** BigInt(Math.max(7, String(await lastId()).length + 1)) - BigInt(below);
    await pool.query(`SELECT setval('"CacheTagChange_id_seq"', $1, false)`, [String(next)]);
    const rows = below + BATCH;
    await pool.query(
      `INSERT INTO "CacheTagChange" ("tag") SELECT 'backlog:' || i FROM generate_series(1, ${rows}) AS s(i) ORDER BY i`,
    );
    const seen = new Set<string>();
    for (let poll = 0; poll < 20; poll++) {
      const tags = await follower.pollNow();
      if (tags.length === 0) break;
      for (const tag of tags) seen.add(tag);
    }
    expect([...seen].filter((tag) => tag.startsWith('backlog:')).length).toBe(rows);
    expect(follower.state().last).toBe(next + BigInt(rows) - 1n);
    await follower.stop();
  });

  it('keeps the tags of a failed revalidation for the next poll', async () => {
    let fail = true;
    const done: string[] = [];
    const follower = createTagFollower({
      query,
      revalidate: async (tags) => {
        if (fail) throw new Error('server not up yet');
        done.push(...tags);
      },
      intervalMs: 60_000,
      log: () => undefined,
    });
    await follower.start();
    await pool.query(`UPDATE "Body" SET "name" = 'House' WHERE "id" = 1`);
    await expect(follower.pollNow()).rejects.toThrow('server not up yet');
    fail = false;
    await follower.pollNow();
    expect(done).toContain('body:1');
    await follower.stop();
  });

  it('wakes on NOTIFY when it has a direct connection, long before its next poll', async () => {
    const seen: string[] = [];
    let woke: () => void = () => undefined;
    const wokeUp = new Promise<void>((resolve) => (woke = resolve));
    const follower = createTagFollower({
      query,
      revalidate: async (tags) => {
        seen.push(...tags);
        woke();
      },
      listenUrl: database.url,
      intervalMs: 60_000,
      log: () => undefined,
    });
    await follower.start();
    const started = Date.now();
    await pool.query(`UPDATE "Person" SET "name" = 'Ada' WHERE "id" = 1`);
    await wokeUp;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(seen).toContain('person:1');
    await follower.stop();
  });

  it('after a restart, revalidates what changed while it was stopped', async () => {
    const positionFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'rt-follower-')), 'position.json');
    const seen: string[] = [];
    const make = () =>
      createTagFollower({
        query,
        revalidate: async (tags) => void seen.push(...tags),
        intervalMs: 60_000,
        positionFile,
        log: () => undefined,
      });
    const first = make();
    await first.start();
    await pool.query(`UPDATE "Body" SET "name" = 'House 1' WHERE "id" = 1`);
    await first.pollNow();
    await first.stop();
    await pool.query(`UPDATE "Person" SET "name" = 'Ada while down' WHERE "id" = 1`);
    seen.length = 0;
    const second = make();
    await second.start();
    expect(await second.pollNow()).toContain('person:1');
    expect(seen).not.toContain('body:1');
    await second.stop();
  });

  it('prunes rows older than its retention', async () => {
    await pool.query(`UPDATE "CacheTagChange" SET "createdAt" = now() - interval '2 hours'`);
    const follower = createTagFollower({
      query,
      revalidate: async () => undefined,
      intervalMs: 60_000,
      pruneEveryMs: 0,
      log: () => undefined,
    });
    await follower.start();
    await pool.query(`UPDATE "Body" SET "name" = 'House' WHERE "id" = 1`);
    await follower.pollNow();
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM "CacheTagChange" WHERE "createdAt" < now() - interval '1 hour'`,
    );
    expect(rows[0].n).toBe(0);
    await follower.stop();
  });
});
