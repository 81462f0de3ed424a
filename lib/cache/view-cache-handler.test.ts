// The page cache handler on a real directory, through Next's own file-system cache code: list and search views stay
// in memory, every other page is written to disk as before.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const ViewCacheHandler = require('./view-cache-handler.cjs');
const { nodeFs } = require('next/dist/server/lib/node-fs-methods');

let dir: string;
let handler: {
  set: (key: string, data: unknown, ctx: unknown) => Promise<void>;
  get: (key: string, ctx: unknown) => Promise<{ value: { html: string } } | null>;
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rt-cache-'));
  handler = new ViewCacheHandler({
    fs: nodeFs,
    dev: false,
    flushToDisk: true,
    serverDistDir: dir,
    revalidatedTags: [],
    maxMemoryCacheSize: 1024 * 1024,
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = (html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: {},
  status: 200,
  postponed: undefined,
  segmentData: undefined,
});
const ctx = {
  cacheControl: { revalidate: 3600, expire: 86400 },
  isRoutePPREnabled: false,
  isFallback: false,
  tags: [],
};
const routeKey = (pathname: string) => `/route-cache/APP_PAGE/0123abcd/$${pathname}`;
const onDisk = (key: string) => existsSync(path.join(dir, key.startsWith('/route-cache/') ? '' : 'app', `${key}.html`));

describe('ViewCacheHandler', () => {
  it('keeps search, list and dashboard views in memory only', async () => {
    const views = [
      routeKey('/search/views/YWJj'),
      routeKey('/measures/views/stage.referred'),
      '/search/views/YWJj',
      routeKey('/dashboard/views/YWJj.c2ln'),
      '/dashboard/views/YWJj.c2ln',
    ];
    for (const key of views) {
      await handler.set(key, page(`<p>${key}</p>`), ctx);
      expect(onDisk(key), key).toBe(false);
      expect((await handler.get(key, { kind: 'APP_PAGE', isFallback: false }))?.value.html).toBe(`<p>${key}</p>`);
    }
  });

  it('keeps error pages (a 404 for each made-up slug) in memory only', async () => {
    for (const key of [routeKey('/measures/no-such-measure-1'), '/people/no-such-person', routeKey('/bodies/x')]) {
      await handler.set(key, { ...page('<p>Not found</p>'), status: 404 }, ctx);
      expect(onDisk(key), key).toBe(false);
      expect((await handler.get(key, { kind: 'APP_PAGE', isFallback: false }))?.value.html).toBe('<p>Not found</p>');
    }
  });

  it('writes every other page to disk, as Next does', async () => {
    for (const key of [
      routeKey('/measures/us-117-hres-240'),
      routeKey('/search-help'),
      '/people/paul-krekorian',
      routeKey('/dashboard-help'),
    ]) {
      await handler.set(key, page('<p>page</p>'), ctx);
      expect(onDisk(key), key).toBe(true);
    }
  });

  it('keeps pages all ASCII: written so to disk, and rewritten once when read as the build wrote them', async () => {
    const html = '<p>It’s — Երևան · café</p><script>self.__next_f.push([1,"It’s ·"])</script>';
    const rewritten =
      '<p>It&#x2019;s &#x2014; &#x535;&#x580;&#x587;&#x561;&#x576; &#xB7; caf&#xE9;</p>' +
      '<script>self.__next_f.push([1,"It\\u2019s \\u00B7"])</script>';
    const key = routeKey('/campaigns/one-byte');
    await handler.set(key, page(html), ctx);
    expect((await handler.get(key, { kind: 'APP_PAGE', isFallback: false }))?.value.html).toBe(rewritten);
    expect(await readFile(path.join(dir, `${key}.html`), 'utf8')).toBe(rewritten);

    // A page prerendered by `next build`: its files on disk, not yet in memory.
    const built = '/campaigns/built-one-byte';
    await mkdir(path.join(dir, 'app', 'campaigns'), { recursive: true });
    await writeFile(path.join(dir, 'app', `${built}.html`), html);
    await writeFile(path.join(dir, 'app', `${built}.rsc`), 'rsc');
    await writeFile(path.join(dir, 'app', `${built}.meta`), JSON.stringify({ headers: {}, status: 200 }));
    const first = await handler.get(built, { kind: 'APP_PAGE', isFallback: false });
    expect(first?.value.html).toBe(rewritten);
    // Held in memory as rewritten: the same entry again, not rewritten on every request.
    expect(await handler.get(built, { kind: 'APP_PAGE', isFallback: false })).toBe(first);
  });

  it('requests a complete page’s framework scripts after its first paint, and leaves a shell with postponed parts', async () => {
    const head = '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head>';
    const html = `${head}<body><h1>HR 1</h1></body></html>`;
    const key = routeKey('/measures/boot-after-paint');
    await handler.set(key, page(html), ctx);
    const served = (await handler.get(key, { kind: 'APP_PAGE', isFallback: false }))?.value.html ?? '';
    expect(served).toMatch(/^<!DOCTYPE html><html><head><\/head><body><h1>HR 1<\/h1><script>\(function\(s\)/);
    expect(served).toContain('["/_next/static/chunks/a.js"]');

    const shellKey = routeKey('/dashboard-shell');
    const shell = `${head}<body><h1>Dashboard</h1>`;
    await handler.set(shellKey, { ...page(shell), postponed: '{"resume":1}' }, ctx);
    expect((await handler.get(shellKey, { kind: 'APP_PAGE', isFallback: false }))?.value.html).toBe(shell);
  });
});
