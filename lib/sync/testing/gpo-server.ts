// A local HTTP server speaking GPO's bulk data layout (sitemap index, one sitemap per Congress and bill type, Bill
// Status files) for the tests, the browser journey and the benchmark: no network reaches the machines they run on.
// It also serves the RSS feed of batch updates (/rss/billstatus-batch.xml): every put() is a batch naming the file,
// published at its lastmod, unless told { feed: false }. It answers conditional requests (ETag / Last-Modified → 304), counts every request, and can be told to fail.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type GpoFile = { name: string; xml: string | Buffer; lastmod: Date };
type Failure = { status: number; headers?: Record<string, string>; body?: string };

const etagOf = (body: string | Buffer) => `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;

/** "BILLSTATUS-117hr6658.xml" → { congress: "117", type: "hr" }. */
export function fileParts(name: string) {
  const m = /^BILLSTATUS-(\d+)([a-z]+?)(\d+)\.xml$/.exec(name);
  if (!m) throw new Error(`not a Bill Status file name: ${name}`);
  return { congress: m[1]!, type: m[2]!, number: m[3]! };
}

export type GpoServer = {
  url: string;
  port: number;
  /** Adds or replaces a file; its <lastmod> is `lastmod` (now by default). The feed names it in a batch published
   * then, unless `feed` is false (a change the feed missed). */
  put(name: string, xml: string | Buffer, lastmod?: Date, options?: { feed?: boolean }): void;
  /** The feed's batches, oldest first (cleared with the files by the tests that want an empty feed). */
  batches: { published: Date; names: string[] }[];
  remove(name: string): void;
  /** Every request's path, in order (conditional ones too). */
  requests: string[];
  /** The next `times` requests whose path ends with `suffix` answer this instead. */
  failNext(suffix: string, failure: Failure, times?: number): void;
  files: Map<string, GpoFile>;
  close(): Promise<void>;
};

export async function startGpoServer(port = 0): Promise<GpoServer> {
  const files = new Map<string, GpoFile>();
  const requests: string[] = [];
  const batches: { published: Date; names: string[] }[] = [];
  const failures: { suffix: string; failure: Failure; times: number }[] = [];
  let base = '';

  const collections = () => {
    const map = new Map<string, GpoFile[]>();
    for (const f of files.values()) {
      const p = fileParts(f.name);
      const key = `${p.congress}${p.type}`;
      if (!map.has(key)) map.set(key, []);
      map.get(key)!.push(f);
    }
    return map;
  };
  const latest = (list: GpoFile[]) => new Date(Math.max(...list.map((f) => f.lastmod.getTime())));

  function body(path: string): { text: string | Buffer; lastmod: Date } | null {
    if (path === '/rss/billstatus-batch.xml') {
      // As GPO's: one item per batch job, newest first, the files it updated listed in the description.
      const items = [...batches].sort((a, b) => b.published.getTime() - a.published.getTime());
      const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      return {
        lastmod: items[0]?.published ?? new Date(0),
        text:
          '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n' +
          '<title>Bill Status Batch Updates</title><link>' +
          base +
          '/bulkdata/BILLSTATUS</link><description>Bill Status bulk data batch jobs</description>\n' +
          items
            .map((b) => {
              const links = b.names
                .map((n) => {
                  const p = fileParts(n);
                  return `<li><a href="${base}/bulkdata/BILLSTATUS/${p.congress}/${p.type}/${n}">${n}</a></li>`;
                })
                .join('');
              return (
                `<item><title>Bill Status batch ${b.published.toISOString()}</title>` +
                `<link>${base}/bulkdata/BILLSTATUS</link>` +
                `<guid isPermaLink="false">billstatus-batch-${b.published.getTime()}</guid>` +
                `<pubDate>${b.published.toUTCString()}</pubDate>` +
                `<description>${escape(`<p>${b.names.length} files updated</p><ul>${links}</ul>`)}</description></item>`
              );
            })
            .join('\n') +
          '\n</channel></rss>\n',
      };
    }
    if (path === '/sitemap/bulkdata/BILLSTATUS/sitemapindex.xml') {
      const entries = [...collections()].sort(([a], [b]) => a.localeCompare(b));
      const all = [...files.values()];
      return {
        lastmod: all.length ? latest(all) : new Date(0),
        text:
          '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
          entries
            .map(
              ([key, list]) =>
                `<sitemap><loc>${base}/sitemap/bulkdata/BILLSTATUS/${key}/sitemap.xml</loc><lastmod>${latest(list).toISOString()}</lastmod></sitemap>`,
            )
            .join('\n') +
          '\n</sitemapindex>\n',
      };
    }
    const sitemap = /^\/sitemap\/bulkdata\/BILLSTATUS\/(\d+[a-z]+)\/sitemap\.xml$/.exec(path);
    if (sitemap) {
      const list = collections().get(sitemap[1]!);
      if (!list) return null;
      const parts: string[] = [];
      for (const f of list.sort((a, b) => a.name.localeCompare(b.name))) {
        const p = fileParts(f.name);
        parts.push(
          `<url><loc>${base}/bulkdata/BILLSTATUS/${p.congress}/${p.type}/${f.name}</loc><lastmod>${f.lastmod.toISOString()}</lastmod></url>`,
        );
      }
      return {
        lastmod: latest(list),
        text:
          '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
          parts.join('\n') +
          '\n</urlset>\n',
      };
    }
    const file = /^\/bulkdata\/BILLSTATUS\/\d+\/[a-z]+\/(BILLSTATUS-[^/]+\.xml)$/.exec(path);
    if (file) {
      const f = files.get(file[1]!);
      return f ? { text: f.xml, lastmod: f.lastmod } : null;
    }
    return null;
  }

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const failure = failures.find((f) => f.times > 0 && path.endsWith(f.suffix));
    if (failure) {
      failure.times--;
      res.writeHead(failure.failure.status, failure.failure.headers ?? {});
      res.end(failure.failure.body ?? '');
      return;
    }
    const found = body(path);
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
      return;
    }
    const etag = etagOf(found.text);
    const lastModified = new Date(Math.floor(found.lastmod.getTime() / 1000) * 1000).toUTCString();
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'last-modified': lastModified });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/xml', etag, 'last-modified': lastModified });
    res.end(found.text);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${actual}`;
  return {
    url: base,
    port: actual,
    files,
    requests,
    batches,
    put(name, xml, lastmod = new Date(), options = {}) {
      fileParts(name);
      files.set(name, { name, xml, lastmod });
      if (options.feed === false) return;
      const batch = batches.find((b) => b.published.getTime() === lastmod.getTime());
      if (batch) {
        if (!batch.names.includes(name)) batch.names.push(name);
      } else batches.push({ published: lastmod, names: [name] });
    },
    remove(name) {
      files.delete(name);
    },
    failNext(suffix, failure, times = 1) {
      failures.push({ suffix, failure, times });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
