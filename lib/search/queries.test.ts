import { beforeAll, describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { exactMeasurePath as exactPathOf } from '@/lib/search/exact-redirect';
import { findIdentifierMatches } from '@/lib/search/identifier-matches';
import { parseSearchParams, type SearchParams } from '@/lib/search/params';
import { searchMeasures } from '@/lib/search/queries';
import { readSearchUrl } from '@/lib/search/view-segment';
import { createSearchFixture, type SearchFixture } from '@/lib/search/test-fixtures';
import { createMeasure } from '@/prisma/factories';

const db = getTestDb();
let f: SearchFixture;

beforeAll(async () => {
  f = await createSearchFixture(db);
});

/** A search narrowed to the fixture's jurisdiction, as the URL would give it. */
function inFixture(query: Record<string, string>): SearchParams {
  return parseSearchParams({ jurisdiction: f.jurisdiction.slug, ...query }).params;
}

describe('identifier spellings', () => {
  const spellings = [
    'H.Res. 240',
    'H. Res. 240',
    'hres240',
    'HRES 240',
    'H.Res.240',
    'h res 240',
    'House Resolution 240',
  ];
  for (const spelling of spellings) {
    it(`"${spelling}" finds H.Res. 240 of both Congresses, before anything else`, async () => {
      const ids = (await findIdentifierMatches(db, spelling)).map((m) => m.id);
      expect(ids).toEqual(expect.arrayContaining([f.hres240.id, f.older240.id]));
      const { hits } = await searchMeasures(db, inFixture({ q: spelling }));
      expect(
        hits
          .slice(0, 2)
          .map((h) => h.id)
          .sort(),
      ).toEqual([f.hres240.id, f.older240.id].sort());
      expect(hits.slice(0, 2).every((h) => h.exact)).toBe(true);
    });
  }

  for (const spelling of [
    'H.Res. 240 117th',
    'HRES 240 117',
    '117th Congress H. Res. 240',
    'hres240 (117th Congress)',
    '117 hres240',
  ]) {
    it(`"${spelling}" names the session: only the 117th Congress's H.Res. 240`, async () => {
      const ids = (await findIdentifierMatches(db, spelling)).map((m) => m.id);
      expect(ids).toContain(f.hres240.id);
      expect(ids).not.toContain(f.older240.id);
    });
  }

  it('"H.Res. 240 116th" finds the 116th Congress\'s', async () => {
    const ids = (await findIdentifierMatches(db, 'H.Res. 240 116th')).map((m) => m.id);
    expect(ids).toContain(f.older240.id);
    expect(ids).not.toContain(f.hres240.id);
  });

  for (const spelling of ['CF 21-0002-S1', '21-0002-S1', 'C.F. 21-0002-S1', 'Council File No. 21-0002-S1']) {
    it(`council file "${spelling}" finds the council's motion`, async () => {
      const ids = (await findIdentifierMatches(db, spelling)).map((m) => m.id);
      expect(ids).toContain(f.councilFile.id);
    });
  }

  it('words are not identifiers', async () => {
    expect(await findIdentifierMatches(db, 'prisoners of war')).toEqual([]);
  });

  it('an identifier that names exactly one measure is where the page goes', async () => {
    const result = await searchMeasures(db, parseSearchParams({ q: 'CF 21-0002-S1' }).params);
    expect(result.exactSlug).toBe(f.councilFile.slug);
    const filtered = await searchMeasures(db, inFixture({ q: 'CF 21-0002-S1' }));
    expect(filtered.exactSlug, 'a filtered search stays on the results page').toBeNull();
  });
});

/** As proxy.ts asks it: the URL's query read once, then the redirect decided. */
const exactMeasurePath = (query: URLSearchParams) => exactPathOf(readSearchUrl(query));

describe('exactMeasurePath (proxy.ts)', () => {
  it('sends a search naming one measure straight to it, and nothing else', async () => {
    expect(await exactMeasurePath(new URLSearchParams({ q: 'Council File No. 21-0002-S1' }))).toBe(
      `/measures/${f.councilFile.slug}`,
    );
    expect(await exactMeasurePath(new URLSearchParams({ q: 'CF 21-0002-S1', type: 'motion' }))).toBeNull();
    expect(await exactMeasurePath(new URLSearchParams({ q: 'CF 21-0002-S1', page: '2' }))).toBeNull();
    expect(await exactMeasurePath(new URLSearchParams({ q: 'prisoners of war' }))).toBeNull();
    expect(await exactMeasurePath(new URLSearchParams({ q: `'; DROP TABLE "Measure"; --` }))).toBeNull();
  });

  it('reads a repeated key as the page does, its first value', async () => {
    expect(await exactMeasurePath(new URLSearchParams('q=CF+21-0002-S1&q=prisoners'))).toBe(
      `/measures/${f.councilFile.slug}`,
    );
    expect(await exactMeasurePath(new URLSearchParams('q=prisoners&q=CF+21-0002-S1'))).toBeNull();
  });
});

describe('ranking', () => {
  it('an exact identifier beats a title that mentions it three times', async () => {
    const { hits } = await searchMeasures(db, inFixture({ q: 'H.Res. 240 117th' }));
    const ids = hits.map((h) => h.id);
    expect(ids[0]).toBe(f.hres240.id);
    expect(ids).toContain(f.mention.id);
    expect(ids.indexOf(f.mention.id)).toBeGreaterThan(0);
    expect(hits.find((h) => h.id === f.mention.id)?.exact).toBe(false);
  });

  it('full text is stemmed and weighted: a title match beats an action-text match', async () => {
    const { hits } = await searchMeasures(db, inFixture({ q: 'releasing prisoner' }));
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining([f.hres240.id, f.councilFile.id]));
  });

  it('finds action text and marks the match in a snippet', async () => {
    const { hits } = await searchMeasures(db, inFixture({ q: 'unanimous' }));
    expect(hits.map((h) => h.id)).toEqual([f.councilFile.id]);
    expect(hits[0]!.snippet).toContain('\u0002unanimous\u0003');
  });

  it('takes the snippet from the part the words are in: the summary alone, or every part they are spread over', async () => {
    const measure = await createMeasure(db, {
      title: 'Protecting burrowing animals.',
      originBodyId: f.house.id,
      jurisdictionId: f.jurisdiction.id,
      actions: [{ date: '2021-05-01', text: 'Hearing held on tunnelling under levees', classification: [] }],
    });
    await db.measure.update({ where: { id: measure.id }, data: { summary: 'Funds wombat habitats along the coast.' } });

    const inSummary = await searchMeasures(db, inFixture({ q: 'wombat habitats' }));
    expect(inSummary.hits.map((h) => h.id)).toEqual([measure.id]);
    expect(inSummary.hits[0]!.snippet).toContain('\u0002wombat\u0003 \u0002habitats\u0003');
    expect(inSummary.hits[0]!.snippet).not.toContain('levees');

    const spread = await searchMeasures(db, inFixture({ q: 'wombat tunnelling' }));
    expect(spread.hits.map((h) => h.id)).toEqual([measure.id]);
    expect(spread.hits[0]!.snippet).toContain('\u0002wombat\u0003');
    expect(spread.hits[0]!.snippet).toContain('\u0002tunnelling\u0003');

    const titleOnly = await searchMeasures(db, inFixture({ q: 'burrowing' }));
    expect(titleOnly.hits[0]!.titleMarked).toContain('\u0002burrowing\u0003');
    expect(titleOnly.hits[0]!.snippet).toBe('Funds wombat habitats along the coast.');
  });

  it('keeps the title document current: a renamed measure leads a broad search for its new title word', async () => {
    const measure = await createMeasure(db, {
      title: 'Regarding numbats.',
      originBodyId: f.house.id,
      jurisdictionId: f.jurisdiction.id,
    });
    await db.measure.update({ where: { id: measure.id }, data: { title: 'Regarding bilbies.' } });
    const broad = { broadFrom: 0 }; // the broad path whatever the count: its page comes from the title document first
    const found = await searchMeasures(db, inFixture({ q: 'bilbies' }), broad);
    expect(found.facets.approximate).toBe(true);
    expect(found.hits.map((h) => h.id)).toEqual([measure.id]);
    expect((await searchMeasures(db, inFixture({ q: 'numbats' }), broad)).hits).toEqual([]);
  });

  it('keeps action text current: a new action is found, a removed one no longer', async () => {
    const action = await db.action.create({
      data: {
        measureId: f.older240.id,
        position: 5,
        date: new Date('2020-01-01'),
        text: 'Quokka amendment agreed',
        classification: [],
      },
    });
    expect((await searchMeasures(db, inFixture({ q: 'quokka' }))).hits.map((h) => h.id)).toEqual([f.older240.id]);
    await db.action.delete({ where: { id: action.id } });
    expect((await searchMeasures(db, inFixture({ q: 'quokka' }))).total).toBe(0);
  });

  it('sorts by date when asked', async () => {
    const { hits } = await searchMeasures(db, inFixture({ q: 'Azerbaijan', sort: 'newest' }));
    expect(hits.map((h) => h.id)).toEqual([f.councilFile.id, f.hres240.id]);
  });
});

describe('facets', () => {
  it('count each value over the matching measures', async () => {
    const { facets, total } = await searchMeasures(db, inFixture({ q: 'Armenia' }));
    expect(total).toBe(3); // hres240 and the mention by subject, the council motion by title and subject
    const counts = (key: keyof typeof facets) =>
      Object.fromEntries((facets[key] as { value: string; count: number }[]).map((v) => [v.value, v.count]));
    expect(counts('type')).toEqual({ resolution: 2, motion: 1 });
    expect(counts('body')).toEqual({ [f.house.slug]: 2, [f.council.slug]: 1 });
    expect(counts('subject')).toMatchObject({ Armenia: 3, 'Prisoners of war': 1, 'Human rights': 1 });
    // Primary sponsors: Schiff of H.Res. 240 and the mention, Krekorian of the council motion (he only cosponsors the mention).
    expect(counts('sponsor')).toEqual({ [f.schiff.slug]: 2, [f.krekorian.slug]: 1 });
    expect(counts('outcome')).toEqual({ pending: 2, adopted: 1 });
  });

  it('combine, and the counts follow the filters', async () => {
    const bySponsor = await searchMeasures(db, inFixture({ q: 'Armenia', sponsor: f.schiff.slug }));
    expect(bySponsor.total).toBe(2);
    expect(bySponsor.facets.type).toEqual([{ value: 'resolution', label: 'resolution', count: 2 }]);
    const both = await searchMeasures(
      db,
      inFixture({ q: 'Armenia', sponsor: f.schiff.slug, subject: 'Prisoners of war' }),
    );
    expect(both.hits.map((h) => h.id)).toEqual([f.hres240.id]);
    expect(both.facets.subject).toEqual(expect.arrayContaining([{ value: 'Armenia', label: 'Armenia', count: 1 }]));
    const none = await searchMeasures(db, inFixture({ q: 'Armenia', sponsor: f.krekorian.slug, type: 'resolution' }));
    expect(none.total, 'Krekorian only cosponsors the resolution that mentions H.Res. 240').toBe(0);
  });

  it('follow the sponsorships as they are added, changed and removed', async () => {
    const sponsorCounts = async () =>
      Object.fromEntries(
        (await searchMeasures(db, inFixture({ q: 'Armenia' }))).facets.sponsor.map((v) => [v.value, v.count]),
      );
    const row = await db.sponsorship.create({
      data: {
        measureId: f.mention.id,
        personId: f.krekorian.id,
        nameAsGiven: f.krekorian.name,
        kind: 'primary',
        position: 9,
      },
    });
    expect(await sponsorCounts()).toEqual({ [f.schiff.slug]: 2, [f.krekorian.slug]: 2 });
    expect((await searchMeasures(db, inFixture({ q: 'Armenia', sponsor: f.krekorian.slug }))).total).toBe(2);

    await db.sponsorship.update({ where: { id: row.id }, data: { kind: 'cosponsor' } });
    expect(await sponsorCounts()).toEqual({ [f.schiff.slug]: 2, [f.krekorian.slug]: 1 });

    await db.sponsorship.deleteMany({ where: { measureId: f.hres240.id, kind: 'primary' } });
    expect(await sponsorCounts()).toEqual({ [f.schiff.slug]: 1, [f.krekorian.slug]: 1 });
    expect(
      (await searchMeasures(db, inFixture({ q: 'Armenia', sponsor: f.schiff.slug }))).hits.map((h) => h.id),
    ).toEqual([f.mention.id]);

    await db.sponsorship.delete({ where: { id: row.id } });
    await db.sponsorship.create({
      data: { measureId: f.hres240.id, personId: f.schiff.id, nameAsGiven: 'Adam Schiff', kind: 'primary' },
    });
    expect(await sponsorCounts()).toEqual({ [f.schiff.slug]: 2, [f.krekorian.slug]: 1 });
  });

  it('filter by date ranges, without words too', async () => {
    const introduced = await searchMeasures(
      db,
      inFixture({ introducedFrom: '2021-03-20', introducedTo: '2021-12-31' }),
    );
    expect(introduced.hits.map((h) => h.id)).toEqual([f.councilFile.id]);
    const acted = await searchMeasures(db, inFixture({ actionFrom: '2021-03-01', actionTo: '2021-03-31' }));
    expect(acted.hits.map((h) => h.id)).toEqual([f.hres240.id]);
  });

  it('an introduction range reads the year marks of the search document, kept as dates and titles change', async () => {
    // Whether the search document and the title document carry the year's mark.
    const marked = async (id: number, year: number) => {
      const mark = `'#y${year}'`;
      const [row] = await db.$queryRaw<{ search: boolean; title: boolean }[]>`
        SELECT "searchVector" @@ ${mark}::tsquery AS "search", "titleVector" @@ ${mark}::tsquery AS "title"
        FROM "Measure" WHERE "id" = ${id}`;
      return row!.search && row!.title ? 'both' : row!.search || row!.title ? 'one' : 'neither';
    };
    const measure = await createMeasure(db, {
      title: 'Regarding wombat crossings.',
      originBodyId: f.council.id,
      jurisdictionId: f.jurisdiction.id,
    });
    expect(await marked(measure.id, 2021)).toBe('neither');
    // Its introduction date, as the status derived from its actions sets it.
    await db.measure.update({ where: { id: measure.id }, data: { introducedOn: new Date('2021-06-01') } });
    const in2021 = { q: 'wombat crossings', introducedFrom: '2021-01-01', introducedTo: '2021-12-31' };
    const ids = async (query: Record<string, string>, options = {}) =>
      (await searchMeasures(db, inFixture(query), options)).hits.map((h) => h.id);
    expect(await marked(measure.id, 2021)).toBe('both');
    expect(await ids(in2021)).toEqual([measure.id]);
    expect(await ids(in2021, { broadFrom: 0 })).toEqual([measure.id]); // the sampled, broad path too

    // A new introduction date moves the mark; a new title keeps it.
    await db.measure.update({ where: { id: measure.id }, data: { introducedOn: new Date('2019-02-03') } });
    expect([await marked(measure.id, 2021), await marked(measure.id, 2019)]).toEqual(['neither', 'both']);
    expect(await ids(in2021)).toEqual([]);
    expect(await ids({ ...in2021, introducedFrom: '2019-01-01' })).toEqual([measure.id]);
    await db.measure.update({ where: { id: measure.id }, data: { title: 'Regarding wombat crossings, renamed.' } });
    expect(await marked(measure.id, 2019)).toBe('both');
    // The dates are still checked: the marks only narrow (a range inside the year, a range of more years than are
    // marked, an open range).
    expect(await ids({ ...in2021, introducedFrom: '2019-02-04', introducedTo: '2019-12-31' })).toEqual([]);
    expect(await ids({ ...in2021, introducedFrom: '2000-01-01', introducedTo: '2030-12-31' })).toEqual([measure.id]);
    expect(await ids({ q: 'wombat crossings', introducedTo: '2019-02-03' })).toEqual([measure.id]);
    // No date, no mark.
    await db.measure.update({ where: { id: measure.id }, data: { introducedOn: null } });
    expect(await marked(measure.id, 2019)).toBe('neither');
  });

  it('a hit carries its dates as the measure has them, midnight UTC', async () => {
    const { hits } = await searchMeasures(db, inFixture({ q: 'CF 21-0002-S1' }));
    const hit = hits.find((h) => h.id === f.councilFile.id);
    expect(hit?.introducedOn?.toISOString()).toBe('2021-04-01T00:00:00.000Z');
    expect(hit?.lastActionDate?.toISOString()).toBe('2021-04-21T00:00:00.000Z');
  });

  it('filter by stage, outcome and subject', async () => {
    expect((await searchMeasures(db, inFixture({ stage: 'in_committee' }))).hits.map((h) => h.id)).toEqual([
      f.hres240.id,
    ]);
    expect((await searchMeasures(db, inFixture({ outcome: 'adopted' }))).hits.map((h) => h.id)).toEqual([
      f.councilFile.id,
    ]);
    expect((await searchMeasures(db, inFixture({ subject: 'Human rights' }))).total).toBe(1);
  });
});

describe('names', () => {
  it('"Krekorain" finds Paul Krekorian', async () => {
    const { names } = await searchMeasures(db, parseSearchParams({ q: 'Krekorain' }).params);
    expect(names.people.map((p) => p.slug)).toContain(f.krekorian.slug);
  });

  it('a query longer than the name still finds it, best first', async () => {
    const { names } = await searchMeasures(db, parseSearchParams({ q: 'Councilmember Paul Krekorian' }).params);
    expect(names.people[0]?.slug).toBe(f.krekorian.slug);
    expect(names.people.length).toBeLessThanOrEqual(5);
    expect(names.people.map((p) => p.score)).toEqual([...names.people.map((p) => p.score)].sort((a, b) => b - a));
  });

  it('"Searchland Cuty Council" finds the council', async () => {
    const { names } = await searchMeasures(db, parseSearchParams({ q: 'Searchland Cuty Council' }).params);
    expect(names.bodies.map((b) => b.slug)).toContain(f.council.slug);
  });
});

describe('bad input', () => {
  it('an empty query finds nothing and runs nothing', async () => {
    const result = await searchMeasures(db, parseSearchParams({ q: '   ' }).params);
    expect(result).toMatchObject({ hits: [], total: 0 });
  });

  it('a 10 KB query is cut with a notice, and still searches', async () => {
    const { params, notices } = parseSearchParams({ q: 'Azerbaijan '.repeat(1000) });
    expect(params.q.length).toBeLessThanOrEqual(200);
    expect(notices[0]).toMatch(/longer than 200 characters/);
    const result = await searchMeasures(db, { ...params, jurisdiction: f.jurisdiction.slug });
    expect(result.total).toBe(2);
  });

  const nasty = [
    `'; DROP TABLE "Measure"; --`,
    `" OR 1=1 --`,
    `Azerbaijan & | ! <-> :* ( ) prisoners`,
    `"unclosed quote`,
    `''''`,
    `-`,
    `\\x00 \u0000 \u0002 \u0003`,
    `the of and`,
    `%_%`,
    `Robert'); SELECT pg_sleep(10); --`,
  ];
  for (const q of nasty) {
    it(`${JSON.stringify(q)} never fails`, async () => {
      const { params } = parseSearchParams({ q });
      const result = await searchMeasures(db, { ...params, jurisdiction: f.jurisdiction.slug });
      expect(result.total).toBeGreaterThanOrEqual(0);
      expect(await db.measure.count({ where: { id: f.hres240.id } })).toBe(1);
    });
  }

  it('only common words say so', async () => {
    const result = await searchMeasures(db, inFixture({ q: 'the of and' }));
    expect(result).toMatchObject({ total: 0, onlyStopWords: true });
  });

  it('query syntax still finds: operators are words to websearch', async () => {
    const result = await searchMeasures(db, inFixture({ q: 'Azerbaijan & | ! <-> :* ( ) prisoners' }));
    expect(result.hits.map((h) => h.id)).toEqual(expect.arrayContaining([f.hres240.id, f.councilFile.id]));
  });
});
