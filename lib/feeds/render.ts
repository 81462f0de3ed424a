// RSS 2.0 and Atom 1.0 from one feed description. Paths are made absolute on the site's public address; ids are
// the permanent URLs of the entries, so readers never show an entry twice.
export type FeedEntry = { id: string; title: string; path: string; summary: string; date: Date };

export type Feed = { title: string; description: string; path: string; updated: Date; entries: FeedEntry[] };

export type FeedFormat = 'rss' | 'atom';

export const feedMediaTypes: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml' };

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 forbids even escaped (control characters that imported text may carry).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * Plain text as HTML: readers take an RSS description (and our Atom summary, typed html) as HTML, so text escaped only
 * for XML reached them as markup: a title holding "<b>x</b>" showed a bold x (issue 17). Escaped twice, the reader
 * shows the characters that were typed.
 */
const textAsHtml = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

const absolute = (path: string, siteUrl: string) => new URL(path, siteUrl).toString();

export function renderRss(feed: Feed, options: { siteUrl: string; selfPath: string }): string {
  const items = feed.entries.map(
    (entry) => `    <item>
      <title>${escapeXml(entry.title)}</title>
      <link>${escapeXml(absolute(entry.path, options.siteUrl))}</link>
      <guid isPermaLink="false">${escapeXml(entry.id)}</guid>
      <pubDate>${entry.date.toUTCString()}</pubDate>
      <description>${escapeXml(textAsHtml(entry.summary))}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(absolute(feed.path, options.siteUrl))}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>en</language>
    <lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>
    <atom:link href="${escapeXml(absolute(options.selfPath, options.siteUrl))}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
  </channel>
</rss>
`;
}

export function renderAtom(feed: Feed, options: { siteUrl: string; selfPath: string }): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(absolute(entry.path, options.siteUrl))}"/>
    <id>${escapeXml(entry.id)}</id>
    <published>${entry.date.toISOString()}</published>
    <updated>${entry.date.toISOString()}</updated>
    <summary type="html">${escapeXml(textAsHtml(entry.summary))}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.description)}</subtitle>
  <link href="${escapeXml(absolute(feed.path, options.siteUrl))}"/>
  <link href="${escapeXml(absolute(options.selfPath, options.siteUrl))}" rel="self" type="application/atom+xml"/>
  <id>${escapeXml(absolute(feed.path, options.siteUrl))}</id>
  <updated>${feed.updated.toISOString()}</updated>
  <author><name>Resolution Tracker</name></author>
${entries.join('\n')}
</feed>
`;
}

export function renderFeed(feed: Feed, format: FeedFormat, options: { siteUrl: string; selfPath: string }): string {
  return format === 'rss' ? renderRss(feed, options) : renderAtom(feed, options);
}
