import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { parseMeasureListParams } from '@/lib/measures/list-params';
import { createBody, createMeasure, createPerson } from '@/prisma/factories';

// The query functions are 'use cache' functions; outside Next they run as plain functions, their tags recorded here.
const cacheTags = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: (...added: string[]) => cacheTags.push(...added) }));

const { findMeasures, getMeasureListFilterNames } = await import('@/lib/measures/queries');
const { getPersonBySlug, PERSON_MEASURES_SHOWN } = await import('@/lib/people/queries');
const { getBodyBySlug, BODY_MEASURES_SHOWN } = await import('@/lib/bodies/queries');

const db = getTestDb();
let f: Awaited<ReturnType<typeof fixture>>;

/** A sponsor with more measures than the person page shows, a cosponsor, and a body some of them call upon. */
async function fixture() {
  const council = await createBody(db, { name: 'Filterland Council' });
  const addressee = await createBody(db, { name: 'Filterland Ministry', classification: 'executive' });
  const sponsor = await createPerson(db, { name: 'Prolific Sponsor' });
  const cosponsor = await createPerson(db, { name: 'Faithful Cosponsor' });
  const count = PERSON_MEASURES_SHOWN + 3;
  const measures = [];
  for (let i = 0; i < count; i++) {
    const measure = await createMeasure(db, {
      title: `Filterland resolution ${i}`,
      originBodyId: council.id,
      sponsors: [{ personId: sponsor.id }, ...(i % 2 === 0 ? [{ personId: cosponsor.id }] : [])],
    });
    await db.measure.update({
      where: { id: measure.id },
      data: { lastActionDate: new Date(Date.UTC(2024, 0, 1 + i)) },
    });
    if (i % 3 === 0)
      await db.measureTarget.create({ data: { measureId: measure.id, bodyId: addressee.id, verb: 'calls_upon' } });
    measures.push(measure);
  }
  return { council, addressee, sponsor, cosponsor, measures, count };
}

beforeAll(async () => {
  f = await fixture();
});

const list = (query: Record<string, string>) => findMeasures(parseMeasureListParams(query));

describe('the measures list filtered by person and addressee', () => {
  it('finds every measure a person sponsored, newest first, with the true total', async () => {
    const { rows, total } = await list({ sponsor: f.sponsor.slug });
    expect(total).toBe(f.count);
    expect(rows[0]?.id).toBe(f.measures.at(-1)!.id);
  });

  it('finds the measures a person cosponsored, and none they only sponsored', async () => {
    const { rows, total } = await list({ cosponsor: f.cosponsor.slug });
    expect(total).toBe(Math.ceil(f.count / 2));
    expect((await list({ cosponsor: f.sponsor.slug })).total).toBe(0);
    expect(rows.every((row) => f.measures.findIndex((m) => m.id === row.id) % 2 === 0)).toBe(true);
  });

  it('finds the measures addressed to a body, combined with the other filters', async () => {
    expect((await list({ addressee: f.addressee.slug })).total).toBe(Math.ceil(f.count / 3));
    expect((await list({ addressee: f.addressee.slug, cosponsor: f.cosponsor.slug })).total).toBe(
      Math.ceil(f.count / 6),
    );
    expect((await list({ addressee: f.addressee.slug, body: 'no-such-body' })).total).toBe(0);
  });

  it('names the people and body it is filtered by, and null for a slug that names no one', async () => {
    const names = await getMeasureListFilterNames({
      sponsor: f.sponsor.slug,
      cosponsor: 'no-such-person',
      addressee: f.addressee.slug,
    });
    expect(names.sponsor?.name).toBe('Prolific Sponsor');
    expect(names.cosponsor).toBeNull();
    expect(names.addressee?.name).toBe('Filterland Ministry');
  });
});

describe('person and body pages show a bounded slice with the true totals', () => {
  it('the person page: the most recent sponsored and cosponsored, and the list tag since more exist', async () => {
    cacheTags.length = 0;
    const person = await getPersonBySlug(f.sponsor.slug);
    expect(person?.sponsored).toHaveLength(PERSON_MEASURES_SHOWN);
    expect(person?.sponsored[0]?.measure.id).toBe(f.measures.at(-1)!.id);
    expect(person?.totals).toEqual({ sponsored: f.count, cosponsored: 0 });
    expect(cacheTags).toContain('measures');
  });

  it('a person whose every measure is shown is tagged with each of them, not the list', async () => {
    cacheTags.length = 0;
    const person = await getPersonBySlug(f.cosponsor.slug);
    expect(person?.totals).toEqual({ sponsored: 0, cosponsored: Math.ceil(f.count / 2) });
    expect(person?.cosponsored).toHaveLength(Math.min(PERSON_MEASURES_SHOWN, Math.ceil(f.count / 2)));
    expect(cacheTags).not.toContain('measures');
    expect(cacheTags).toContain(`measure:${f.measures[0]?.id}`);
  });

  it('the body page: the most recent measures from and addressed to it, with totals counted in measures', async () => {
    const council = await getBodyBySlug(f.council.slug);
    expect(council?.originMeasures).toHaveLength(Math.min(BODY_MEASURES_SHOWN, f.count));
    expect(council?.originCount).toBe(f.count);
    const ministry = await getBodyBySlug(f.addressee.slug);
    expect(ministry?.targetCount).toBe(Math.ceil(f.count / 3));
    expect(ministry?.targets[0]?.measure.id).toBe(f.measures.filter((_, i) => i % 3 === 0).at(-1)!.id);
  });
  it('the body page: its latest measures newest first, ties by the newest id, then undated ones by id', async () => {
    const body = await createBody(db, { name: 'Halfdated Council' });
    const dates = [Date.UTC(2024, 4, 1), Date.UTC(2024, 5, 1), Date.UTC(2024, 5, 1)];
    const dated: number[] = [];
    for (const [i, date] of dates.entries()) {
      const measure = await createMeasure(db, { title: `Halfdated dated ${i}`, originBodyId: body.id });
      await db.measure.update({ where: { id: measure.id }, data: { lastActionDate: new Date(date) } });
      dated.push(measure.id);
    }
    const undated: number[] = [];
    for (let i = 0; i < BODY_MEASURES_SHOWN; i++)
      undated.push((await createMeasure(db, { title: `Halfdated undated ${i}`, originBodyId: body.id })).id);
    const page = await getBodyBySlug(body.slug);
    // June twice (the later id first), then May, then the undated ones from the newest id, as many as fit.
    expect(page?.originMeasures.map((m) => m.id)).toEqual(
      [dated[2], dated[1], dated[0], ...undated.toReversed()].slice(0, BODY_MEASURES_SHOWN),
    );
    expect(page?.originCount).toBe(dates.length + BODY_MEASURES_SHOWN);
  });
});

describe('the measures list sorted by a key some measures lack', () => {
  // 26 measures with a number and an action date, 30 without either: page 1 holds only the first kind, page 2 both,
  // page 3 only the second (the list reads each kind off its own index and joins them where a page spans both).
  let body: { id: number; slug: string };
  let keyed: { id: number; normalizedIdentifier: string | null; lastActionDate: Date | null }[];
  let missing: { id: number; lastActionDate: Date | null }[];

  beforeAll(async () => {
    body = await createBody(db, { name: 'Nullsland Council' });
    for (let i = 0; i < 26; i++) {
      const measure = await createMeasure(db, {
        title: `Nullsland numbered ${i}`,
        identifier: `Res. ${(i * 7) % 26}`,
        originBodyId: body.id,
      });
      await db.measure.update({
        where: { id: measure.id },
        data: { lastActionDate: new Date(Date.UTC(2024, 0, 1 + (i % 5))) },
      });
    }
    for (let i = 0; i < 30; i++)
      await createMeasure(db, { title: `Nullsland unnumbered ${i}`, identifier: null, originBodyId: body.id });
    const rows = await db.measure.findMany({
      where: { originBodyId: body.id },
      select: { id: true, normalizedIdentifier: true, lastActionDate: true },
    });
    keyed = rows.filter((r) => r.normalizedIdentifier !== null);
    missing = rows.filter((r) => r.normalizedIdentifier === null);
    expect(missing.every((r) => r.lastActionDate === null)).toBe(true);
  });

  const allPages = async (sort: string, dir: string) => {
    const ids: number[] = [];
    for (const page of ['1', '2', '3']) {
      const { rows, total } = await list({ body: body.slug, sort, dir, page });
      expect(total).toBe(56);
      ids.push(...rows.map((row) => row.id));
    }
    return ids;
  };
  const byId = (dir: number) => (a: { id: number }, b: { id: number }) => dir * (a.id - b.id);
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

  for (const dir of ['asc', 'desc'] as const) {
    const sign = dir === 'asc' ? 1 : -1;
    it(`by number, ${dir}: numbered in order, then unnumbered by id, across pages without repeats`, async () => {
      const expected = [...keyed].sort(
        (a, b) => sign * compare(a.normalizedIdentifier!, b.normalizedIdentifier!) || byId(sign)(a, b),
      );
      expect(await allPages('identifier', dir)).toEqual(
        [...expected, ...[...missing].sort(byId(sign))].map((m) => m.id),
      );
    });

    it(`by last action, ${dir}: dated in order, then undated by id, across pages without repeats`, async () => {
      const expected = [...keyed].sort(
        (a, b) => sign * (a.lastActionDate!.getTime() - b.lastActionDate!.getTime()) || byId(sign)(a, b),
      );
      expect(await allPages('lastAction', dir)).toEqual(
        [...expected, ...[...missing].sort(byId(sign))].map((m) => m.id),
      );
    });
  }
});

describe('the measures list sorted by body', () => {
  it('orders by the origin body’s name as it is now: after a rename, and after a measure moves', async () => {
    const sponsor = await createPerson(db, { name: 'Bodysort Sponsor' });
    const [zeta, alpha, mu] = [
      await createBody(db, { name: 'Zeta Bodysort Council' }),
      await createBody(db, { name: 'Alpha Bodysort Council' }),
      await createBody(db, { name: 'Mu Bodysort Council' }),
    ];
    const measures: Record<string, number[]> = {};
    for (const body of [zeta!, alpha!, mu!]) {
      measures[body.id] = [];
      for (let i = 0; i < 2; i++)
        measures[body.id]!.push(
          (
            await createMeasure(db, {
              title: `Bodysort ${body.name} ${i}`,
              originBodyId: body.id,
              sponsors: [{ personId: sponsor.id }],
            })
          ).id,
        );
    }
    const order = async (dir = 'asc') =>
      (await list({ sponsor: sponsor.slug, sort: 'body', dir })).rows.map((row) => row.id);
    expect(await order()).toEqual([...measures[alpha!.id]!, ...measures[mu!.id]!, ...measures[zeta!.id]!]);
    const reversed = (ids: number[]) => [...ids].reverse();
    expect(await order('desc')).toEqual([
      ...reversed(measures[zeta!.id]!),
      ...reversed(measures[mu!.id]!),
      ...reversed(measures[alpha!.id]!),
    ]);

    await db.body.update({ where: { id: zeta!.id }, data: { name: 'Aardvark Bodysort Council' } });
    expect(await order()).toEqual([...measures[zeta!.id]!, ...measures[alpha!.id]!, ...measures[mu!.id]!]);

    const moved = measures[mu!.id]![0]!;
    await db.measure.update({ where: { id: moved }, data: { originBodyId: alpha!.id } });
    expect(await order()).toEqual([
      ...measures[zeta!.id]!,
      ...[...measures[alpha!.id]!, moved].sort((a, b) => a - b),
      measures[mu!.id]![1]!,
    ]);
    expect(
      (await db.measure.findUniqueOrThrow({ where: { id: moved }, select: { originBodyName: true } })).originBodyName,
    ).toBe('Alpha Bodysort Council');
  });
});
