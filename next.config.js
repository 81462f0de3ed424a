// @ts-check
import { fileURLToPath } from 'node:url';

/** Security headers that do not need a per-request value (a nonce would make every public page dynamic). */
const securityHeaders = [
  {
    key: 'Content-Security-Policy',
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; '),
  },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/**
 * What a shared cache in front (a CDN, nginx's proxy_cache) may do with a cached public page: keep it one second, then
 * serve it stale for up to ten while it asks again. Next would send `s-maxage=<the page's revalidate>` (a day for
 * cacheLife('days')), so an edited page stayed stale in front for a day; the server's own cache is revalidated by tag
 * within a second of any commit (docs/decisions/070-database-driven-revalidation.md), so a second is what a copy in front
 * may add. Browsers do not keep it (max-age=0). Only public pages: next start keeps a Cache-Control set here rather
 * than its own, so a per-request page must never match (a signed-in /search is per member: the session cookie
 * excludes it).
 */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=10';
const signedOut = [
  { type: 'cookie', key: 'authjs.session-token' },
  { type: 'cookie', key: '__Secure-authjs.session-token' },
];
const publicPages = [
  '/',
  '/about',
  '/measures',
  '/measures/views/:view',
  '/measures/:slug',
  '/people/:slug',
  '/bodies/:slug',
  '/bodies/:slug/members',
  '/search',
  '/search/views/:view',
  '/campaigns',
  '/campaigns/:slug',
  '/campaigns/:slug/bodies/:body',
  '/addressees',
  '/addressees/:kind/:key',
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  // Off so that the first visit to a slug not prerendered waits for its page: an unknown slug answers a real 404
  // instead of a 200 shell (docs/decisions/022-caching.md).
  partialPrefetching: false,
  poweredByHeader: false,
  // The public address the pages are prerendered with, written into the build: the server refuses to start with
  // another SITE_URL (lib/config/site-url-check.ts). '' when unset: the default address.
  env: { RT_BUILT_SITE_URL: process.env.SITE_URL ?? '' },
  // No ETag: Next computes one by hashing the whole body in JavaScript on every response, cached pages included. That
  // was an eighth of the server's CPU on a 96 KB list view; a CDN or reverse proxy in front can validate with its own.
  generateEtags: false,
  typedRoutes: false,
  // forbidden() and unauthorized() answer real 403/401 pages (lib/auth/session.ts).
  // Server actions take 1 MB by default; the import page uploads official files of up to 20 MB
  // (lib/import/source-file.ts), one per request when JavaScript runs. Next has one limit for every action, so it is
  // the import's here, and proxy.ts holds every other action (sign-in included) to 1 MB by its Content-Length
  // (lib/http/request-guard.ts).
  // List and search views are kept in memory only, least recently used first out, instead of written to .next without
  // bound (every distinct search would add ~90 KB to the disk forever); other pages are cached in memory and on disk
  // as usual (lib/cache/view-cache-handler.cjs, docs/decisions/022-caching.md).
  cacheHandler: fileURLToPath(new URL('./lib/cache/view-cache-handler.cjs', import.meta.url)),
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // 'use cache' entries: on Redis, shared by every instance, when REDIS_URL is set at run time; otherwise Next's own
  // in-memory handler (lib/cache/shared-cache-handler.cjs, docs/decisions/071-shared-cache.md).
  cacheHandlers: {
    default: fileURLToPath(new URL('./lib/cache/shared-cache-handler.cjs', import.meta.url)),
    remote: fileURLToPath(new URL('./lib/cache/shared-cache-handler.cjs', import.meta.url)),
  },
  // proxy.ts reads every action request (lib/http/request-guard.ts), and Next buffers what passes through a proxy up
  // to this size only, silently cutting the rest: without it, an import over 10 MB reached the action truncated.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '21mb' }, proxyClientMaxBodySize: '21mb' },
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
  async headers() {
    // The embeds (/embed/..., issue 19) are made to be framed by other sites: they send their own strict policy with
    // frame-ancestors * (lib/campaigns/embed.ts), so the site's policy, which forbids framing, is not added to them.
    return [
      { source: '/((?!embed/).*)', headers: securityHeaders },
      ...publicPages.map((source) => ({
        source,
        missing: /** @type {const} */ (signedOut).map((cookie) => ({ ...cookie })),
        headers: [{ key: 'Cache-Control', value: PUBLIC_PAGE_CACHE_CONTROL }],
      })),
    ];
  },
};

export default nextConfig;
