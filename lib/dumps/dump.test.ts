// The nightly dump against the test database: every allowlisted table in JSON Lines and CSV, counts and checksums in
// the manifest, nothing private (rows seeded with a marker, and user ids on public rows), old dumps pruned, the job
// queued once a day from 03:00 UTC.
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createBody, createMeasure, createPerson } from '@/prisma/factories';
import { DUMP_TABLES } from './tables';
import { dumpFilePath, listDumps, scheduleNightlyDump, writeDump } from './dump';

const db = getTestDb();
const MARKER = 'DUMP-PRIVATE-91ab';
let root: string;
let userId: string;
let measureId: number;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rt-dumps-'));
  const council = await createBody(db, { name: 'Dumpland Council' });
  const person = await createPerson(db, { name: 'Dana Dump' });
  const measure = await createMeasure(db, {
    title: 'Dumpland resolution, "quoted", =1+1',
    originBodyId: council.id,
    actions: [{ date: '2025-05-01', text: 'Introduced' }],
    sponsors: [{ personId: person.id }],
  });
  measureId = measure.id;
  const user = await db.user.create({ data: { email: `dump-${MARKER.toLowerCase()}@example.org`, name: MARKER } });
  userId = user.id;
  await db.measure.update({
    where: { id: measure.id },
    data: {
      overrideStage: 'referred',
      overrideReason: 'Corrected from the minutes',
      overrideById: user.id,
      overrideAt: new Date(),
    },
  });
  await db.measureRelation.create({
    data: { type: 'similar', fromMeasureId: measure.id, addedById: user.id, targetIdentifier: 'X 1' },
  });
  await db.position.create({ data: { measureId: measure.id, stance: 'oppose', note: MARKER, authorId: user.id } });
  await db.savedSearch.create({ data: { userId: user.id, name: MARKER, query: MARKER } });
  await db.apiKey.create({ data: { userId: user.id, name: MARKER, hash: MARKER, prefix: 'rt_x' } });
  // A campaign with confirmed members across batches, and a member's proposal that is not public yet.
  const campaign = await db.campaign.create({ data: { slug: 'dumpland-campaign', name: 'Dumpland campaign' } });
  const others = [];
  for (let i = 0; i < 4; i++) {
    others.push(await createMeasure(db, { title: `Dumpland endorsement ${i}`, originBodyId: council.id }));
  }
  await db.campaignMeasure.createMany({
    data: [
      { campaignId: campaign.id, measureId: measure.id, role: 'LEAD' },
      ...others.slice(0, 3).map((m) => ({ campaignId: campaign.id, measureId: m.id, role: 'ENDORSEMENT' as const })),
      { campaignId: campaign.id, measureId: others[3]!.id, status: 'PROPOSED', note: MARKER, proposedById: user.id },
    ],
  });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('nightly dump', () => {
  it('writes every public table as JSON Lines and CSV, with counts and checksums, and nothing private', async () => {
    const now = new Date('2026-12-04T03:00:00Z');
    // Batches of 2 rows: every table is read in several keyset batches, the composite key of campaign members too.
    const { dir, manifest } = await writeDump(db, root, now, { batchSize: 2 });
    expect(path.basename(dir)).toBe('2026-12-04');
    expect(manifest.schemaVersion).toMatch(/^\d{14}_/);
    expect(manifest.tables.map((t) => t.table)).toEqual(DUMP_TABLES.map((t) => t.file));
    const files = (await readdir(dir)).sort();
    expect(files).toContain('manifest.json');
    expect(files).toHaveLength(DUMP_TABLES.length * 2 + 1);

    let everything = '';
    for (const table of manifest.tables) {
      const spec = DUMP_TABLES.find((t) => t.file === table.table)!;
      const [counted] = await db.$queryRawUnsafe<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM "${spec.name}" WHERE ${spec.where ?? 'TRUE'}`,
      );
      const count = counted!.count;
      expect(table.rows, table.table).toBe(count);
      for (const file of table.files) {
        const bytes = await readFile(path.join(dir, file.name));
        expect(file.bytes).toBe(bytes.length);
        expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        const text = gunzipSync(bytes).toString('utf8');
        everything += text;
        if (file.name.endsWith('.jsonl.gz')) {
          const lines = text
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line));
          expect(lines).toHaveLength(count);
          if (lines[0]) expect(Object.keys(lines[0])).toEqual(spec.columns);
        } else {
          const rows = parse(text, { columns: true }) as Record<string, string>[];
          expect(rows).toHaveLength(count);
        }
      }
    }
    expect(everything).toContain('Dumpland resolution');
    expect(everything).not.toContain(MARKER);
    expect(everything.toLowerCase()).not.toContain(MARKER.toLowerCase());
    expect(everything).not.toContain(userId);
    const measures = gunzipSync(await readFile(path.join(dir, 'measures.jsonl.gz'))).toString('utf8');
    const row = measures
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .find((m) => m.id === measureId);
    expect(row).toMatchObject({ overrideStage: 'referred', overrideReason: 'Corrected from the minutes' });
    expect(row).not.toHaveProperty('overrideById');
    const members = gunzipSync(await readFile(path.join(dir, 'campaign-measures.jsonl.gz')))
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: 'dumpland-campaign' } });
    const ours = members.filter((m) => m.campaignId === campaign.id);
    expect(ours.map((m) => m.role).sort()).toEqual(['ENDORSEMENT', 'ENDORSEMENT', 'ENDORSEMENT', 'LEAD']);
    expect(new Set(members.map((m) => `${m.campaignId}:${m.measureId}`)).size).toBe(members.length);
  });

  it('keeps 7 days, lists the dumps newest first, and serves only dump files', async () => {
    await mkdir(path.join(root, '2026-11-20'));
    await writeDump(db, root, new Date('2026-12-05T03:00:00Z'));
    const names = (await readdir(root)).sort();
    expect(names).toEqual(['2026-12-04', '2026-12-05']);
    const dumps = await listDumps(root);
    expect(dumps.map((d) => d.name)).toEqual(['2026-12-05', '2026-12-04']);
    expect(dumps[0]!.bytes).toBeGreaterThan(0);
    expect(dumpFilePath(root, '2026-12-05', 'measures.csv.gz')).toBe(path.join(root, '2026-12-05', 'measures.csv.gz'));
    expect(dumpFilePath(root, '..', 'manifest.json')).toBeNull();
    expect(dumpFilePath(root, '2026-12-05', '../../etc/passwd')).toBeNull();
  });

  it('is queued once a day, from 03:00 UTC', async () => {
    await db.job.deleteMany({ where: { kind: 'dump' } });
    await scheduleNightlyDump(db, new Date('2026-12-06T02:59:00Z'));
    expect(await db.job.count({ where: { kind: 'dump' } })).toBe(0);
    await scheduleNightlyDump(db, new Date('2026-12-06T03:00:30Z'));
    await scheduleNightlyDump(db, new Date('2026-12-06T17:00:00Z'));
    const jobs = await db.job.findMany({ where: { kind: 'dump' } });
    expect(jobs.map((j) => j.key)).toEqual(['dump:2026-12-06']);
    await db.job.deleteMany({ where: { kind: 'dump' } });
  });
});
