// Sources as an admin enters them: each bad field refused with its reason, a good one stored with its next run.
import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createSource, deleteSource, setPaused, updateSource } from './mutations';
import { scheduleDueSyncs } from './schedule';

const db = getTestDb();

describe('sync sources', () => {
  it('refuses a bad kind, name, schedule and settings, naming each field', async () => {
    const result = await createSource(db, { kind: 'ftp', name: ' ', jurisdiction: '', settings: '{', schedule: '* *' });
    expect(result.ok).toBe(false);
    const errors = (result as { errors: Record<string, string[]> }).errors;
    expect(Object.keys(errors).sort()).toEqual(['jurisdiction', 'kind', 'name', 'schedule']);
    const bad = await createSource(db, {
      kind: 'legistar',
      name: 'Council',
      jurisdiction: 'Chicago',
      settings: '{"client": "chi cago", "mapping": {"matterTypes": {"Ordinance": "decree"}}}',
      schedule: '61 * * * *',
    });
    const e = (bad as { errors: Record<string, string[]> }).errors;
    expect(e.schedule![0]).toMatch(/^Not a schedule/);
    expect(e.settings!.join(' ')).toMatch(/client: the Legistar client name/);
    expect(e.settings!.join(' ')).toMatch(/mapping\.matterTypes\.Ordinance/);
  });

  it('stores a good source with its next run, pauses, resumes, queues it when due and removes it', async () => {
    const result = await createSource(db, {
      kind: 'congress-bulk',
      name: `Congress ${Date.now()}`,
      jurisdiction: 'United States',
      settings: '{"congresses": ["119"]}',
      schedule: '*/5 * * * *',
    });
    expect(result.ok).toBe(true);
    const id = (result as { id: number }).id;
    const row = await db.syncSource.findUniqueOrThrow({ where: { id } });
    expect(row.settings).toEqual({
      baseUrl: 'https://www.govinfo.gov',
      congresses: ['119'],
      billTypes: expect.any(Array),
      concurrency: 2,
      fullPassEveryHours: 24,
    });
    expect(row.nextRunAt!.getUTCMinutes() % 5).toBe(0);
    expect(await updateSource(db, id, { settings: '{"congresses": ["x"]}', schedule: '0 * * * *' })).toMatchObject({
      ok: false,
    });

    await setPaused(db, id, true);
    expect(await db.syncSource.findUniqueOrThrow({ where: { id } })).toMatchObject({ paused: true, nextRunAt: null });
    await setPaused(db, id, false);
    // Due: one job per firing, however many ticks see it.
    await db.syncSource.update({ where: { id }, data: { nextRunAt: new Date(Date.now() - 1000) } });
    await scheduleDueSyncs(db);
    await scheduleDueSyncs(db);
    expect(await db.job.count({ where: { kind: 'sync', key: { startsWith: `sync:${id}:` } } })).toBe(1);
    expect(await deleteSource(db, id)).toBe(true);
    expect(await deleteSource(db, id)).toBe(false);
  });

  it('takes a Congress.gov API source, its settings checked like the others', async () => {
    const bad = await createSource(db, {
      kind: 'congress-api',
      name: `Congress API ${Date.now()}`,
      jurisdiction: 'United States',
      settings: '{"congresses": []}',
      schedule: '0 * * * *',
    });
    expect((bad as { errors: Record<string, string[]> }).errors.settings).toEqual([
      'congresses: at least one Congress, like ["119"]',
    ]);
    const good = await createSource(db, {
      kind: 'congress-api',
      name: `Congress API ${Date.now()}`,
      jurisdiction: 'United States',
      settings: '{"congresses": ["119"], "billTypes": ["hr", "hres"]}',
      schedule: '0 * * * *',
    });
    expect(good.ok).toBe(true);
    const row = await db.syncSource.findUniqueOrThrow({ where: { id: (good as { id: number }).id } });
    expect(row).toMatchObject({
      kind: 'congress-api',
      settings: { baseUrl: 'https://api.congress.gov/v3', congresses: ['119'], billTypes: ['hr', 'hres'] },
    });
  });
});
