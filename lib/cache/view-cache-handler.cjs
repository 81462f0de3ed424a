// The server's page cache: Next.js's own file-system cache (memory first, then files under .next), except that the
// list and search views (/measures/views/…, /search/views/…, reached through proxy.ts) are kept in memory only. A
// view exists for every distinct query anyone asks, and Next.js never removes cache files, so crawlers could fill the
// disk; in memory, the least recently used go first (cacheMaxMemorySize). Members' dashboard views
// (/dashboard/views/…) are private and one per member, query and database version: they never touch the disk either. Every other page is still written to disk,
// so a restarted server serves the latest revalidated version, not the one built (docs/decisions/022-caching.md).
// Error pages (a 404 for an unknown slug, any status from 400 up) are kept in memory only too: there is one for every
// address anyone makes up, and on disk each was about 47 KB in five files, never removed (issue 17).
//
// Pages are kept with their HTML all ASCII (lib/cache/ascii-html.cjs): Node encodes the HTML of a cached page on every
// request, by a much slower path for a string holding any character above U+007F, slower still above U+00FF. A
// complete page (not a shell with postponed parts) also has its framework scripts requested after its first paint
// (lib/cache/boot-after-paint.cjs).
//
// It extends Next's internal FileSystemCache (next 16.4, pinned by the lockfile): set() reads `flushToDisk` before
// its first await, so switching it off around the call keeps that one entry in memory.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const { bootAfterPaint } = require('./boot-after-paint.cjs');
const { asciiHtml } = require('./ascii-html.cjs');

/** A cache key (a path, or a route-cache key ending in "$<path>") of a list or search view. */
const VIEW_KEY = /(?:^|\$)\/(?:measures|search|dashboard)\/views\//;

/** An entry that must not reach the disk: a list, search or dashboard view, or an error page. */
function memoryOnly(key, data) {
  return VIEW_KEY.test(key) || (data != null && typeof data.status === 'number' && data.status >= 400);
}

/** Page entries whose HTML is already rewritten: those read back from memory, kept as they are. */
const rewritten = new WeakSet();

const isPage = (value) => value != null && value.kind === 'APP_PAGE' && typeof value.html === 'string';

/** The HTML a page entry is kept with. */
const servedHtml = (value) => asciiHtml(value.postponed ? value.html : bootAfterPaint(value.html));

class ViewCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    // Pages rendered by `next build` are read from disk as written: rewritten once, then held in memory that way.
    if (entry && isPage(entry.value) && !rewritten.has(entry.value)) {
      entry.value.html = servedHtml(entry.value);
      rewritten.add(entry.value);
    }
    return entry;
  }

  set(key, data, ctx) {
    if (isPage(data)) {
      data = { ...data, html: servedHtml(data) };
      rewritten.add(data);
    }
    if (!memoryOnly(key, data)) return super.set(key, data, ctx);
    const flushToDisk = this.flushToDisk;
    this.flushToDisk = false;
    try {
      return super.set(key, data, ctx);
    } finally {
      this.flushToDisk = flushToDisk;
    }
  }
}

module.exports = ViewCacheHandler;
module.exports.VIEW_KEY = VIEW_KEY;
