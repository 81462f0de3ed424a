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
    await db.measure.update({ where: { id: measure.id }, data: { lastActionDate: new Date(Date.UTC(2024, 0, 1 + i)) } });
    if (i % 3 === 0) await db.measureTarget.create({ data: { measureId: measure.id, bodyId: addressee.id, verb: 'calls_upon' } });
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
    expect((await list({ addressee: f.addressee.slug, cosponsor: f.cosponsor.slug })).total).toBe(Math.ceil(f.count / 6));
    expect((await list({ addressee: f.addressee.slug, body: 'no-such-body' })).total).toBe(0);
  });

  it('names the people and body it is filtered by, and null for a slug that names no one', async () => {
    const names = await getMeasureListFilterNames({ sponsor: f.sponsor.slug, cosponsor: 'no-such-person', addressee: f.addressee.slug });
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
});
