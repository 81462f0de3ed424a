// Template matching on real PostgreSQL (pg_trgm): the same resolution adopted elsewhere, with other names, places and
// dates in it, is offered; an unrelated resolution is not; a measure already related is not offered again.
import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createMeasure } from '@/prisma/factories';
import { TEMPLATE_THRESHOLD, templateMatches } from './templates';

const db = getTestDb();

const template = (city: string, mayor: string, date: string) =>
  `WHEREAS, the Armenian community of ${city} is among the largest in the state; and WHEREAS, on ${date} the ` +
  `ceasefire statement was signed, yet prisoners of war and captured civilians remain held; NOW, THEREFORE, BE IT ` +
  `RESOLVED that the City Council of ${city}, with Mayor ${mayor}, calls upon the Government of Azerbaijan to ` +
  `immediately release all prisoners of war and captured civilians, and urges the President to press for their return.`;

async function measureWithText(title: string, text: string) {
  const m = await createMeasure(db, { title });
  await db.measure.update({ where: { id: m.id }, data: { text } });
  return m;
}

/** The founding template as Glendale adopted it, titled with `tag` so each test's measures are its own. */
const glendaleResolution = (tag: string) =>
  measureWithText(
    `Resolution ${tag} of Glendale on prisoners`,
    template('Glendale', 'Ara Najarian', 'November 9, 2020'),
  );

describe('template matches', () => {
  it('finds the same text with other names and dates, and not unrelated text', async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const glendale = await glendaleResolution(tag);
    const burbank = await measureWithText(
      `Resolution ${tag} of Burbank on prisoners`,
      template('Burbank', 'Bob Frutos', 'November 9, 2020').replace('among the largest', 'one of the largest'),
    );
    const potholes = await measureWithText(
      `Resolution ${tag} on street repair`,
      'WHEREAS, potholes on the streets of the city damage vehicles and endanger cyclists; NOW, THEREFORE, BE IT ' +
        'RESOLVED that the City Council directs the department of public works to repair every reported pothole ' +
        'within thirty days and to report monthly on the backlog of repairs.',
    );
    const matches = await templateMatches(db, glendale.id);
    const ids = matches.map((m) => m.id);
    expect(ids).toContain(burbank.id);
    expect(ids).not.toContain(potholes.id);
    expect(matches.find((m) => m.id === burbank.id)!.similarity).toBeGreaterThan(0.8);
    expect(await templateMatches(db, potholes.id)).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ id: glendale.id })]),
    );

    // Confirmed as related: no longer offered.
    await db.measureRelation.create({ data: { type: 'similar', fromMeasureId: burbank.id, toMeasureId: glendale.id } });
    expect((await templateMatches(db, glendale.id)).map((m) => m.id)).not.toContain(burbank.id);
  });

  it('offers a loosely reworded adoption just above the threshold, which the index scan must not prune', async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const glendale = await glendaleResolution(tag);
    const fresno = await measureWithText(
      `Resolution ${tag} of Fresno on detainees`,
      'WHEREAS, the Armenian American community of Fresno has deep roots in the valley; and WHEREAS, since the ' +
        'ceasefire statement of November 9, 2020 prisoners of war and captured civilians remain held in Azerbaijan; ' +
        'NOW, THEREFORE, BE IT RESOLVED that the Fresno City Council calls upon the Government of Azerbaijan to ' +
        'release every prisoner of war and captured civilian without delay.',
    );
    const offered = (await templateMatches(db, glendale.id)).find((m) => m.id === fresno.id);
    expect(offered?.similarity).toBeGreaterThanOrEqual(TEMPLATE_THRESHOLD);
    expect(offered?.similarity).toBeLessThan(0.6);
  });

  it('keeps the normalized text up to date when the text changes, stripped of names and numbers', async () => {
    const m = await measureWithText('On Public Works', 'The Council of Springfield on March 3, 2024 asks the mayor.');
    const row = await db.measureTemplate.findUniqueOrThrow({ where: { measureId: m.id } });
    expect(row.normalized).toBe('of on asks the mayor');
    expect(await templateMatches(db, m.id)).toEqual([]); // too short to tell
  });
});
