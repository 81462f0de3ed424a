import { describe, expect, it } from 'vitest';
import { parseFeed } from '@/lib/feeds/parse-feed.test-helper';
import { readBodyFeed, readMeasureFeed, readPersonFeed, readSearchFeed } from '@/lib/feeds/read-feeds';
import { renderFeed, type FeedFormat } from '@/lib/feeds/render';
import { parseSearchParams } from '@/lib/search/params';
import { getTestDb } from '@/lib/test/db';
import { createMeasure, createPerson } from '@/prisma/factories';

const db = getTestDb();
const SITE = 'https://tracker.example.test';
const formats: FeedFormat[] = ['rss', 'atom'];

/** What a reader shows for an HTML fragment without elements: its entities decoded (the five XML ones suffice here). */
const htmlAsText = (html: string) =>
  html.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!,
  );

async function fixture() {
  const sponsor = await createPerson(db, { name: 'Grace Feed' });
  const measure = await createMeasure(db, {
    identifier: 'Res. 42',
    title: 'Tom & Jerry <act> "quoted"',
    sponsors: [{ personId: sponsor.id }],
    actions: [
      { date: '2026-01-05', text: 'Introduced' },
      { date: '2026-02-10', text: 'Referred to committee on A&B \u0007' },
    ],
  });
  const author = await db.user.create({ data: { email: `feed-${measure.id}@example.test` } });
  await db.position.create({
    data: { measureId: measure.id, stance: 'oppose', note: 'PRIVATE NOTE never in a feed', authorId: author.id },
  });
  const origin = await db.body.findUniqueOrThrow({ where: { id: measure.originBodyId } });
  return { sponsor, measure, origin };
}

describe('feeds', () => {
  it('a measure’s feed is its timeline, newest first, valid RSS 2.0 and Atom with the text escaped', async () => {
    const { measure } = await fixture();
    const data = await readMeasureFeed(db, measure.slug, SITE);
    for (const format of formats) {
      const xml = renderFeed(data!.feed, format, {
        siteUrl: SITE,
        selfPath: `/api/feeds/measures/${measure.slug}/${format}`,
      });
      expect(xml).not.toContain('PRIVATE NOTE');
      const { meta, items } = await parseFeed(xml);
      expect(meta['#type']).toBe(format);
      expect(meta.title).toBe('Res. 42: Tom & Jerry <act> "quoted"');
      expect(meta.link).toBe(`${SITE}/measures/${measure.slug}`);
      expect(items.map((item) => item.title)).toEqual(['Res. 42: Referred to committee on A&B', 'Res. 42: Introduced']);
      expect(items[0]!.link).toBe(`${SITE}/measures/${measure.slug}`);
      expect(items[0]!.date?.toISOString()).toBe('2026-02-10T00:00:00.000Z');
      expect(new Set(items.map((item) => item.guid)).size).toBe(2);
    }
  });

  it('a person’s feed holds the actions on measures they sponsor; a body’s, those of its measures', async () => {
    const { sponsor, origin, measure } = await fixture();
    for (const data of [
      await readPersonFeed(db, (await db.person.findUniqueOrThrow({ where: { id: sponsor.id } })).slug, SITE),
      await readBodyFeed(db, origin.slug, SITE),
    ]) {
      expect(data!.measureIds).toEqual([measure.id]);
      for (const format of formats) {
        const { items } = await parseFeed(renderFeed(data!.feed, format, { siteUrl: SITE, selfPath: '/feed' }));
        expect(items).toHaveLength(2);
      }
    }
  });

  it('a search URL’s feed lists the measures the search finds, by its words and its filters', async () => {
    const { origin, measure } = await fixture();
    const byFilter = await readSearchFeed(db, parseSearchParams({ body: origin.slug }).params, SITE);
    expect(byFilter.measureIds).toEqual([measure.id]);
    const { meta, items } = await parseFeed(renderFeed(byFilter.feed, 'atom', { siteUrl: SITE, selfPath: '/feed' }));
    expect(meta.link).toBe(`${SITE}/search?body=${origin.slug}&sort=newest`);
    expect(items.map((item) => item.title)).toEqual(['Res. 42: Tom & Jerry <act> "quoted"']);

    const byWords = await readSearchFeed(db, parseSearchParams({ q: 'Jerry', body: origin.slug }).params, SITE);
    expect(byWords.measureIds).toEqual([measure.id]);
    expect(byWords.feed.title).toBe('Resolution Tracker: “Jerry”');
    const none = await readSearchFeed(db, parseSearchParams({ q: 'zebra crossing', body: origin.slug }).params, SITE);
    expect(none.measureIds).toEqual([]);
  });

  it('markup in a title or action reaches a feed reader as text, not as markup to render (issue 17)', async () => {
    const measure = await createMeasure(db, {
      identifier: 'Res. 43',
      title: 'The <b>x</b> & <script>alert(1)</script> act',
      actions: [{ date: '2026-03-01', text: 'Read <i>twice</i> & referred' }],
    });
    const data = await readMeasureFeed(db, measure.slug, SITE);
    for (const format of formats) {
      const { items } = await parseFeed(renderFeed(data!.feed, format, { siteUrl: SITE, selfPath: '/feed' }));
      // feedparser hands the description (RSS) and summary (Atom) over as HTML, as readers render them: it must hold
      // no element, and read as HTML it must say exactly what was typed.
      const html = (format === 'rss' ? items[0]!.description : items[0]!.summary) ?? '';
      expect(html, format).not.toMatch(/<(b|i|script)\b/);
      expect(html, format).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;');
      expect(htmlAsText(html), format).toMatch(
        /^Read <i>twice<\/i> & referred \([^)]+\)\. The <b>x<\/b> & <script>alert\(1\)<\/script> act\. Status: /,
      );
    }
  });

  it('an unknown slug has no feed, and the parser used here rejects what is not a feed', async () => {
    expect(await readMeasureFeed(db, 'no-such-measure', SITE)).toBeNull();
    await expect(parseFeed('<html><body>not a feed</body></html>')).rejects.toThrow();
    await expect(parseFeed('<rss version="2.0"><channel><title>broken & </title></channel></rss>')).rejects.toThrow(
      /Not well-formed/,
    );
    await expect(parseFeed('<rss version="2.0"><channel><title>x</channel></rss>')).rejects.toThrow(/Not well-formed/);
  });
});
