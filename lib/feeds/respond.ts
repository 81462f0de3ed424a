// The HTTP answer of a feed route: the feed in the asked format, or 404 with a reason.
import { feedMediaTypes, renderFeed, type Feed, type FeedFormat } from '@/lib/feeds/render';
import { siteUrl } from '@/lib/site';

export const feedFormats = ['rss', 'atom'] as const satisfies readonly FeedFormat[];

export function isFeedFormat(value: string): value is FeedFormat {
  return (feedFormats as readonly string[]).includes(value);
}

const notFound = (reason: string) =>
  new Response(reason, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** `load` runs only for a known format, so /rss and /atom are the only feeds and anything else is a 404. */
export async function feedResponse(
  format: string,
  selfPath: string,
  load: () => Promise<Feed | null>,
): Promise<Response> {
  if (!isFeedFormat(format)) return notFound(`Unknown feed format "${format}": use rss or atom.`);
  const feed = await load();
  if (!feed) return notFound('No such record: its feed does not exist.');
  return new Response(renderFeed(feed, format, { siteUrl: siteUrl(), selfPath }), {
    headers: { 'content-type': `${feedMediaTypes[format]}; charset=utf-8`, 'cache-control': 'public, max-age=300' },
  });
}

/** The feed URLs of a public page, for `<link rel="alternate">` (generateMetadata's alternates.types). */
export function feedAlternates(basePath: string, title: string, query = '') {
  const search = query ? `?${query}` : '';
  return {
    'application/rss+xml': [{ url: `${basePath}/rss${search}`, title: `${title} (RSS)` }],
    'application/atom+xml': [{ url: `${basePath}/atom${search}`, title: `${title} (Atom)` }],
  };
}
