import { beforeAll, describe, expect, it, vi } from 'vitest';
import { authEnv } from '@/lib/auth/env';
import { parseDashboardParams } from '@/lib/dashboard/params';
import { dashboardViewSegment } from '@/lib/dashboard/view-segment';
import { parseMeasureListParams } from '@/lib/measures/list-params';
import { parseSearchParams } from '@/lib/search/params';
import { getTestDb } from '@/lib/test/db';
import { createMeasure } from '@/prisma/factories';

// Every 'use cache' function is a server function Next.js lets anyone POST to with arguments of their choosing
// (issue 17). Outside Next they run as plain functions: each one is called here as such a POST would call it.
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const { findMeasures, getMeasureBySlug, getMeasureListFilterNames, getRecentActions, MAX_RECENT_ACTIONS } =
  await import('@/lib/measures/queries');
const { getPersonBySlug } = await import('@/lib/people/queries');
const { getBodyBySlug, getBodyMembersBySlug } = await import('@/lib/bodies/queries');
const { getMeasureFeed, getPersonFeed, getBodyFeed, getSearchFeed } = await import('@/lib/feeds/queries');
const { cachedSearch } = await import('@/lib/search/cached');
const { cachedDashboardView } = await import('@/lib/dashboard/cached');
const { cachedApiAnswer } = await import('@/lib/api/cached');

const db = getTestDb();
let measure: Awaited<ReturnType<typeof createMeasure>>;
const hostile = (value: unknown) => value as never;

beforeAll(async () => {
  measure = await createMeasure(db, { title: 'Cached arguments resolution' });
});

describe('cached data functions check their arguments as the pages do', () => {
  it('refuses a list query carrying a Prisma operator, an unknown key or an out-of-range page', async () => {
    const params = parseMeasureListParams({});
    await expect(findMeasures(hostile({ ...params, sponsor: { contains: 'x' } }))).rejects.toThrow(
      /findMeasures was called with arguments it does not accept/,
    );
    await expect(findMeasures(hostile({ ...params, where: {} }))).rejects.toThrow(/does not accept/);
    await expect(findMeasures(hostile({ ...params, page: 10_000_000 }))).rejects.toThrow(/does not accept/);
    await expect(getMeasureListFilterNames(hostile({ sponsor: { startsWith: '' } }))).rejects.toThrow(
      /does not accept/,
    );
    // What the pages pass still works.
    expect((await findMeasures(params)).total).toBeGreaterThan(0);
  });

  it('refuses a recent-actions count over what the home page could ask', async () => {
    await expect(getRecentActions(1_000_000)).rejects.toThrow(
      /getRecentActions was called with arguments it does not accept/,
    );
    await expect(getRecentActions(hostile('12'))).rejects.toThrow(/does not accept/);
    await expect(getRecentActions(0)).rejects.toThrow(/does not accept/);
    expect((await getRecentActions(MAX_RECENT_ACTIONS)).length).toBeLessThanOrEqual(MAX_RECENT_ACTIONS);
  });

  it('finds nothing for a slug that is not one (a NUL byte, an object), without a failed query', async () => {
    for (const slug of ['a\u0000b', 'UPPER', hostile({ contains: 'a' }), hostile(null)]) {
      expect(await getMeasureBySlug(slug)).toBeNull();
      expect(await getPersonBySlug(slug)).toBeNull();
      expect(await getBodyBySlug(slug)).toBeNull();
      expect(await getBodyMembersBySlug(slug)).toBeNull();
      expect(await getMeasureFeed(slug)).toBeNull();
      expect(await getPersonFeed(slug)).toBeNull();
      expect(await getBodyFeed(slug)).toBeNull();
    }
    expect((await getMeasureBySlug(measure.slug))?.id).toBe(measure.id);
  });

  it('refuses a search that its URL parser could not have produced', async () => {
    const { params } = parseSearchParams({ q: 'resolution' });
    await expect(cachedSearch(hostile({ ...params, q: 'a\u0000b' }))).rejects.toThrow(/cachedSearch was called/);
    await expect(cachedSearch(hostile({ ...params, sponsor: { in: ['x'] } }))).rejects.toThrow(/does not accept/);
    await expect(cachedSearch(hostile({ ...params, page: 1e9 }))).rejects.toThrow(/does not accept/);
    await expect(getSearchFeed(hostile({ ...params, extra: 1 }))).rejects.toThrow(/getSearchFeed was called/);
    expect((await cachedSearch(params)).total).toBeGreaterThanOrEqual(0);
  });

  it('opens a dashboard only for a segment this server signed, never by a user id alone', async () => {
    const user = await db.user.create({ data: { email: `cached-args-${Date.now()}@example.test`, role: 'member' } });
    const params = parseDashboardParams({});
    // The old signature (user id, version, query) and anything unsigned give nothing.
    expect(await cachedDashboardView(hostile(user.id))).toBeNull();
    expect(await cachedDashboardView(hostile({ userId: user.id }))).toBeNull();
    const forged = dashboardViewSegment('not-the-server-secret-0123456789abcdef', {
      userId: user.id,
      version: 'v1',
      params,
    });
    expect(await cachedDashboardView(forged)).toBeNull();
    const signed = dashboardViewSegment(authEnv().secret, { userId: user.id, version: 'v1', params });
    expect((await cachedDashboardView(signed))?.params).toEqual(params);
  });

  it('answers an API request only for a cached endpoint, a path under /api/v1 and parameters its schemas accept', async () => {
    const refused = [
      ['people', '/api/v1/people', {}], // not a cached endpoint
      ['measures', '/measures', {}],
      ['measures', '/api/v1/measures?stage=nope', {}],
      ['measures', '/api/v1/measures?limit=5&limit=6', {}],
      ['measures', '/api/v1/measures?format=csv', {}], // CSV streams, never cached
      ['measures', '/api/v1/measures?q=a%00b', {}],
      ['measure', `/api/v1/measures/${measure.slug}`, { slug: { contains: 'a' } }],
      ['measure', '/api/v1/measures/UPPER', { slug: 'UPPER' }],
    ] as const;
    for (const [name, path, params] of refused) {
      await expect(cachedApiAnswer(hostile(name), path, hostile(params)), path).rejects.toThrow(
        /cachedApiAnswer was called with arguments it does not accept/,
      );
    }
    const answer = await cachedApiAnswer('measure', `/api/v1/measures/${measure.slug}`, { slug: measure.slug });
    expect(answer.kind).toBe('json');
    expect(JSON.parse((answer as { body: string }).body).title).toBe('Cached arguments resolution');
  });
});
